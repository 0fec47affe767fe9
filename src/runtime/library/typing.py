# coroviz's typing: the run-time objects of CPython 3.11's typing module. Annotations are
# only stored at run time, so what matters is that every name exists, that subscripting
# builds objects that print and compare as CPython's, and the few run-time checks
# (runtime_checkable protocols, TypedDict, Generic) behave the same.

import collections.abc as _abc
from collections import deque as _deque
from _types_alias import GenericAlias as _TypesGenericAlias
from _types_alias import UnionType as _UnionType

TYPE_CHECKING = False
_NoneType = type(None)


def _type_repr(obj):
    # How an argument shows inside typing reprs: classes by qualified name (bare for
    # builtins), functions by name, the rest by their own repr.
    if isinstance(obj, type):
        qual = obj.__qualname__
        return qual if obj.__module__ == "builtins" else f"{obj.__module__}.{qual}"
    if obj is ...:
        return "..."
    if type(obj).__name__ == "function":
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, _SpecialForm) and arg._name in ("ClassVar", "Final", "Generic", "Protocol"):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    return arg


def _is_typevar(obj):
    return hasattr(obj, "__typing_subst__")


def _collect_parameters(args):
    # The type variables among `args`, or inside aliases among them, each once, in order
    # of first appearance: what an alias lists as __parameters__.
    found = []
    for arg in args:
        inner = (arg,) if _is_typevar(arg) else getattr(arg, "__parameters__", ())
        found.extend(var for var in inner if var not in found)
    return tuple(found)


def _same_items(xs, ys):
    # Equal as sets, for unhashable members too (Union and Literal compare this way).
    return all(x in ys for x in xs) and all(y in xs for y in ys)


def _union_with(self, other):
    # `X | Y` on typing objects: the same Union as Union[X, Y]. Shared by every class here
    # that supports the operator (the reflected form keeps the operands' order).
    return Union[self, other]


def _union_after(self, other):
    return Union[other, self]


class _Final:
    pass


class _SpecialForm(_Final):
    # Any, NoReturn, Union, Optional, ClassVar, …: `typing.Name`, subscripted by `getitem`.
    def __init__(self, name, getitem):
        self._name = name
        self._getitem = getitem
        self.__name__ = name

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    __or__, __ror__ = _union_with, _union_after

    # A special form is no class: neither check can be asked of it.
    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")


