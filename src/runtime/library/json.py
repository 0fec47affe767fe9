# json, written for coroviz after what CPython 3.11's json package does (its C accelerated
# encoder and scanner, whose messages and error positions programs see): dumps and loads,
# JSONEncoder (subclass it and override default), JSONDecoder and JSONDecodeError. There are
# no files in coroviz, so dump and load are not offered.

__all__ = ['dumps', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

_SPACE = ' \t\n\r'

_SHORT_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n',
                  '\r': '\\r', '\t': '\\t'}

_UNESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
              't': '\t'}

_HEX = '0123456789abcdefABCDEF'

_INF = float('inf')


def _quote(text, ascii_only):
    # The JSON string literal for text: quotes, backslashes and control characters escaped,
    # and with ascii_only every character past U+007F as \uXXXX (two for astral ones).
    parts = ['"']
    for c in text:
        short = _SHORT_ESCAPES.get(c)
        if short is not None:
            parts.append(short)
            continue
        code = ord(c)
        if code < 0x20:
            parts.append('\\u%04x' % code)
        elif code < 0x7f or not ascii_only:
            parts.append(c)
        elif code < 0x10000:
            parts.append('\\u%04x' % code)
        else:
            rest = code - 0x10000
            parts.append('\\u%04x\\u%04x' % (0xd800 | (rest >> 10), 0xdc00 | (rest & 0x3ff)))
    parts.append('"')
    return ''.join(parts)


def _float_text(value, allow_nan):
    if value != value:
        text = 'NaN'
    elif value == _INF:
        text = 'Infinity'
    elif value == -_INF:
        text = '-Infinity'
    else:
        return repr(float(value))
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys, self.ensure_ascii = skipkeys, ensure_ascii
        self.check_circular, self.allow_nan = check_circular, allow_nan
        self.sort_keys, self.indent = sort_keys, indent
        # Separators given win; with an indent, items end their lines without a space.
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','  # the line ends after the comma
        if default is not None:
            self.default = default  # an instance attribute over the method

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return _quote(o, self.ensure_ascii)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        writer = _Writer(self, indent)
        writer.value(o, 0)
        return iter(writer.parts)


