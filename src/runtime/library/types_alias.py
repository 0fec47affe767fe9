# coroviz's types.GenericAlias (`list[int]`) and types.UnionType (`int | None`): the VM
# calls GenericAlias and union_of when a builtin class is subscripted or or-ed.


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    return repr(obj)


def _parameters(args):
    found = []
    for a in args:
        if hasattr(a, "__typing_is_typevar__"):
            if a not in found:
                found.append(a)
        else:
            for p in getattr(a, "__parameters__", ()):
                if p not in found:
                    found.append(p)
    return tuple(found)


def _same_items(xs, ys):
    return all([x in ys for x in xs]) and all([y in xs for y in ys])


class GenericAlias:
    __module__ = "types"

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _parameters(args)

    def __repr__(self):
        if not self.__args__:
            inner = "()"
        else:
            inner = ", ".join([_type_repr(a) for a in self.__args__])
        return f"{_type_repr(self.__origin__)}[{inner}]"

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __or__(self, other):
        return union_of(self, other)

    def __ror__(self, other):
        return union_of(other, self)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")


class UnionType:
    __module__ = "types"

    def __init__(self, args):
        self.__args__ = args
        self.__parameters__ = _parameters(args)

    def __repr__(self):
        return " | ".join(["None" if a is type(None) else _type_repr(a) for a in self.__args__])

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return _same_items(self.__args__, other.__args__)

    def __hash__(self):
        return hash(len(self.__args__))

    def __or__(self, other):
        return union_of(self, other)

    def __ror__(self, other):
        return union_of(other, self)

    def __instancecheck__(self, obj):
        for a in self.__args__:
            if not isinstance(a, type):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
        return any([isinstance(obj, a) for a in self.__args__])

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if not isinstance(a, type):
                raise TypeError("issubclass() argument 2 cannot be a parameterized generic")
        return any([issubclass(cls, a) for a in self.__args__])


def _unionable(x):
    return (x is None or isinstance(x, type) or isinstance(x, (GenericAlias, UnionType))
            or hasattr(x, "__typing_is_typevar__") or hasattr(x, "__typing_alias__"))


def union_of(a, b):
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = []
    for x in (a, b):
        if x is None:
            x = type(None)
        parts = x.__args__ if isinstance(x, UnionType) else (x,)
        for p in parts:
            if p not in args:
                args.append(p)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))
