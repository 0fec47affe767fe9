# coroviz's string module: the character-class constants, capwords, Template and
# Formatter, behaving as CPython 3.11's. CPython finds Template placeholders with a regular
# expression; here a small scanner does the same job, for the default placeholder syntax.

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


# ---- Template -------------------------------------------------------------------------

_ID_START = "_" + ascii_letters
_ID_REST = _ID_START + digits


def _identifier_at(text, i):
    # The end of the ASCII identifier starting at i, or i when there is none.
    if i >= len(text) or text[i] not in _ID_START:
        return i
    j = i + 1
    while j < len(text) and text[j] in _ID_REST:
        j += 1
    return j


class Template:
    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _pieces(self):
        # Yields (start, end, kind, name): kind is "escaped", "named", "braced" or "invalid";
        # text between pieces is literal.
        cls = type(self)
        if cls.idpattern != Template.idpattern or cls.braceidpattern is not None:
            raise NotImplementedError(
                "coroviz does not model Template subclasses with their own idpattern yet")
        text = self.template
        delim = cls.delimiter
        n = len(delim)
        i = text.find(delim)
        while i >= 0:
            after = i + n
            if text.startswith(delim, after):
                yield i, after + n, "escaped", None
                i = text.find(delim, after + n)
                continue
            end = _identifier_at(text, after)
            if end > after:
                yield i, end, "named", text[after:end]
                i = text.find(delim, end)
                continue
            if after < len(text) and text[after] == "{":
                end = _identifier_at(text, after + 1)
                if end > after + 1 and end < len(text) and text[end] == "}":
                    yield i, end + 1, "braced", text[after + 1:end]
                    i = text.find(delim, end + 1)
                    continue
            yield i, after, "invalid", None
            i = text.find(delim, after)

    def _invalid(self, i):
        # Where the bad placeholder starts, as a line and a column, both counted from 1.
        before = self.template[:i].splitlines(keepends=True)
        lineno = len(before) if before else 1
        colno = i - len("".join(before[:-1])) if before else 1
        raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")

    def _fill(self, mapping, kws, safe):
        if mapping is None:
            values = kws
        elif kws:
            values = _Overlay(kws, mapping)
        else:
            values = mapping
        text = self.template
        out = []
        at = 0
        for start, end, kind, name in self._pieces():
            out.append(text[at:start])
            at = end
            if kind == "escaped":
                out.append(type(self).delimiter)
            elif kind == "invalid":
                if not safe:
                    self._invalid(end)
                out.append(text[start:end])
            elif safe:
                try:
                    out.append(str(values[name]))
                except KeyError:
                    out.append(text[start:end])
            else:
                out.append(str(values[name]))
        out.append(text[at:])
        return "".join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._fill(mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._fill(mapping, kws, True)

    def is_valid(self):
        for piece in self._pieces():
            if piece[2] == "invalid":
                return False
        return True

    def get_identifiers(self):
        # Each valid placeholder's name once, in order of first appearance.
        names = []
        for start, end, kind, name in self._pieces():
            if name is not None and name not in names:
                names.append(name)
        return names


class _Overlay:
    # Keyword arguments over a mapping, as substitute(mapping, **kws) looks names up.
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


# ---- Formatter ------------------------------------------------------------------------

def _parse_format(s):
    # What str.format sees in s: (literal, field_name, format_spec, conversion) tuples.
    literal = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == "{":
            if i + 1 < n and s[i + 1] == "{":
                literal.append("{")
                yield "".join(literal), None, None, None
                literal = []
                i += 2
                continue
            depth = 1
            j = i + 1
            while j < n:
                if s[j] == "{":
                    depth += 1
                elif s[j] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                if depth and i + 1 >= n:
                    raise ValueError("Single '{' encountered in format string")
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j]
            yield ("".join(literal),) + _split_field(field)
            literal = []
            i = j + 1
            continue
        if c == "}":
            if i + 1 < n and s[i + 1] == "}":
                literal.append("}")
                yield "".join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        literal.append(c)
        i += 1
    if literal:
        yield "".join(literal), None, None, None


def _split_field(field):
    # "name!r:>10" -> ("name", ">10", "r")
    k = 0
    n = len(field)
    while k < n and field[k] not in "!:":
        if field[k] == "[":
            while k < n and field[k] != "]":
                k += 1
        k += 1
    k = min(k, n)
    name = field[:k]
    conversion = None
    rest = field[k:]
    if rest.startswith("!"):
        if len(rest) < 2:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = rest[1]
        rest = rest[2:]
        if rest and not rest.startswith(":"):
            raise ValueError("expected ':' after conversion specifier")
    spec = rest[1:] if rest.startswith(":") else ""
    return name, spec, conversion


def _split_field_name(name):
    # "a.b[0]" -> ("a", [(True, "b"), (False, 0)])
    k = 0
    while k < len(name) and name[k] not in ".[":
        k += 1
    first = name[:k]
    if first.isdigit():
        first = int(first)
    rest = []
    while k < len(name):
        if name[k] == ".":
            j = k + 1
            while j < len(name) and name[j] not in ".[":
                j += 1
            attr = name[k + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            k = j
        else:
            j = name.find("]", k)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[k + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            k = j + 1
            if k < len(name) and name[k] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    # str.format in steps a subclass can replace: parse, get_field (through get_value),
    # convert_field, format_field and check_unused_args.
    def vformat(self, format_string, args, kwargs):
        # A spec may hold fields of its own, nested at most two levels deep.
        seen = set()
        text, _ = self._vformat(format_string, args, kwargs, seen, 2)
        self.check_unused_args(seen, args, kwargs)
        return text

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # auto_arg_index is the next automatic number, or False once a field was numbered.
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        out = []
        for literal, field_name, format_spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            out.append(self.format_field(obj, format_spec))
        return "".join(out), auto_arg_index

    def get_value(self, key, args, kwargs):
        # Numbered fields index the positional arguments, named ones the keywords.
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion}")

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
