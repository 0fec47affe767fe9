# coroviz's enum: Enum and Flag with CPython 3.11's members, lookups, reprs and errors.
# The enumeration classes are made by the metaclass EnumType, which turns the class body's
# plain values into members. A member of an enumeration mixed with a data type (IntEnum,
# StrEnum, IntFlag, `class Grade(str, Enum)`) is an instance of that type too, made by the
# type's own `__new__`.


class _AutoValue:
    # auto()'s "no value given": shown under the name CPython gives it.
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoValue()


class auto:
    # A placeholder value: the class body replaces it by _generate_next_value_'s choice.
    def __repr__(self):
        return f"auto({self.value!r})"

    def __init__(self, value=_auto_null):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


class member:
    def __init__(self, value):
        self.value = value


class property:
    # A member attribute that cannot be set (`Color.RED.value = 1` fails).
    def __init__(self, fget=None):
        self.fget = fget
        self.name = None
        self.owner = None

    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            raise AttributeError(f"{ownerclass!r} has no attribute {self.name!r}")
        return self.fget(instance)

    def __set__(self, instance, value):
        raise AttributeError(f"<enum {self.owner.__name__!r}> cannot set attribute {self.name!r}")

    def __delete__(self, instance):
        raise AttributeError(f"<enum {self.owner.__name__!r}> cannot delete attribute {self.name!r}")


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    prefix = f"_{cls_name}__"
    return name.startswith(prefix) and not name.endswith("__")


def _is_descriptor(obj):
    kind = type(obj).__name__
    if kind in ("function", "builtin_function_or_method", "classmethod", "staticmethod", "property"):
        return True
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


_DATA_TYPES = (int, str, float, tuple, list, dict, set)


def _data_type(bases):
    # The mixed-in type whose `__new__` makes the members (object when there is none).
    for base in bases:
        for klass in base.__mro__:
            if klass is object or isinstance(klass, EnumType):
                continue
            if klass in _DATA_TYPES or "__new__" in klass.__dict__:
                return klass
    return object


def _high_bit(value):
    bit = -1
    while value:
        value >>= 1
        bit += 1
    return bit


class _EnumDict:
    # The namespace of an enumeration's class body: refuses a member name used twice.
    def __init__(self):
        self._data = {}
        self._member_names = []

    def __setitem__(self, key, value):
        if key in self._member_names:
            raise TypeError(f"{key!r} already defined as {self._data[key]!r}")
        plain = _is_dunder(key) or _is_sunder(key) or isinstance(value, nonmember)
        if not plain and not _is_descriptor(value):
            if key in self._data:
                raise TypeError(f"{key!r} already defined as {self._data[key]!r}")
            self._member_names.append(key)
        self._data[key] = value

    def __getitem__(self, key):
        return self._data[key]

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def get(self, key, default=None):
        return self._data.get(key, default)

    def items(self):
        return self._data.items()


class EnumType(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return _EnumDict()

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        flag_like = any([issubclass(b, Flag) for b in bases if b is not object]) if _flag_ready else False
        own_generate = classdict.get("_generate_next_value_")
        generate = own_generate
        if generate is None:
            for base in bases:
                for klass in base.__mro__:
                    if "_generate_next_value_" in klass.__dict__:
                        generate = klass.__dict__["_generate_next_value_"]
                        break
                if generate is not None:
                    break
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f"<enum {cls!r}> cannot extend {base!r}")
        members = []
        last_values = []
        ns = {}
        for key, value in classdict.items():
            is_member = not (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key))
            if isinstance(value, nonmember):
                ns[key] = value.value
                continue
            if isinstance(value, member):
                value = value.value
                is_member = True
            elif is_member and _is_descriptor(value):
                is_member = False
            if not is_member:
                ns[key] = value
                continue
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = generate(key, 1, len(members), last_values[:])
                value = value.value
            elif isinstance(value, tuple):
                value = tuple([v.value if isinstance(v, auto) else v for v in value])
            members.append((key, value))
            last_values.append(value)
        ns["_member_names_"] = []
        ns["_member_map_"] = {}
        ns["_value2member_map_"] = {}
        member_type = _data_type(bases)
        ns["_member_type_"] = member_type
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        if bases:
            metacls._fix_methods(enum_class, bases, classdict, member_type)
        for name, value in members:
            alias = None
            for existing in enum_class._member_map_.values():
                if existing._value_ == value:
                    alias = existing
                    break
            if alias is not None:
                enum_class._member_map_[name] = alias
                setattr(enum_class, name, alias)
                continue
            args = value if isinstance(value, tuple) else (value,)
            if member_type is object:
                new_member = object.__new__(enum_class)
            else:
                new_member = member_type.__new__(enum_class, *args)
                value = member_type(*args)
            new_member._value_ = value
            new_member._name_ = name
            new_member._sort_order_ = len(enum_class._member_names_)
            args = value if isinstance(value, tuple) else (value,)
            new_member.__init__(*args)
            enum_class._member_names_.append(name)
            enum_class._member_map_[name] = new_member
            try:
                enum_class._value2member_map_[value] = new_member
            except TypeError:
                pass
            setattr(enum_class, name, new_member)
        if flag_like:
            enum_class._flag_mask_ = 0
            for m in enum_class._member_map_.values():
                enum_class._flag_mask_ |= m._value_
        return enum_class

    def _fix_methods(enum_class, bases, classdict, member_type):
        # ReprEnum leaves str() and format() to the data type; otherwise a data type's
        # (or object's) __repr__/__str__/__format__ give way to the enumeration's.
        first_enum = bases[-1]
        own = [name for name in ("__repr__", "__str__", "__format__") if name in classdict]
        if _repr_enum is not None and _repr_enum in bases:
            if "__format__" not in own:
                enum_class.__format__ = member_type.__format__
                own.append("__format__")
            if "__str__" not in own:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                enum_class.__str__ = method
                own.append("__str__")
        for name in ("__repr__", "__str__", "__format__"):
            if name in own:
                continue
            found = getattr(enum_class, name)
            if found is getattr(member_type, name) or found is getattr(object, name):
                setattr(enum_class, name, getattr(first_enum, name))

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls._lookup_value(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start)

    def _lookup_value(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        found = cls._missing_(value)
        if isinstance(found, cls):
            return found
        if found is not None:
            raise TypeError(f"error in {cls.__name__}._missing_: returned {found!r} instead of "
                            f"None or a valid member")
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        ns = {"__module__": "__main__" if module is None else module,
              "__qualname__": class_name if qualname is None else qualname}
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            items = []
            last_values = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                items.append((name, value))
            names = items
        if isinstance(names, dict):
            names = list(names.items())
        for name, value in names:
            ns[name] = value
        return EnumType(class_name, bases, ns)

    def __contains__(cls, value):
        if not isinstance(value, Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(value).__qualname__}' "
                            f"and '{cls.__class__.__qualname__}'")
        return isinstance(value, cls) and value._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __repr__(cls):
        if _flag_ready and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    @property
    def __members__(cls):
        return dict(cls._member_map_)


