# coroviz's dataclasses: the @dataclass decorator and its helpers, behaving as CPython
# 3.11's. CPython generates the methods as source text and execs it; coroviz has no exec,
# so each method here is a closure over the class's fields, with CPython's error texts.


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

# What a Field stands for: a field proper, a ClassVar or an InitVar.
_FIELD = "_FIELD"
_FIELD_CLASSVAR = "_FIELD_CLASSVAR"
_FIELD_INITVAR = "_FIELD_INITVAR"


class InitVar:
    # InitVar[T]: a parameter of __init__ (and __post_init__) that is not a field.
    def __repr__(self):
        shown = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f"dataclasses.InitVar[{shown}]"

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        # name and type are filled in when the class is processed.
        self.name = self.type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},"
                f"repr={self.repr!r},hash={self.hash!r},compare={self.compare!r},"
                f"metadata=mappingproxy({self.metadata!r}),kw_only={self.kw_only!r},"
                f"_field_type={self._field_type})")

    def __set_name__(self, owner, name):
        hook = getattr(type(self.default), "__set_name__", None)
        if hook is not None:
            hook(self.default, owner, name)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        # The decorator's arguments, kept on the class as __dataclass_params__.
        self.init, self.repr, self.eq, self.order = init, repr, eq, order
        self.unsafe_hash, self.frozen = unsafe_hash, frozen

    def __repr__(self):
        return (f"_DataclassParams(init={self.init!r},repr={self.repr!r},eq={self.eq!r},"
                f"order={self.order!r},unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith("ClassVar") or annotation.startswith("typing.ClassVar")
    origin = getattr(annotation, "__origin__", None)
    return annotation is origin is not None or getattr(origin, "_name", None) == "ClassVar" or (
        getattr(annotation, "_name", None) == "ClassVar" and not hasattr(annotation, "__args__"))


def _is_initvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith("InitVar") or annotation.startswith("dataclasses.InitVar")
    return annotation is InitVar or isinstance(annotation, InitVar)


def _is_kw_only(annotation):
    if isinstance(annotation, str):
        return annotation == "KW_ONLY" or annotation == "dataclasses.KW_ONLY"
    return annotation is KW_ONLY


def _own_field(cls, name, annotation, kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    if f._field_type != _FIELD and f.default_factory is not MISSING:
        raise TypeError(f"field {name} cannot have a default factory")
    if f._field_type == _FIELD_CLASSVAR:
        f.kw_only = False
    elif f.kw_only is MISSING:
        f.kw_only = kw_only
    if f._field_type == _FIELD and isinstance(f.default, (list, dict, set)):
        raise ValueError(f"mutable default {type(f.default)} for field {name} "
                         "is not allowed: use default_factory")
    return f


def _quoted(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _plural(n, word):
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _bind(qualname, positional, keyword, args, kwargs):
    # CPython's argument binding for a function `(self, *positional, *, *keyword)` whose
    # parameters are (name, has_default) pairs: the values by name, or its TypeError.
    values = {}
    for (name, _), value in zip(positional, args):
        values[name] = value
    names = [name for name, _ in positional] + [name for name, _ in keyword]
    for name, value in kwargs.items():
        if name not in names:
            raise TypeError(f"{qualname}() got an unexpected keyword argument '{name}'")
        if name in values:
            raise TypeError(f"{qualname}() got multiple values for argument '{name}'")
        values[name] = value
    if len(args) > len(positional):
        required = len([1 for _, has_default in positional if not has_default])
        given = len(args) + 1
        if required == len(positional):
            takes = _plural(len(positional) + 1, "positional argument")
        else:
            takes = f"from {required + 1} to {len(positional) + 1} positional arguments"
        were = "was" if given == 1 else "were"
        raise TypeError(f"{qualname}() takes {takes} but {given} {were} given")
    missing = [name for name, has_default in positional if not has_default and name not in values]
    if missing:
        raise TypeError(f"{qualname}() missing {_plural(len(missing), 'required positional argument')}"
                        f": {_quoted(missing)}")
    missing = [name for name, has_default in keyword if not has_default and name not in values]
    if missing:
        raise TypeError(f"{qualname}() missing {_plural(len(missing), 'required keyword-only argument')}"
                        f": {_quoted(missing)}")
    return values


def _named(cls, name, function):
    function.__name__ = name
    function.__qualname__ = f"{cls.__qualname__}.{name}"
    return function


def _make_init(cls, all_fields, frozen, has_post_init):
    params = [f for f in all_fields if f._field_type != _FIELD_CLASSVAR and f.init]
    positional = [(f.name, f.default is not MISSING or f.default_factory is not MISSING)
                  for f in params if not f.kw_only]
    keyword = [(f.name, f.default is not MISSING or f.default_factory is not MISSING)
               for f in params if f.kw_only]
    qualname = f"{cls.__qualname__}.__init__"
    stored = [f for f in all_fields if f._field_type == _FIELD]
    initvars = [f.name for f in all_fields if f._field_type == _FIELD_INITVAR]

    def __init__(self, *args, **kwargs):
        values = _bind(qualname, positional, keyword, args, kwargs)
        for f in stored:
            if f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            extra = []
            for name in initvars:
                if name in values:
                    extra.append(values[name])
                else:
                    extra.append(getattr(type(self), name))
            self.__post_init__(*extra)

    return _named(cls, "__init__", __init__)


def _make_repr(cls, all_fields):
    shown = [f.name for f in all_fields if f._field_type == _FIELD and f.repr]
    busy = []

    def __repr__(self):
        key = id(self)
        if key in busy:
            return "..."
        busy.append(key)
        try:
            parts = [f"{name}={getattr(self, name)!r}" for name in shown]
        finally:
            busy.remove(key)
        return f"{self.__class__.__qualname__}({', '.join(parts)})"

    return _named(cls, "__repr__", __repr__)


def _compared(all_fields):
    return [f.name for f in all_fields if f._field_type == _FIELD and f.compare]


def _make_eq(cls, all_fields):
    names = _compared(all_fields)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return tuple([getattr(self, n) for n in names]) == tuple([getattr(other, n) for n in names])
        return NotImplemented

    return _named(cls, "__eq__", __eq__)


def _make_order(cls, all_fields, name):
    names = _compared(all_fields)

    def key(obj):
        return tuple([getattr(obj, n) for n in names])

    if name == "__lt__":
        def compare(self, other):
            if other.__class__ is self.__class__:
                return key(self) < key(other)
            return NotImplemented
    elif name == "__le__":
        def compare(self, other):
            if other.__class__ is self.__class__:
                return key(self) <= key(other)
            return NotImplemented
    elif name == "__gt__":
        def compare(self, other):
            if other.__class__ is self.__class__:
                return key(self) > key(other)
            return NotImplemented
    else:
        def compare(self, other):
            if other.__class__ is self.__class__:
                return key(self) >= key(other)
            return NotImplemented
    return _named(cls, name, compare)


def _make_hash(cls, all_fields):
    names = []
    for f in all_fields:
        if f._field_type != _FIELD:
            continue
        if (f.compare if f.hash is None else f.hash):
            names.append(f.name)

    def __hash__(self):
        return hash(tuple([getattr(self, n) for n in names]))

    return _named(cls, "__hash__", __hash__)


def _make_frozen(cls, all_fields):
    names = [f.name for f in all_fields]

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return _named(cls, "__setattr__", __setattr__), _named(cls, "__delattr__", __delattr__)


def _set_new(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get("__dataclass_fields__")
        if base_fields is not None:
            has_dataclass_bases = True
            for inherited in base_fields.values():
                fields[inherited.name] = inherited
            if base.__dict__["__dataclass_params__"].frozen:
                any_frozen_base = True

    own = cls.__dict__.get("__annotations__", {})
    own_fields = []
    marker_seen = False
    for name, annotation in own.items():
        if _is_kw_only(annotation):
            if marker_seen:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            marker_seen = True
            kw_only = True
            continue
        own_fields.append(_own_field(cls, name, annotation, kw_only))
    for f in own_fields:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in own:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))

    all_fields = list(fields.values())
    if init:
        seen_default = False
        for f in all_fields:
            if f._field_type == _FIELD_CLASSVAR or not f.init or f.kw_only:
                continue
            if f.default is MISSING and f.default_factory is MISSING:
                if seen_default:
                    raise TypeError(f"non-default argument {f.name!r} follows default argument")
            else:
                seen_default = True
        has_post_init = hasattr(cls, "__post_init__")
        _set_new(cls, "__init__", _make_init(cls, all_fields, frozen, has_post_init))
    if repr:
        _set_new(cls, "__repr__", _make_repr(cls, all_fields))
    if eq:
        _set_new(cls, "__eq__", _make_eq(cls, all_fields))
    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        for name in ("__lt__", "__le__", "__gt__", "__ge__"):
            if _set_new(cls, name, _make_order(cls, all_fields, name)):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                                "Consider using functools.total_ordering")
    if frozen:
        setter, deleter = _make_frozen(cls, all_fields)
        for name, method in (("__setattr__", setter), ("__delattr__", deleter)):
            if _set_new(cls, name, method):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")

    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = _make_hash(cls, all_fields)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(cls, all_fields)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if match_args:
        _set_new(cls, "__match_args__",
                 tuple([f.name for f in all_fields
                        if f._field_type == _FIELD and f.init and not f.kw_only]))
    if slots:
        cls = _with_slots(cls, all_fields)
    return cls


def _with_slots(cls, all_fields):
    # A class cannot gain __slots__ once made: make it again, the fields as its slots.
    if "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    names = tuple([f.name for f in all_fields if f._field_type == _FIELD])
    ns = dict(cls.__dict__)
    for name in names:
        ns.pop(name, None)
    ns.pop("__dict__", None)
    ns.pop("__weakref__", None)
    ns["__slots__"] = names
    ns["__qualname__"] = cls.__qualname__
    return type(cls)(cls.__name__, cls.__bases__, ns)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        found = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple([f for f in found.values() if f._field_type == _FIELD])


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _as_dict(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _as_dict(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, list):
        return [_as_dict(v, dict_factory) for v in obj]
    if isinstance(obj, tuple):
        return tuple([_as_dict(v, dict_factory) for v in obj])
    if isinstance(obj, dict):
        return {_as_dict(k, dict_factory): _as_dict(v, dict_factory) for k, v in obj.items()}
    return obj


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _as_dict(obj, dict_factory)


def _as_tuple(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_as_tuple(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, list):
        return [_as_tuple(v, tuple_factory) for v in obj]
    if isinstance(obj, tuple):
        return tuple([_as_tuple(v, tuple_factory) for v in obj])
    if isinstance(obj, dict):
        return {_as_tuple(k, tuple_factory): _as_tuple(v, tuple_factory) for k, v in obj.items()}
    return obj


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _as_tuple(obj, tuple_factory)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type == _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, "
                                 "it cannot be specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type == _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
                   slots=False, weakref_slot=False):
    ns = {} if namespace is None else dict(namespace)
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            ns[name] = spec
        annotations[name] = tp
    ns["__annotations__"] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots)