class _GenericAlias(_Final):
    # `List[int]`, `ClassVar[int]`, `Stack[int]`: an origin and its arguments.
    def __init__(self, origin, args, name=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._name = name

    def _inner_repr(self):
        if not self.__args__:
            return "()"
        return ", ".join([_type_repr(a) for a in self.__args__])

    def __repr__(self):
        head = "typing." + self._name if self._name else _type_repr(self.__origin__)
        return f"{head}[{self._inner_repr()}]"

    def __eq__(self, other):
        # The same origin with the same arguments, in order.
        if isinstance(other, _GenericAlias):
            return self.__origin__ == other.__origin__ and self.__args__ == other.__args__
        return NotImplemented

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if self._name is not None and not isinstance(self.__origin__, type):
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        made = self.__origin__(*args, **kwargs)
        # The object remembers the alias it was made through, if it takes new attributes.
        try:
            made.__orig_class__ = self
        except AttributeError:
            pass
        return made

    __or__, __ror__ = _union_with, _union_after

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if origin is Generic or origin is Protocol:
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                    return ()
        return (origin,)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _CallableGenericAlias(_GenericAlias):
    def _inner_repr(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return "..., " + _type_repr(args[1])
        return "[" + ", ".join([_type_repr(a) for a in args[:-1]]) + "], " + _type_repr(args[-1])


class _LiteralGenericAlias(_GenericAlias):
    def _inner_repr(self):
        return ", ".join([repr(a) for a in self.__args__])

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return _same_items(self.__args__, other.__args__)

    def __hash__(self):
        return hash(len(self.__args__))


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f"typing.Optional[{_type_repr(args[1])}]"
            if args[1] is _NoneType:
                return f"typing.Optional[{_type_repr(args[0])}]"
        return f"typing.Union[{self._inner_repr()}]"

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return _same_items(self.__args__, other.__args__)

    def __hash__(self):
        return hash(len(self.__args__))

    def __instancecheck__(self, obj):
        return any([isinstance(obj, a) for a in self.__args__])

    def __subclasscheck__(self, cls):
        return any([issubclass(cls, a) for a in self.__args__])


class _SpecialGenericAlias(_Final):
    # `typing.List` before subscripting: stands for its origin with `nparams` arguments.
    def __init__(self, origin, nparams, name, kind=_GenericAlias):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._kind = kind

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == "Tuple":
            if len(params) == 2 and params[1] is ...:
                return _GenericAlias(tuple, (_type_check(params[0], ""), ...), "Tuple")
            if params == ((),):
                return _GenericAlias(tuple, (), "Tuple")
            return _GenericAlias(tuple, tuple([_type_check(p, "") for p in params]), "Tuple")
        if self._name == "Callable":
            if len(params) != 2:
                raise TypeError("Callable must be used as Callable[[arg, ...], result].")
            args, result = params
            if args is ...:
                flat = (..., _type_check(result, ""))
            elif isinstance(args, list):
                flat = tuple([_type_check(a, "") for a in args]) + (_type_check(result, ""),)
            else:
                raise TypeError("Callable[args, result]: args must be a list. Got " + _type_repr(args))
            return _CallableGenericAlias(self.__origin__, flat, "Callable")
        if self._nparams >= 0 and len(params) != self._nparams:
            many = "many" if len(params) > self._nparams else "few"
            raise TypeError(f"Too {many} arguments for {self}; actual {len(params)}, expected {self._nparams}")
        return self._kind(self.__origin__, tuple([_type_check(p, "") for p in params]), self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")

    __or__, __ror__ = _union_with, _union_after

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)


# ----- special forms ---------------------------------------------------------------------


def _union_getitem(self, parameters):
    # Union[X] is Union[(X,)]; the empty tuple is the one thing refused outright.
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    parameters = parameters if isinstance(parameters, tuple) else (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p, "")
        parts = p.__args__ if isinstance(p, (_UnionGenericAlias, _UnionType)) else (p,)
        for q in parts:
            if q not in flat:
                flat.append(q)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(self, tuple(flat), "Union")


def _optional_getitem(self, parameter):
    return Union[parameter, None]


def _one_getitem(self, parameter):
    if isinstance(parameter, tuple) and len(parameter) != 1:
        raise TypeError(f"{self} accepts only single type.")
    if isinstance(parameter, tuple):
        parameter = parameter[0]
    return _GenericAlias(self, (_type_check(parameter, ""),), self._name)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    values = []
    for p in parameters:
        if not any([p is v for v in values]) and p not in [v for v in values if type(v) is type(p)]:
            values.append(p)
    return _LiteralGenericAlias(self, tuple(values), "Literal")


def _many_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, self._name)


Any = _SpecialForm("Any", None)
NoReturn = _SpecialForm("NoReturn", None)
Never = _SpecialForm("Never", None)
Self = _SpecialForm("Self", None)
LiteralString = _SpecialForm("LiteralString", None)
TypeAlias = _SpecialForm("TypeAlias", None)
ClassVar = _SpecialForm("ClassVar", _one_getitem)
Final = _SpecialForm("Final", _one_getitem)
Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
Concatenate = _SpecialForm("Concatenate", _many_getitem)
TypeGuard = _SpecialForm("TypeGuard", _one_getitem)
Required = _SpecialForm("Required", _one_getitem)
NotRequired = _SpecialForm("NotRequired", _one_getitem)
Unpack = _SpecialForm("Unpack", _one_getitem)


class Annotated:
    def __init__(self, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        return _AnnotatedAlias(_type_check(params[0], ""), params[1:])


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        _GenericAlias.__init__(self, origin, (origin,), None)
        self.__metadata__ = metadata

    def __repr__(self):
        extras = ", ".join([repr(m) for m in self.__metadata__])
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {extras}]"


# ----- type variables --------------------------------------------------------------------


class _BoundVarianceMixin:
    # What TypeVar and ParamSpec share: the variance flags, the repr that shows them
    # (+T covariant, -T contravariant, ~T invariant), and `T | X` as a Union.

    def _set_variance(self, covariant, contravariant):
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            mark = "+"
        elif self.__contravariant__:
            mark = "-"
        else:
            mark = "~"
        return mark + self.__name__

    __or__, __ror__ = _union_with, _union_after


class TypeVar(_Final, _BoundVarianceMixin):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        self.__name__ = name
        self.__constraints__ = tuple([_type_check(c, "") for c in constraints])
        self.__bound__ = None if bound is None else _type_check(bound, "")
        self._set_variance(covariant, contravariant)

    def __typing_subst__(self, arg):
        return _type_check(arg, "")


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __typing_subst__(self, arg):
        return arg

    def __repr__(self):
        return self.__name__


class ParamSpecArgs(_Final):
    # P.args: shown by its ParamSpec's name.
    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __init__(self, origin):
        self.__origin__ = origin


class ParamSpecKwargs(_Final):
    # P.kwargs, likewise.
    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __init__(self, origin):
        self.__origin__ = origin


class ParamSpec(_Final, _BoundVarianceMixin):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self._set_variance(covariant, contravariant)
        self.args = ParamSpecArgs(self)
        self.kwargs = ParamSpecKwargs(self)

    def __typing_subst__(self, arg):
        return arg


AnyStr = TypeVar("AnyStr", bytes, str)
Text = str


class ForwardRef(_Final):
    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        # Unevaluated until something (get_type_hints) resolves the name.
        self.__forward_evaluated__, self.__forward_value__ = False, None
        self.__forward_is_argument__, self.__forward_is_class__ = is_argument, is_class
        self.__forward_module__ = module

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"

    def __eq__(self, other):
        if isinstance(other, ForwardRef):
            return self.__forward_arg__ == other.__forward_arg__
        return NotImplemented

    def __hash__(self):
        return hash(self.__forward_arg__)


class NewType:
    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp
        self.__module__ = "__main__"

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    __or__, __ror__ = _union_with, _union_after


# ----- Generic and Protocol --------------------------------------------------------------


class Generic:
    _is_protocol = False

    def __class_getitem__(cls, params):
        # One parameter or a tuple of them, each checked to be a type.
        given = params if isinstance(params, tuple) else (params,)
        params = tuple([_type_check(p, "") for p in given])
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            for p in params:
                if not _is_typevar(p):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                    "or parameter specification variables.")
            seen = []
            for p in params:
                if p in seen:
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
                seen.append(p)
        else:
            expected = len(cls.__dict__.get("__parameters__", ()))
            if expected != len(params):
                many = "many" if len(params) > expected else "few"
                raise TypeError(f"Too {many} arguments for {cls}; actual {len(params)}, expected {expected}")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # The class's type parameters: those of its generic bases, in order of appearance.
        tvars = []
        orig = cls.__dict__.get("__orig_bases__", ())
        declared = None
        for base in orig:
            if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                declared = base.__parameters__
        if declared is None:
            for base in orig:
                if isinstance(base, _GenericAlias):
                    for p in base.__parameters__:
                        if p not in tvars:
                            tvars.append(p)
            declared = tuple(tvars)
        cls.__parameters__ = tuple(declared)