class _Writer:
    # One encoding: the text pieces so far and the ids of the containers being written.
    def __init__(self, encoder, indent):
        self.encoder = encoder
        self.indent = indent
        self.parts = []
        self.markers = {} if encoder.check_circular else None

    def _enter(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[key] = o

    def _leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        enc = self.encoder
        out = self.parts
        if isinstance(o, str):
            out.append(_quote(o, enc.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(repr(int(o)))
        elif isinstance(o, float):
            out.append(_float_text(o, enc.allow_nan))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            self._enter(o)
            self.value(enc.default(o), level)
            self._leave(o)

    def _open(self, level):
        # The separator before each item and the text before the closing bracket.
        sep = self.encoder.item_separator
        if self.indent is None:
            return sep, '', ''
        inner = '\n' + self.indent * (level + 1)
        return sep + inner, inner, '\n' + self.indent * level

    def array(self, items, level):
        out = self.parts
        if not items:
            out.append('[]')
            return
        self._enter(items)
        sep, first, close = self._open(level)
        out.append('[' + first)
        started = False
        for item in items:
            if started:
                out.append(sep)
            started = True
            self.value(item, level + 1)
        out.append(close + ']')
        self._leave(items)

    def _key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _float_text(key, self.encoder.allow_nan)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return repr(int(key))
        if self.encoder.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def object(self, mapping, level):
        enc = self.encoder
        out = self.parts
        if not mapping:
            out.append('{}')
            return
        self._enter(mapping)
        sep, first, close = self._open(level)
        out.append('{' + first)
        items = list(mapping.items())
        if enc.sort_keys:
            items.sort()
        started = False
        for key, value in items:
            text = self._key(key)
            if text is None:
                continue
            if started:
                out.append(sep)
            started = True
            out.append(_quote(text, enc.ensure_ascii))
            out.append(enc.key_separator)
            self.value(value, level + 1)
        out.append(close + '}')
        self._leave(mapping)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                  allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                  sort_keys=sort_keys, **kw)
    return encoder.encode(obj)


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        # The parts of the message stay available one by one.
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno, self.colno = lineno, colno


class _NoValue(Exception):
    # No JSON value starts at this position.
    def __init__(self, pos):
        Exception.__init__(self, pos)
        self.pos = pos


def _skip(s, i):
    n = len(s)
    while i < n and s[i] in _SPACE:
        i += 1
    return i


def _constant(name):
    if name == 'NaN':
        return float('nan')
    if name == 'Infinity':
        return _INF
    return -_INF


class _Scanner:
    def __init__(self, decoder, s):
        self.s = s
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.memo = {}

    def value(self, i):
        s = self.s
        if i >= len(s):
            raise _NoValue(i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == '{':
            return self.object(i + 1)
        if c == '[':
            return self.array(i + 1)
        if c == 'n' and s[i:i + 4] == 'null':
            return None, i + 4
        if c == 't' and s[i:i + 4] == 'true':
            return True, i + 4
        if c == 'f' and s[i:i + 5] == 'false':
            return False, i + 5
        if c == 'N' and s[i:i + 3] == 'NaN':
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s[i:i + 8] == 'Infinity':
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s[i:i + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), i + 9
        return self.number(i)

    def number(self, i):
        s = self.s
        n = len(s)
        j = i
        if j < n and s[j] == '-':
            j += 1
        if j >= n or not ('0' <= s[j] <= '9'):
            raise _NoValue(i)
        if s[j] == '0':
            j += 1
        else:
            while j < n and '0' <= s[j] <= '9':
                j += 1
        is_float = False
        if j + 1 < n and s[j] == '.' and '0' <= s[j + 1] <= '9':
            j += 2
            while j < n and '0' <= s[j] <= '9':
                j += 1
            is_float = True
        if j < n and s[j] in 'eE':
            k = j + 1
            if k < n and s[k] in '+-':
                k += 1
            if k < n and '0' <= s[k] <= '9':
                while k < n and '0' <= s[k] <= '9':
                    k += 1
                j = k
                is_float = True
        text = s[i:j]
        if is_float:
            return self.parse_float(text), j
        return self.parse_int(text), j

    def string(self, i):
        # i is just past the opening quote.
        s = self.s
        n = len(s)
        begin = i - 1
        chunks = []
        start = i
        while True:
            if i >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            c = s[i]
            if c == '"':
                chunks.append(s[start:i])
                return ''.join(chunks), i + 1
            if c == '\\':
                chunks.append(s[start:i])
                if i + 1 >= n:
                    raise JSONDecodeError("Unterminated string starting at", s, begin)
                esc = s[i + 1]
                if esc != 'u':
                    plain = _UNESCAPES.get(esc)
                    if plain is None:
                        raise JSONDecodeError("Invalid \\escape", s, i)
                    chunks.append(plain)
                    i += 2
                else:
                    code = self._hex4(i)
                    i += 6
                    if 0xd800 <= code <= 0xdbff and s[i:i + 2] == '\\u':
                        low = self._hex4(i)
                        if 0xdc00 <= low <= 0xdfff:
                            code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                            i += 6
                    chunks.append(chr(code))
                start = i
                continue
            if c < ' ' and self.strict:
                raise JSONDecodeError("Invalid control character at", s, i)
            i += 1

    def _hex4(self, i):
        # The four hex digits after the \u at i.
        digits = self.s[i + 2:i + 6]
        if len(digits) != 4:
            raise JSONDecodeError("Invalid \\uXXXX escape", self.s, i + 1)
        for d in digits:
            if d not in _HEX:
                raise JSONDecodeError("Invalid \\uXXXX escape", self.s, i + 1)
        return int(digits, 16)

    def object(self, i):
        s = self.s
        pairs = []
        i = _skip(s, i)
        if s[i:i + 1] == '}':
            return self._finish_object(pairs), i + 1
        while True:
            if s[i:i + 1] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self.string(i + 1)
            key = self.memo.setdefault(key, key)
            i = _skip(s, i)
            if s[i:i + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip(s, i + 1)
            try:
                value, i = self.value(i)
            except _NoValue as err:
                raise JSONDecodeError("Expecting value", s, err.pos) from None
            pairs.append((key, value))
            i = _skip(s, i)
            c = s[i:i + 1]
            if c == '}':
                return self._finish_object(pairs), i + 1
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip(s, i + 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result

    def array(self, i):
        s = self.s
        items = []
        i = _skip(s, i)
        if s[i:i + 1] == ']':
            return items, i + 1
        while True:
            try:
                value, i = self.value(i)
            except _NoValue as err:
                raise JSONDecodeError("Expecting value", s, err.pos) from None
            items.append(value)
            i = _skip(s, i)
            c = s[i:i + 1]
            if c == ']':
                return items, i + 1
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip(s, i + 1)


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip(s, 0))
        end = _skip(s, end)
        # Only whitespace may follow the one value.
        if end == len(s):
            return obj
        raise JSONDecodeError("Extra data", s, end)

    def raw_decode(self, s, idx=0):
        try:
            return _Scanner(self, s).value(idx)
        except _NoValue as err:
            raise JSONDecodeError("Expecting value", s, err.pos) from None


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    # The decoder gets the hooks that were given (in this order) and any other keywords.
    hooks = (('object_hook', object_hook), ('object_pairs_hook', object_pairs_hook),
             ('parse_float', parse_float), ('parse_int', parse_int),
             ('parse_constant', parse_constant))
    for name, hook in hooks:
        if hook is not None:
            kw[name] = hook
    decoder_class = JSONDecoder if cls is None else cls
    return decoder_class(**kw).decode(s)

