# coroviz's textwrap: TextWrapper, wrap, fill, shorten, dedent and indent, breaking text
# exactly where CPython 3.11's textwrap does. CPython splits text into chunks with regular
# expressions; here a scanner finds the same chunks.

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_WHITESPACE = "\t\n\x0b\x0c\r "


def _is_word(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    return _is_word(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in "!\"'&.,?"


def _dashes_then_word(text, j):
    # At j: two or more '-' followed by a word character.
    k = j
    while k < len(text) and text[k] == "-":
        k += 1
    return k - j >= 2 and k < len(text) and _is_word(text[k])


def _hyphen_break(text, j):
    # Whether a word may break after the '-' at j: two letters before it, or a
    # letter-hyphen-letter before it, and a letter (maybe a hyphen) and a letter after it.
    if j >= len(text) or text[j] != "-":
        return False
    before = (j >= 2 and _is_letter(text[j - 2]) and _is_letter(text[j - 1])) or (
        j >= 3 and _is_letter(text[j - 3]) and text[j - 2] == "-" and _is_letter(text[j - 1]))
    if not before:
        return False
    k = j + 1
    if k >= len(text) or not _is_letter(text[k]):
        return False
    k += 1
    if k < len(text) and text[k] == "-":
        k += 1
    return k < len(text) and _is_letter(text[k])


def _chunks_on_hyphens(text):
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] in _WHITESPACE:
            j = i
            while j < n and text[j] in _WHITESPACE:
                j += 1
        elif i > 0 and _is_word_punct(text[i - 1]) and _dashes_then_word(text, i):
            j = i
            while text[j] == "-":
                j += 1
        else:
            j = i + 1
            while True:
                if _hyphen_break(text, j):
                    j += 1
                    break
                if j >= n or text[j] in _WHITESPACE:
                    break
                if _is_word_punct(text[j - 1]) and _dashes_then_word(text, j):
                    break
                j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _chunks_on_whitespace(text):
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        space = text[i] in _WHITESPACE
        j = i + 1
        while j < n and (text[j] in _WHITESPACE) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # A lowercase letter, then . ! or ?, then maybe a quote, at the chunk's end.
    if chunk and chunk[-1] in "\"'":
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in ".!?" and "a" <= chunk[-2] <= "z"


class TextWrapper:
    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=" [...]"):
        # Each option is kept as the attribute of the same name; wrap() reads them at
        # every call, so a program may change them between calls.
        self.width, self.initial_indent = width, initial_indent
        self.subsequent_indent, self.expand_tabs = subsequent_indent, expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words, self.drop_whitespace = break_long_words, drop_whitespace
        self.break_on_hyphens, self.tabsize = break_on_hyphens, tabsize
        self.max_lines, self.placeholder = max_lines, placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in "\t\n\x0b\x0c\r":
                text = text.replace(c, " ")
        return text

    def _split(self, text):
        if self.break_on_hyphens:
            return _chunks_on_hyphens(text)
        return _chunks_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        # One space after a sentence's end becomes two; the pair is then stepped over.
        at = 0
        while at < len(chunks) - 1:
            step = 1
            if chunks[at + 1] == " " and _ends_sentence(chunks[at]):
                chunks[at + 1] = "  "
                step = 2
            at += step

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def _handle_long_word(self, pending, line, line_len, width):
        # pending holds the chunks still to place, the next one last.
        room = 1 if width < 1 else width - line_len
        if self.break_long_words:
            chunk = pending[-1]
            cut = room
            if self.break_on_hyphens and len(chunk) > room:
                hyphen = chunk.rfind("-", 0, room)
                if hyphen > 0 and chunk[:hyphen].strip("-"):
                    cut = hyphen + 1
            line.append(chunk[:cut])
            pending[-1] = chunk[cut:]
        elif not line:
            line.append(pending.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError(f"invalid width {self.width!r} (must be > 0)")
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        pending = chunks[::-1]
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and not pending[-1].strip():
                pending.pop()
            line = []
            line_len = 0
            while pending and line_len + len(pending[-1]) <= width:
                chunk = pending.pop()
                line.append(chunk)
                line_len += len(chunk)
            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, line, line_len, width)
                line_len = sum(len(c) for c in line)
            if self.drop_whitespace and line and not line[-1].strip():
                line_len -= len(line[-1])
                line.pop()
            if not line:
                continue
            rest_is_blank = not pending or (
                self.drop_whitespace and len(pending) == 1 and not pending[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or rest_is_blank and line_len <= width):
                lines.append(indent + "".join(line))
                continue
            # The last line allowed: end it with the placeholder.
            while line:
                if line[-1].strip() and line_len + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(indent + "".join(line))
                    return lines
                line_len -= len(line[-1])
                line.pop()
            if lines:
                previous = lines[-1].rstrip()
                if len(previous) + len(self.placeholder) <= self.width:
                    lines[-1] = previous + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines
        return lines

    def wrap(self, text):
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line and not line.strip(" \t"):
            lines[i] = ""
    margin = None
    for line in lines:
        body = line.lstrip(" \t")
        if not body:
            continue
        lead = line[:len(line) - len(body)]
        if margin is None or lead.startswith(margin):
            if margin is None:
                margin = lead
        elif margin.startswith(lead):
            margin = lead
        else:
            k = 0
            while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
                k += 1
            margin = margin[:k]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return "".join(out)