_PROTOCOL_INTERNALS = ["__parameters__", "__orig_bases__", "__orig_class__", "_is_protocol",
                       "_is_runtime_protocol", "__abstractmethods__", "__annotations__",
                       "__dict__", "__doc__", "__init__", "__module__", "__new__", "__slots__",
                       "__subclasshook__", "__weakref__", "__class_getitem__",
                       "__init_subclass__", "__qualname__", "__hash__", "__match_args__"]


def _protocol_attrs(cls):
    attrs = []
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        names = list(base.__dict__) + list(base.__dict__.get("__annotations__", {}))
        for name in names:
            if not name.startswith("_abc_") and name not in _PROTOCOL_INTERNALS and name not in attrs:
                attrs.append(name)
    return attrs


class _ProtocolMeta(type):
    def __call__(cls, *args, **kwargs):
        if cls.__dict__.get("_is_protocol", False):
            raise TypeError("Protocols cannot be instantiated")
        return super().__call__(*args, **kwargs)

    def __instancecheck__(cls, instance):
        if cls.__dict__.get("_is_protocol", False):
            if not cls._is_runtime_protocol:
                raise TypeError("Instance and class checks can only be used with"
                                " @runtime_checkable protocols")
            if all([hasattr(instance, a) and (not callable(getattr(cls, a, None))
                                              or getattr(instance, a) is not None)
                    for a in _protocol_attrs(cls)]):
                return True
        return cls in type(instance).__mro__

    def __subclasscheck__(cls, other):
        if cls.__dict__.get("_is_protocol", False):
            if not cls._is_runtime_protocol:
                raise TypeError("Instance and class checks can only be used with"
                                " @runtime_checkable protocols")
            for a in _protocol_attrs(cls):
                found = False
                for base in other.__mro__:
                    if a in base.__dict__:
                        found = base.__dict__[a] is not None
                        break
                    if a in base.__dict__.get("__annotations__", {}):
                        found = True
                        break
                if not found:
                    return False
            return True
        return cls in other.__mro__


