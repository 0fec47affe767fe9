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
    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return str(type(self.obj)) < str(type(other.obj))


def _safe_tuple(t):
    return _SafeKey(t[0]), _SafeKey(t[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


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
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        stream = self._stream if self._stream is not None else _sys.stdout
        if stream is not None:
            stream.write(self.pformat(object) + "\n")

    def pformat(self, object):
        out = []
        self._format(object, out, 0, 0, {}, 0)
        return "".join(out)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        return self._safe_repr(object, context, maxlevels, level)

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def _format(self, object, out, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            out.append(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        max_width = self._width - indent - allowance
        if len(rep) > max_width:
            typ = type(object)
            layout = None
            if typ is dict:
                layout = self._pprint_dict
            elif typ is list:
                layout = self._pprint_list
            elif typ is tuple:
                layout = self._pprint_tuple
            elif typ is set:
                layout = self._pprint_set
            elif typ is str:
                layout = self._pprint_str
            elif typ.__name__ in _UNMODELLED or hasattr(typ, "__dataclass_fields__"):
                _coroviz_os.unmodelled(
                    "`pprint` of a long %s (CPython breaks its lines its own way)"
                    % typ.__name__
                )
            if layout is not None:
                context[objid] = 1
                layout(object, out, indent, allowance, context, level + 1)
                del context[objid]
                return
        out.append(rep)

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
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            out.append(rep)
            out.append(": ")
            self._format(ent, out, indent + len(rep) + 2, allowance if last else 1,
                         context, level)
            if not last:
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
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        rep = ""
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
            else:
                # Words with the spaces after them, packed into pieces that fit.
                parts = _re.findall(r"\S*\s*", line)
                parts.pop()
                max_width2 = max_width
                current = ""
                for j, part in enumerate(parts):
                    candidate = current + part
                    if j == len(parts) - 1 and i == len(lines) - 1:
                        max_width2 -= allowance
                    if len(repr(candidate)) > max_width2:
                        if current:
                            chunks.append(repr(current))
                        current = part
                    else:
                        current = candidate
                if current:
                    chunks.append(repr(current))
        if len(chunks) == 1:
            out.append(rep)
            return
        if level == 1:
            out.append("(")
        for i, rep in enumerate(chunks):
            if i > 0:
                out.append("\n" + " " * indent)
            out.append(rep)
        if level == 1:
            out.append(")")

    def _format_items(self, items, out, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            out.append((self._indent_per_level - 1) * " ")
        delimnl = ",\n" + " " * indent
        delim = ""
        width = max_width = self._width - indent + 1
        items = list(items)
        for i, ent in enumerate(items):
            last = i == len(items) - 1
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(ent, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= w:
                    width -= w
                    out.append(delim)
                    delim = ", "
                    out.append(rep)
                    continue
            out.append(delim)
            delim = delimnl
            self._format(ent, out, indent, allowance if last else 1, context, level)

    def _safe_repr(self, object, context, maxlevels, level):
        # (repr, readable, recursive), with dicts sorted and nesting cut at `maxlevels`.
        typ = type(object)
        if typ in (str, float, bool, type(None)):
            return repr(object), True, False
        if typ is int:
            if self._underscore_numbers:
                return "{:_d}".format(object), True, False
            return repr(object), True, False
        if typ is dict:
            if not object:
                return "{}", True, False
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return "{...}", False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            components = []
            level += 1
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = object.items()
            for k, v in items:
                krepr, kreadable, krecur = self.format(k, context, maxlevels, level)
                vrepr, vreadable, vrecur = self.format(v, context, maxlevels, level)
                components.append("%s: %s" % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                if krecur or vrecur:
                    recursive = True
            del context[objid]
            return "{%s}" % ", ".join(components), readable, recursive
        if typ is list or typ is tuple:
            if typ is list:
                if not object:
                    return "[]", True, False
                fmt = "[%s]"
            elif len(object) == 1:
                fmt = "(%s,)"
            else:
                if not object:
                    return "()", True, False
                fmt = "(%s)"
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return fmt % "...", False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            components = []
            level += 1
            for o in object:
                orepr, oreadable, orecur = self.format(o, context, maxlevels, level)
                components.append(orepr)
                if not oreadable:
                    readable = False
                if orecur:
                    recursive = True
            del context[objid]
            return fmt % ", ".join(components), readable, recursive
        rep = repr(object)
        return rep, (rep and not rep.startswith("<")), False
