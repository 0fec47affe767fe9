# coroviz's `pprint`: CPython 3.11's line breaking for dicts, lists, tuples, sets and
# strings. An object whose one-line repr does not fit is broken into one item per line
# (or, with compact, as many items per line as fit); deeper levels are indented by
# `indent` per level and `depth` cuts nesting short with "...".
import sys as _sys
import re as _re
import _coroviz_os


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    printer = PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                            compact=compact, sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SafeKey:
    # Sorting key for items of mixed types: values that do not compare order by their
    # type's name (CPython then falls back to ids; coroviz keeps their order).
    def __lt__(self, other):
        mine, theirs = self.obj, other.obj
        try:
            return mine < theirs
        except TypeError:
            return str(type(mine)) < str(type(theirs))

    def __init__(self, obj):
        self.obj = obj


def _safe_tuple(t):
    return _SafeKey(t[0]), _SafeKey(t[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


def _split_words(line, room, tail):
    # A line too long for one piece, as pieces of whole words (each with the whitespace
    # after it) packed greedily so that each piece's repr fits in `room` columns; the
    # piece ending in the last word must also leave `tail` columns free.
    words = _re.findall(r"\S*\s*", line)
    words.pop()  # the empty match findall always ends with
    pieces = []
    current = ""
    for number, word in enumerate(words):
        if number == len(words) - 1:
            room -= tail
        joined = current + word
        if len(repr(joined)) <= room:
            current = joined
            continue
        if current:
            pieces.append(repr(current))
        current = word
    if current:
        pieces.append(repr(current))
    return pieces


# The types whose too-long reprs are broken over lines, and the method doing each.
_LAYOUT_NAMES = {
    dict: "_pprint_dict",
    list: "_pprint_list",
    tuple: "_pprint_tuple",
    set: "_pprint_set",
    str: "_pprint_str",
}

# The plain types whose repr is always readable and never recursive.
_ATOMS = (str, float, bool, type(None))


# Containers of other modules whose long reprs CPython breaks its own way.
_UNMODELLED = {
    "deque",
    "OrderedDict",
    "defaultdict",
    "Counter",
    "ChainMap",
    "UserDict",
    "UserList",
    "UserString",
    "SimpleNamespace",
    "mappingproxy",
}


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        indent, width = int(indent), int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth, self._indent_per_level, self._width = depth, indent, width
        # No stream means sys.stdout as it is now, kept even if sys.stdout changes later.
        self._stream = _sys.stdout if stream is None else stream
        self._compact, self._sort_dicts = bool(compact), sort_dicts
        self._underscore_numbers = underscore_numbers

    def pformat(self, object):
        out = []
        self._format(object, out, 0, 0, {}, 0)
        return "".join(out)

    def pprint(self, object):
        if self._stream is not None:
            self._stream.write(self.pformat(object) + "\n")

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def format(self, object, context, maxlevels, level):
        # The hook subclasses override: (text, readable, recursive) for one object.
        return self._safe_repr(object, context, maxlevels, level)

    def _repr(self, object, context, level):
        # The one-line text, noting on the printer whatever made it unreadable or recursive.
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if recursive:
            self._recursive = True
        if not readable:
            self._readable = False
        return text

    def _format(self, object, out, indent, allowance, context, level):
        key = id(object)
        if key in context:
            # Already being printed further out: a placeholder, noted on the printer.
            self._readable, self._recursive = False, True
            out.append(_recursion(object))
            return
        text = self._repr(object, context, level)
        if len(text) > self._width - indent - allowance:
            kind = type(object)
            name = _LAYOUT_NAMES.get(kind)
            if name is None and (kind.__name__ in _UNMODELLED
                                 or hasattr(kind, "__dataclass_fields__")):
                _coroviz_os.unmodelled(
                    "`pprint` of a long %s (CPython breaks its lines its own way)"
                    % kind.__name__
                )
            if name is not None:
                context[key] = 1
                getattr(self, name)(object, out, indent, allowance, context, level + 1)
                del context[key]
                return
        out.append(text)

    def _pprint_dict(self, object, out, indent, allowance, context, level):
        out.append("{")
        if self._indent_per_level > 1:
            out.append((self._indent_per_level - 1) * " ")
        if len(object):
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = list(object.items())
            self._format_dict_items(items, out, indent, allowance + 1, context, level)
        out.append("}")

    def _format_dict_items(self, items, out, indent, allowance, context, level):
        indent += self._indent_per_level
        delimnl = ",\n" + " " * indent
        final = len(items) - 1
        for position, (key, value) in enumerate(items):
            # The key on one line, its value indented to just past "key: ".
            ktext = self._repr(key, context, level)
            out.append(ktext)
            out.append(": ")
            if position == final:
                self._format(value, out, indent + len(ktext) + 2, allowance, context, level)
            else:
                self._format(value, out, indent + len(ktext) + 2, 1, context, level)
                out.append(delimnl)

    def _pprint_list(self, object, out, indent, allowance, context, level):
        out.append("[")
        self._format_items(object, out, indent, allowance + 1, context, level)
        out.append("]")

    def _pprint_tuple(self, object, out, indent, allowance, context, level):
        out.append("(")
        endchar = ",)" if len(object) == 1 else ")"
        self._format_items(object, out, indent, allowance + len(endchar), context, level)
        out.append(endchar)

    def _pprint_set(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        out.append("{")
        items = sorted(object, key=_SafeKey)
        self._format_items(items, out, indent, allowance + 1, context, level)
        out.append("}")

    def _pprint_str(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        if level == 1:
            # At the top a broken string is wrapped in parentheses: one more column each side.
            indent += 1
            allowance += 1
        room = self._width - indent
        lines = object.splitlines(True)
        pieces = []
        for number, line in enumerate(lines):
            # Only the last line has to leave room for what follows the string.
            tail = allowance if number == len(lines) - 1 else 0
            text = repr(line)
            if len(text) <= room - tail:
                pieces.append(text)
            else:
                pieces.extend(_split_words(line, room, tail))
        if len(pieces) == 1:
            out.append(repr(lines[-1]))
            return
        if level == 1:
            out.append("(")
        out.append(("\n" + " " * indent).join(pieces))
        if level == 1:
            out.append(")")

    def _format_items(self, items, out, indent, allowance, context, level):
        step = self._indent_per_level
        indent += step
        if step > 1:
            out.append(" " * (step - 1))
        newline = ",\n" + " " * indent
        entries = list(items)
        # `fresh` is the room on a new line, `left` what remains on the current one; the
        # last entry must leave `allowance` columns for the closing bracket and beyond.
        fresh = left = self._width - indent + 1
        sep = ""
        for position, entry in enumerate(entries):
            final = position == len(entries) - 1
            if final:
                fresh -= allowance
                left -= allowance
            if self._compact:
                text = self._repr(entry, context, level)
                need = len(text) + 2
                if left < need:
                    # Onto a new line, unless nothing has been written yet.
                    left = fresh
                    if sep:
                        sep = newline
                if left >= need:
                    left -= need
                    out.append(sep)
                    out.append(text)
                    sep = ", "
                    continue
            out.append(sep)
            sep = newline
            self._format(entry, out, indent, allowance if final else 1, context, level)

    def _safe_repr(self, object, context, maxlevels, level):
        # (repr, readable, recursive), with dicts sorted and nesting cut at `maxlevels`.
        kind = type(object)
        if kind in _ATOMS:
            return repr(object), True, False
        if kind is int:
            text = "{:_d}".format(object) if self._underscore_numbers else repr(object)
            return text, True, False
        if kind is dict:
            if not object:
                return "{}", True, False
            return self._nested_repr(object, "{%s}", context, maxlevels, level,
                                     self._dict_inside)
        if kind is list or kind is tuple:
            if not object:
                return ("[]" if kind is list else "()"), True, False
            if kind is list:
                template = "[%s]"
            else:
                template = "(%s,)" if len(object) == 1 else "(%s)"
            return self._nested_repr(object, template, context, maxlevels, level,
                                     self._sequence_inside)
        text = repr(object)
        return text, (text and not text.startswith("<")), False

    def _nested_repr(self, object, template, context, maxlevels, level, inside):
        # A container's one-line text: "..." past the depth limit, a placeholder if it
        # contains itself, else its items' texts between its brackets.
        key = id(object)
        if maxlevels and level >= maxlevels:
            return template % "...", False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        joined, readable, recursive = inside(object, context, maxlevels, level + 1)
        del context[key]
        return template % joined, readable, recursive

    def _dict_inside(self, object, context, maxlevels, level):
        if self._sort_dicts:
            pairs = sorted(object.items(), key=_safe_tuple)
        else:
            pairs = object.items()
        shown = []
        readable, recursive = True, False
        for key, value in pairs:
            ktext, kreadable, kloops = self.format(key, context, maxlevels, level)
            vtext, vreadable, vloops = self.format(value, context, maxlevels, level)
            shown.append("%s: %s" % (ktext, vtext))
            readable = readable and kreadable and vreadable
            recursive = recursive or bool(kloops or vloops)
        return ", ".join(shown), readable, recursive

    def _sequence_inside(self, object, context, maxlevels, level):
        shown = []
        readable, recursive = True, False
        for item in object:
            text, item_readable, item_loops = self.format(item, context, maxlevels, level)
            shown.append(text)
            if not item_readable:
                readable = False
            if item_loops:
                recursive = True
        return ", ".join(shown), readable, recursive