class Protocol(Generic, metaclass=_ProtocolMeta):
    _is_runtime_protocol = False
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # A subclass is a protocol itself only if Protocol is one of its direct bases.
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any([b is Protocol for b in cls.__bases__])


def runtime_checkable(cls):
    if not isinstance(cls, type) or not issubclass(type(cls), _ProtocolMeta) or not cls._is_protocol:
        raise TypeError(f"@runtime_checkable can be only applied to protocol classes, got {cls!r}")
    cls._is_runtime_protocol = True
    return cls


def _supports(name, method):
    def body(self):
        raise NotImplementedError
    ns = {"__module__": "typing", "__qualname__": name, method: body}
    return runtime_checkable(_ProtocolMeta(name, (Protocol,), ns))


SupportsInt = _supports("SupportsInt", "__int__")
SupportsFloat = _supports("SupportsFloat", "__float__")
SupportsComplex = _supports("SupportsComplex", "__complex__")
SupportsBytes = _supports("SupportsBytes", "__bytes__")
SupportsIndex = _supports("SupportsIndex", "__index__")
SupportsAbs = _supports("SupportsAbs", "__abs__")
SupportsRound = _supports("SupportsRound", "__round__")


# ----- TypedDict -------------------------------------------------------------------------


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        cls = super().__new__(mcls, name, (), ns)
        annotations = {}
        required = []
        optional = []
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.extend(base.__dict__.get("__required_keys__", ()))
            optional.extend(base.__dict__.get("__optional_keys__", ()))
        own = ns.get("__annotations__", {})
        for key, tp in own.items():
            origin = getattr(tp, "__origin__", None)
            if origin is Required:
                required.append(key)
            elif origin is NotRequired:
                optional.append(key)
            elif total:
                required.append(key)
            else:
                optional.append(key)
        annotations.update(own)
        cls.__annotations__ = annotations
        cls.__required_keys__ = set(required)
        cls.__optional_keys__ = set(optional)
        cls.__total__ = total
        return cls

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError("TypedDict does not support instance and class checks")

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")


class _TypedDictBase(metaclass=_TypedDictMeta):
    pass


class _TypedDictFactory:
    # `TypedDict`: called, the functional form; as a base, the class form.
    __name__ = "TypedDict"

    def __call__(self, typename, fields=None, /, *, total=True, **kwargs):
        if fields is None:
            fields = kwargs
        elif kwargs:
            raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
        ns = {"__annotations__": dict(fields), "__module__": "__main__", "__qualname__": typename}
        return _TypedDictMeta(typename, (), ns, total=total)

    def __mro_entries__(self, bases):
        return (_TypedDictBase,)

    def __repr__(self):
        return "<function TypedDict>"


TypedDict = _TypedDictFactory()


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


# ----- aliases of builtin and collections.abc classes ------------------------------------


def _abc_class(name):
    return getattr(_abc, name, None)


