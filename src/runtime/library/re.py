# coroviz's `re`: Pattern and Match objects, templates, split/findall/sub, over the native
# matcher `_coroviz_re` (a backtracking engine trying alternatives in `_sre`'s order).
import _coroviz_re

_NAMES = (
    (1, "TEMPLATE"),
    (2, "IGNORECASE"),
    (4, "LOCALE"),
    (8, "MULTILINE"),
    (16, "DOTALL"),
    (32, "UNICODE"),
    (64, "VERBOSE"),
    (128, "DEBUG"),
    (256, "ASCII"),
)


def _flag_text(value, order):
    # The names of the set bits in `order`, then what is left in hex.
    parts = []
    for bit, name in order:
        if value & bit:
            parts.append("re." + name)
            value &= ~bit
    if value:
        parts.append(hex(value))
    return "|".join(parts)


# RegexFlag names the members of a combination in their order of definition, as 3.11's
# Flag does.
_FLAG_ORDER = (
    (256, "ASCII"),
    (2, "IGNORECASE"),
    (4, "LOCALE"),
    (32, "UNICODE"),
    (8, "MULTILINE"),
    (16, "DOTALL"),
    (64, "VERBOSE"),
    (1, "TEMPLATE"),
    (128, "DEBUG"),
)


class RegexFlag:
    # An int-valued flag (CPython's is an IntFlag; coroviz's is not an int subclass, but
    # combines, compares and converts as one).
    def __init__(self, value):
        self._value_ = value

    @property
    def value(self):
        return self._value_

    @property
    def name(self):
        if self._value_ == 0:
            return "NOFLAG"
        text = _flag_text(self._value_, _FLAG_ORDER)
        return text.replace("re.", "")

    def __repr__(self):
        if self._value_ == 0:
            return "re.NOFLAG"
        return _flag_text(self._value_, _FLAG_ORDER)

    __str__ = __repr__

    def __format__(self, spec):
        return format(str(self), spec)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __bool__(self):
        return self._value_ != 0

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        return self._value_ == _flag_value(other)

    def __or__(self, other):
        if isinstance(other, (RegexFlag, int)):
            return RegexFlag(self._value_ | _flag_value(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, (RegexFlag, int)):
            return RegexFlag(self._value_ & _flag_value(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, (RegexFlag, int)):
            return RegexFlag(self._value_ ^ _flag_value(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(511 & ~self._value_)

    def __add__(self, other):
        return self._value_ + _flag_value(other)

    __radd__ = __add__


def _flag_value(f):
    if isinstance(f, RegexFlag):
        return f._value_
    return f


NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)


class error(Exception):
    # CPython's message: "msg at position N", plus "(line L, column C)" when the pattern
    # has several lines.
    def __init__(self, msg, pattern=None, pos=None):
        self.msg, self.pattern, self.pos = msg, pattern, pos
        if pattern is None or pos is None:
            self.lineno = self.colno = None
            super().__init__(msg)
            return
        text = "%s at position %d" % (msg, pos)
        self.lineno = pattern.count("\n", 0, pos) + 1
        self.colno = pos - pattern.rfind("\n", 0, pos)
        if "\n" in pattern:
            text = "%s (line %d, column %d)" % (text, self.lineno, self.colno)
        super().__init__(text)


class _GroupIndex:
    # A read-only view of a pattern's group names (CPython's mappingproxy).
    def __init__(self, d):
        self._d = d

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, k):
        return k in self._d

    def get(self, k, default=None):
        return self._d.get(k, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def copy(self):
        return dict(self._d)

    def __eq__(self, other):
        if isinstance(other, _GroupIndex):
            other = other._d
        return self._d == other

    def __repr__(self):
        return "mappingproxy(%r)" % (self._d,)

    def __str__(self):
        return str(self._d)


def _check_str(string):
    if not isinstance(string, str):
        raise TypeError(
            "expected string or bytes-like object, got '%s'" % type(string).__name__
        )


_MISSING = object()


class Pattern:
    def __init__(self, pattern, flags, code, groups, names):
        self.pattern = pattern
        self.flags = flags
        self._code = code
        self.groups = groups
        self._names = names
        self.groupindex = _GroupIndex(dict(names))

    def __repr__(self):
        flags = self.flags
        if flags & (4 | 32 | 256) == 32:
            flags &= ~32
        text = repr(self.pattern)[:200]
        if flags:
            return "re.compile(%s, %s)" % (text, _flag_text(flags, _NAMES))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _run(self, string, pos, endpos, mode, must_advance=0):
        _check_str(string)
        if endpos is None:
            endpos = len(string)
        n = len(string)
        if pos < 0:
            pos = 0
        if endpos > n:
            endpos = n
        spans = _coroviz_re.exec(self._code, string, pos, endpos, mode, must_advance)
        if spans is None:
            return None
        return Match(self, string, pos, endpos, spans)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 2)

    def _iter(self, string, pos=0, endpos=None):
        # Successive matches; after an empty one the next must not be empty at the same
        # place (Python 3.7's rule, so `x*` finds the empty string between characters).
        _check_str(string)
        if endpos is None or endpos > len(string):
            endpos = len(string)
        must_advance = 0
        while pos <= endpos:
            m = self._run(string, pos, endpos, 2, must_advance)
            if m is None:
                return
            yield m
            s, e = m.span()
            must_advance = 1 if e == s else 0
            pos = e

    def finditer(self, string, pos=0, endpos=None):
        return self._iter(string, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self._iter(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group(0))
            elif self.groups == 1:
                out.append(m.group(1) or "")
            else:
                out.append(m.groups(""))
        return out

    def split(self, string, maxsplit=0):
        _check_str(string)
        if maxsplit < 0:
            return [string]
        out = []
        last = 0
        n = 0
        for m in self._iter(string):
            if maxsplit and n >= maxsplit:
                break
            s, e = m.span()
            out.append(string[last:s])
            out.extend(m.groups())
            last = e
            n += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        _check_str(string)
        if callable(repl):
            fill = repl
        else:
            _check_str(repl)
            if "\\" in repl:
                parts = _template(self, repl)
                fill = lambda m: _expand_parts(parts, m)
            else:
                fill = lambda m: repl
        # As `_sre`, the pieces are joined at the end: a replacement that is not a str
        # fails there, named by its place among the pieces.
        out = []
        bad = None
        last = 0
        n = 0
        for m in self._iter(string):
            if count and n >= count:
                break
            s, e = m.span()
            if last < s:
                out.append(string[last:s])
            piece = fill(m)
            if piece is not None:
                if bad is None and not isinstance(piece, str):
                    bad = (len(out), type(piece).__name__)
                out.append(piece)
            last = e
            n += 1
        if bad is not None:
            raise TypeError("sequence item %d: expected str instance, %s found" % bad)
        out.append(string[last:])
        return "".join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        _coroviz_re.unmodelled("`re.Pattern.scanner`")


class Match:
    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        n = pattern.groups + 1
        self.regs = tuple((spans[2 * i], spans[2 * i + 1]) for i in range(n))
        last = spans[2 * n]
        self.lastindex = None if last < 1 else last
        self.lastgroup = None
        if self.lastindex is not None:
            for name, g in pattern._names:
                if g == self.lastindex:
                    self.lastgroup = name

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g < len(self.regs):
                return int(g)
        elif isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        raise IndexError("no such group")

    def _get(self, i, default=None):
        s, e = self.regs[i]
        if s < 0:
            return default
        return self.string[s:e]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, len(self.regs)))

    def groupdict(self, default=None):
        return {name: self._get(g, default) for name, g in self.re._names}

    def start(self, group=0):
        return self.regs[self._index(group)][0]

    def end(self, group=0):
        return self.regs[self._index(group)][1]

    def span(self, group=0):
        return self.regs[self._index(group)]

    def expand(self, template):
        return _expand_parts(_template(self.re, template), self)

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __repr__(self):
        s, e = self.regs[0]
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            s,
            e,
            repr(self.string[s:e])[:50],
        )