EnumMeta = EnumType
_flag_ready = False
_repr_enum = None


class Enum(metaclass=EnumType):
    def __init__(self, *args, **kwds):
        pass

    # What auto() stands for by default: one more than the largest value so far.
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            return sorted(last_values)[-1] + 1
        except TypeError:
            raise TypeError(f"unable to increment {last_values[-1]!r}") from None

    def __repr__(self):
        return f"<{self.__class__.__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        return f"{self.__class__.__name__}.{self._name_}"

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    # The hook for values no member has: None means "no such member" (a ValueError).
    @classmethod
    def _missing_(cls, value):
        return None  # no member: the lookup raises ValueError

    @property
    def value(self):
        return self._value_

    @property
    def name(self):
        return self._name_


class ReprEnum(Enum):
    pass


_repr_enum = ReprEnum


class IntEnum(int, ReprEnum):
    pass


class StrEnum(str, ReprEnum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _flag_operand(member, other):
    # A Flag operation's other operand as bits: a member of the same class, or a plain
    # value of the member type (IntFlag's ints). (False, None): not an operand we take.
    if isinstance(other, member.__class__):
        return True, other._value_
    kind = member._member_type_
    if kind is not object and isinstance(other, kind):
        return True, other
    return False, None


class Flag(Enum):
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        return 2 ** (_high_bit(last_value) + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        mask = cls._flag_mask_
        keep = getattr(cls, "_boundary_", None) == "keep"
        if (value < 0 or value & ~mask) and not keep:
            width = max(_high_bit(mask), _high_bit(value)) + 1
            raise ValueError(f"{cls!r} invalid value {value}\n"
                             f"    given {_bits(value, width)}\n"
                             f"  allowed {_bits(mask, width)}")
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_]
        pseudo._name_ = "|".join(names) if names else None
        cls._value2member_map_[value] = pseudo
        return pseudo

    def _members(self):
        return [m for m in self.__class__ if m._value_ and m._value_ & self._value_ == m._value_]

    def __repr__(self):
        name = self._name_
        if name is None:
            return f"<{self.__class__.__name__}: {self._value_!r}>"
        return f"<{self.__class__.__name__}.{name}: {self._value_!r}>"

    def __str__(self):
        if self._name_ is None:
            return f"{self.__class__.__name__}({self._value_!r})"
        return f"{self.__class__.__name__}.{self._name_}"

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(other).__qualname__}' "
                            f"and '{self.__class__.__qualname__}'")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(self._members())

    def __len__(self):
        return len(self._members())

    def __bool__(self):
        return bool(self._value_)  # the empty flag is false

    def __or__(self, other):
        usable, bits = _flag_operand(self, other)
        if not usable:
            return NotImplemented
        return self.__class__(self._value_ | bits)

    __ror__ = __or__

    def __and__(self, other):
        usable, bits = _flag_operand(self, other)
        if not usable:
            return NotImplemented
        return self.__class__(self._value_ & bits)

    __rand__ = __and__

    def __xor__(self, other):
        usable, bits = _flag_operand(self, other)
        if not usable:
            return NotImplemented
        return self.__class__(self._value_ ^ bits)

    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self.__class__._flag_mask_ & ~self._value_)


_flag_ready = True


class IntFlag(int, ReprEnum, Flag):
    _boundary_ = "keep"


def _bits(value, width):
    digits = ""
    for i in range(width - 1, -1, -1):
        digits += "1" if value >> i & 1 else "0"
    return "0b0 " + digits


def unique(enumeration):
    duplicates = [f"{alias} -> {m._name_}" for alias, m in enumeration.__members__.items()
                  if alias != m._name_]
    if duplicates:
        raise ValueError(f"duplicate values found in {enumeration!r}: {', '.join(duplicates)}")
    return enumeration