List = _SpecialGenericAlias(list, 1, "List")
Dict = _SpecialGenericAlias(dict, 2, "Dict")
Set = _SpecialGenericAlias(set, 1, "Set")
FrozenSet = _SpecialGenericAlias(set, 1, "FrozenSet")
Tuple = _SpecialGenericAlias(tuple, -1, "Tuple")
Type = _SpecialGenericAlias(type, 1, "Type")
Callable = _SpecialGenericAlias(_abc_class("Callable"), 2, "Callable")
DefaultDict = _SpecialGenericAlias(dict, 2, "DefaultDict")
OrderedDict = _SpecialGenericAlias(dict, 2, "OrderedDict")
Counter = _SpecialGenericAlias(dict, 1, "Counter")
ChainMap = _SpecialGenericAlias(dict, 2, "ChainMap")
Deque = _SpecialGenericAlias(_deque, 1, "Deque")
Hashable = _SpecialGenericAlias(_abc_class("Hashable"), 0, "Hashable")
Sized = _SpecialGenericAlias(_abc_class("Sized"), 0, "Sized")
Awaitable = _SpecialGenericAlias(_abc_class("Awaitable"), 1, "Awaitable")
Coroutine = _SpecialGenericAlias(_abc_class("Coroutine"), 3, "Coroutine")
AsyncIterable = _SpecialGenericAlias(_abc_class("AsyncIterable"), 1, "AsyncIterable")
AsyncIterator = _SpecialGenericAlias(_abc_class("AsyncIterator"), 1, "AsyncIterator")
AsyncGenerator = _SpecialGenericAlias(_abc_class("AsyncGenerator"), 2, "AsyncGenerator")
Iterable = _SpecialGenericAlias(_abc_class("Iterable"), 1, "Iterable")
Iterator = _SpecialGenericAlias(_abc_class("Iterator"), 1, "Iterator")
Generator = _SpecialGenericAlias(_abc_class("Generator"), 3, "Generator")
Container = _SpecialGenericAlias(_abc_class("Container"), 1, "Container")
Collection = _SpecialGenericAlias(_abc_class("Collection"), 1, "Collection")
Reversible = _SpecialGenericAlias(_abc_class("Reversible"), 1, "Reversible")
Mapping = _SpecialGenericAlias(_abc_class("Mapping"), 2, "Mapping")
MutableMapping = _SpecialGenericAlias(_abc_class("MutableMapping"), 2, "MutableMapping")
Sequence = _SpecialGenericAlias(_abc_class("Sequence"), 1, "Sequence")
MutableSequence = _SpecialGenericAlias(_abc_class("MutableSequence"), 1, "MutableSequence")
AbstractSet = _SpecialGenericAlias(_abc_class("Set"), 1, "AbstractSet")
MutableSet = _SpecialGenericAlias(_abc_class("MutableSet"), 1, "MutableSet")
MappingView = _SpecialGenericAlias(_abc_class("MappingView"), 1, "MappingView")
KeysView = _SpecialGenericAlias(_abc_class("KeysView"), 1, "KeysView")
ItemsView = _SpecialGenericAlias(_abc_class("ItemsView"), 2, "ItemsView")
ValuesView = _SpecialGenericAlias(_abc_class("ValuesView"), 1, "ValuesView")
ByteString = _SpecialGenericAlias(_abc_class("ByteString"), 0, "ByteString")
ContextManager = _SpecialGenericAlias(None, 1, "ContextManager")
AsyncContextManager = _SpecialGenericAlias(None, 1, "AsyncContextManager")
Pattern = _SpecialGenericAlias(None, 1, "Pattern")
Match = _SpecialGenericAlias(None, 1, "Match")


class IO(Generic):
    pass


IO.__parameters__ = (AnyStr,)


class TextIO(IO):
    pass


class BinaryIO(IO):
    pass


# ----- functions -------------------------------------------------------------------------


def cast(typ, val):
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


_overloads = {}


def _overload_dummy(*args, **kwargs):
    raise NotImplementedError("You should not call an overloaded function. "
                              "A series of @typing.overload-decorated functions "
                              "outside a stub module should always be followed "
                              "by an implementation that is not @overload-ed.")


def overload(func):
    key = func.__qualname__
    _overloads.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    return list(_overloads.get(func.__qualname__, []))


def clear_overloads():
    _overloads.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


# Makes a decorator whose results are also marked no_type_check.
def no_type_check_decorator(decorator):
    def wrapped(*args, **kwargs):
        return no_type_check(decorator(*args, **kwargs))
    return wrapped


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        # Only recorded: type checkers read it, nothing at run time does.
        cls_or_fn.__dataclass_transform__ = dict(
            eq_default=eq_default, order_default=order_default,
            kw_only_default=kw_only_default, field_specifiers=field_specifiers,
            kwargs=kwargs)
        return cls_or_fn

    return decorator


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _TypesGenericAlias)):
        return tp.__origin__
    if isinstance(tp, _UnionType):
        return _UnionType
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, (_GenericAlias, _TypesGenericAlias, _UnionType)):
        return tp.__args__
    return ()


_BUILTIN_NAMES = {"int": int, "str": str, "float": float, "bool": bool, "list": list,
                  "dict": dict, "tuple": tuple, "set": set, "type": type, "object": object,
                  "None": None}


def _eval_hint(text, namespace):
    # The forms annotations take: dotted names, `X[...]`, `X | Y`, None, `...`, literals.
    parser = _HintParser(text, namespace)
    value = parser.union()
    parser.expect_end()
    return value