_ESCAPES = {
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
    "v": "\v",
    "\\": "\\",
}


def _template(pattern, repl):
    # A replacement string as literal pieces and group numbers, with CPython's errors.
    parts = []
    literal = []
    i = 0
    n = len(repl)

    def group(index, at):
        if index > pattern.groups:
            raise error("invalid group reference %d" % index, repl, at)
        if literal:
            parts.append("".join(literal))
            del literal[:]
        parts.append(index)

    while i < n:
        c = repl[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", repl, i)
        c = repl[i + 1]
        start = i
        i += 2
        if c == "g":
            if i >= n or repl[i] != "<":
                raise error("missing <", repl, i)
            close = repl.find(">", i + 1)
            name = repl[i + 1 : close] if close >= 0 else repl[i + 1 :]
            if close < 0:
                if not name:
                    raise error("missing group name", repl, i + 1)
                raise error("missing >, unterminated name", repl, i + 1)
            if not name:
                raise error("missing group name", repl, i + 1)
            i = close + 1
            if name.isidentifier():
                index = pattern.groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                if not (name.isdecimal() and name.isascii()):
                    raise error("bad character in group name %r" % name, repl, close - len(name))
                index = int(name)
            group(index, close - len(name))
        elif c == "0":
            digits = ""
            while i < n and len(digits) < 2 and repl[i] in "01234567":
                digits += repl[i]
                i += 1
            literal.append(chr(int("0" + digits, 8) & 0xFF))
        elif c in "123456789":
            this = c
            octal = False
            if i < n and repl[i] in "0123456789":
                this += repl[i]
                i += 1
                if c in "01234567" and this[1] in "01234567" and i < n and repl[i] in "01234567":
                    this += repl[i]
                    i += 1
                    octal = True
                    v = int(this, 8)
                    if v > 0o377:
                        raise error(
                            "octal escape value \\%s outside of range 0-0o377" % this,
                            repl,
                            start,
                        )
                    literal.append(chr(v))
            if not octal:
                group(int(this), start + 1)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise error("bad escape \\%s" % c, repl, start)
        else:
            literal.append("\\" + c)
    if literal:
        parts.append("".join(literal))
    return parts


def _expand_parts(parts, m):
    out = []
    for p in parts:
        if isinstance(p, int):
            s = m.group(p)
            if s is not None:
                out.append(s)
        else:
            out.append(p)
    return "".join(out)


_cache = {}


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, str):
        raise TypeError("first argument must be string or compiled pattern")
    flags = _flag_value(flags)
    key = (pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    made = _coroviz_re.compile(pattern, flags)
    if made[0] is None:
        raise error(made[1], pattern, made[2])
    code, groups, names, final = made
    p = Pattern(pattern, final, code, groups, names)
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def purge():
    _cache.clear()


_SPECIAL = {c: "\\" + c for c in "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    if not isinstance(pattern, str):
        raise TypeError("coroviz's re.escape takes a str")
    return "".join(_SPECIAL.get(c, c) for c in pattern)