class _HintParser:
    def __init__(self, text, namespace):
        self.tokens = _hint_tokens(text)
        self.pos = 0
        self.namespace = namespace

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self):
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def expect_end(self):
        if self.peek() is not None:
            raise SyntaxError("invalid syntax in forward reference")

    def union(self):
        value = self.primary()
        while self.peek() == "|":
            self.take()
            value = value | self.primary()
        return value

    def primary(self):
        token = self.take()
        if token == "[":
            items = self.items("]")
            return items
        if token == "(":
            items = self.items(")")
            return tuple(items)
        if token == "...":
            value = ...
        elif token[0] in "'\"":
            value = token[1:-1]
        elif token[0].isdigit():
            value = int(token)
        else:
            value = self.lookup(token)
            while self.peek() == ".":
                self.take()
                value = getattr(value, self.take())
        while self.peek() == "[":
            self.take()
            items = self.items("]")
            value = value[items[0] if len(items) == 1 else tuple(items)]
        return value

    def items(self, close):
        items = []
        while self.peek() != close:
            items.append(self.union())
            if self.peek() == ",":
                self.take()
        self.take()
        return items

    def lookup(self, name):
        if name in self.namespace:
            return self.namespace[name]
        if name in _BUILTIN_NAMES:
            return _BUILTIN_NAMES[name]
        raise NameError(f"name '{name}' is not defined")


def _hint_tokens(text):
    tokens = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == " ":
            i += 1
        elif text.startswith("...", i):
            tokens.append("...")
            i += 3
        elif c in "[](),|.":
            tokens.append(c)
            i += 1
        elif c in "'\"":
            j = text.index(c, i + 1)
            tokens.append(text[i:j + 1])
            i = j + 1
        else:
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                j += 1
            if j == i:
                raise SyntaxError("invalid syntax in forward reference")
            tokens.append(text[i:j])
            i = j
    return tokens


def _resolve_hint(value, namespace):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = _eval_hint(value, namespace)
        if value is None:
            return _NoneType
    if isinstance(value, ForwardRef):
        return _resolve_hint(value.__forward_arg__, namespace)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    namespace = {}
    if globalns is not None:
        namespace.update(globalns)
    elif getattr(obj, "__module__", None) == "__main__":
        # What CPython reads from the function's __globals__ (or the class's module).
        import _coroviz
        namespace.update(_coroviz.main_namespace())
    if localns is not None:
        namespace.update(localns)
    hints = {}
    if isinstance(obj, type):
        for base in obj.__mro__[::-1]:
            for name, value in base.__dict__.get("__annotations__", {}).items():
                hints[name] = _resolve_hint(value, namespace)
        return hints
    annotations = getattr(obj, "__annotations__", None)
    if annotations is None:
        raise TypeError(f"{obj!r} is not a module, class, method, or function.")
    for name, value in annotations.items():
        hints[name] = _resolve_hint(value, namespace)
    return hints


# typing.NamedTuple: `class P(NamedTuple)` with annotated fields (defaults after the
# fields without), or `NamedTuple("P", [("x", int), ...])`; both make a
# collections.namedtuple class carrying the annotations and the class body's methods.

_NT_PROHIBITED = (
    '__new__', '__init__', '__slots__', '__getnewargs__', '_fields', '_field_defaults',
    '_make', '_replace', '_asdict', '_source')
_NT_SPECIAL = ('__module__', '__name__', '__annotations__', '__qualname__',
               '__orig_bases__')


def _make_nmtuple(name, types, module, defaults=()):
    from collections import namedtuple
    fields = [n for n, t in types]
    annotations = {n: t for n, t in types}
    made = namedtuple(name, fields, defaults=defaults, module=module)
    made.__annotations__ = annotations
    return made


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get('__annotations__', {})
        # A field with a value in the class body has a default; no field without one may
        # come after it.
        with_defaults = []
        for field_name in types:
            if field_name in ns:
                with_defaults.append(field_name)
                continue
            if with_defaults:
                s = 's' if len(with_defaults) > 1 else ''
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field{s} "
                                f"{', '.join(with_defaults)}")
        made = _make_nmtuple(typename, types.items(),
                             defaults=[ns[n] for n in with_defaults],
                             module=ns['__module__'])
        for key in ns:
            if key in _NT_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _NT_SPECIAL and key not in made._fields:
                setattr(made, key, ns[key])
        return made


_NamedTupleBase = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})


class _NamedTupleFactory:
    # What `NamedTuple` is: callable for the functional form, a base for the class form.

    def __call__(self, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError("Either list of fields or keywords"
                            " can be provided to NamedTuple, not both")
        return _make_nmtuple(typename, fields, module='__main__')

    def __mro_entries__(self, bases):
        return (_NamedTupleBase,)

    def __repr__(self):
        return "<function NamedTuple>"


NamedTuple = _NamedTupleFactory()
