# defaultdict, Counter, OrderedDict and namedtuple for coroviz's `collections`: the types
# CPython 3.11 defines as subclasses of dict and tuple (Lib/collections/__init__.py and
# Modules/_collectionsmodule.c), with the same results, reprs and error messages. Each is
# a real subclass here too: what it does not define, its builtin base does.

from collections.abc import Mapping

__all__ = ['defaultdict', 'Counter', 'OrderedDict', 'namedtuple']


class defaultdict(dict):
    __module__ = 'collections'

    # A dict whose missing keys are made by calling default_factory (None: KeyError).

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        return f'{type(self).__name__}({self.default_factory!r}, {dict.__repr__(self)})'

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        # Merges keep our factory, whichever side we are on.
        if isinstance(other, dict):
            result = self.copy()
            result.update(other)
            return result
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, dict):
            result = type(self)(self.default_factory, other)
            result.update(self)
            return result
        return NotImplemented

    def __ior__(self, other):
        # In place, as dict's |= is: the factory stays.
        self.update(other)
        return self


def _count(pair):
    return pair[1]


def _combine(left, right, pick, right_only):
    # A new Counter: each element of left with pick(its count, right's count), then (if
    # right_only is given) each element only right has, with right_only(its count) or
    # nothing when that is None. Only positive counts are kept.
    result = Counter()
    for elem, count in left.items():
        n = pick(count, right[elem])
        if n > 0:
            result[elem] = n
    if right_only is not None:
        for elem, count in right.items():
            if elem not in left:
                n = right_only(count)
                if n is not None:
                    result[elem] = n
    return result


def _every_count(left, right, test):
    # Whether test(left's count, right's count) holds for every element either counter
    # has (a missing one counts zero), asked for left's elements first.
    for side in (left, right):
        for elem in side:
            if not test(left[elem], right[elem]):
                return False
    return True


def _if_positive(count):
    return count if count > 0 else None


def _negated_if_negative(count):
    return 0 - count if count < 0 else None


class Counter(dict):
    __module__ = 'collections'

    # A multiset: element -> count; missing elements count zero.

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # A stable sort: equal counts keep the order elements were first seen.
        ranked = sorted(self.items(), key=_count, reverse=True)
        if n is None:
            return ranked
        return ranked[:max(n, 0)]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    def update(self, iterable=None, /, **kwds):
        # Counts are added to, never replaced: one per element of an iterable, or the
        # counts of a mapping (copied as they are when we have none yet).
        if iterable is not None:
            if not isinstance(iterable, Mapping):
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
            elif self:
                for elem, count in iterable.items():
                    self[elem] = count + self.get(elem, 0)
            else:
                dict.update(self, iterable)
        if kwds:
            # Keywords are one more mapping of counts.
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        # update()'s opposite, except that counts may go to zero or below.
        if iterable is not None:
            if not isinstance(iterable, Mapping):
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
            else:
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
        if kwds:
            self.subtract(kwds)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def copy(self):
        return self.__class__(self)

    def __delitem__(self, elem):
        # Deleting an element that is not there is no error: its count is zero already.
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return f'{name}()'
        # Most common first, when the counts can be ordered at all.
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return f'{name}({shown!r})'

    # Comparisons treat missing elements as zero counts; other types are not compared.
    def __eq__(self, other):
        if isinstance(other, Counter):
            return _every_count(self, other, lambda mine, theirs: mine == theirs)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, Counter):
            return not self == other
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, Counter):
            return _every_count(self, other, lambda mine, theirs: mine <= theirs)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Counter):
            return self <= other and self != other
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, Counter):
            return _every_count(self, other, lambda mine, theirs: mine >= theirs)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, Counter):
            return self >= other and self != other
        return NotImplemented

    # Multiset arithmetic makes a plain Counter and keeps only positive counts.
    def __add__(self, other):
        if isinstance(other, Counter):
            return _combine(self, other, lambda mine, theirs: mine + theirs, _if_positive)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, Counter):
            return _combine(self, other, lambda mine, theirs: mine - theirs,
                            _negated_if_negative)
        return NotImplemented

    def __or__(self, other):
        if isinstance(other, Counter):
            return _combine(self, other,
                            lambda mine, theirs: theirs if mine < theirs else mine,
                            _if_positive)
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, Counter):
            return _combine(self, other,
                            lambda mine, theirs: mine if mine < theirs else theirs, None)
        return NotImplemented

    def __pos__(self):
        # The positive counts alone; the negated negative ones.
        return Counter({elem: count for elem, count in self.items() if count > 0})

    def __neg__(self):
        return Counter({elem: 0 - count for elem, count in self.items() if count < 0})

    def _keep_positive(self):
        # What the in-place operations leave: every count that is not positive goes.
        for elem in [key for key, amount in self.items() if not amount > 0]:
            del self[elem]
        return self

    # The in-place operations change this counter, then drop what is not positive.
    def __iadd__(self, other):
        for key, amount in other.items():
            self[key] += amount
        return self._keep_positive()

    def __isub__(self, other):
        for key, amount in other.items():
            self[key] -= amount
        return self._keep_positive()

    def __ior__(self, other):
        for key, theirs in other.items():
            if theirs > self[key]:
                self[key] = theirs
        return self._keep_positive()

    def __iand__(self, other):
        for key, mine in self.items():
            theirs = other[key]
            if theirs < mine:
                self[key] = theirs
        return self._keep_positive()


class OrderedDict(dict):
    __module__ = 'collections'

    # A dict whose order matters: moves, pops from either end, order-sensitive ==.

    def __init__(self, other=(), /, **kwds):
        dict.update(self, other, **kwds)

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            dict.update(self, rest)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        keys = list(dict.keys(self))
        key = keys[-1] if last else keys[0]
        return key, dict.pop(self, key)

    def __reversed__(self):
        yield from reversed(list(dict.keys(self)))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __repr__(self):
        # The pairs as a list, in order; nothing at all when empty.
        name = self.__class__.__name__
        return f'{name}({list(self.items())!r})' if self else f'{name}()'

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    def __or__(self, other):
        # A new ordered dict of our class: our keys first, then the other's new ones.
        if isinstance(other, dict):
            made = self.__class__(self)
            made.update(other)
            return made
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, dict):
            made = self.__class__(other)
            made.update(self)
            return made
        return NotImplemented

    def __ior__(self, other):
        # In place through update(): new keys go to the end.
        self.update(other)
        return self


_KEYWORDS = (
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from',
    'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass',
    'raise', 'return', 'try', 'while', 'with', 'yield',
)


class _tuplegetter:
    # A namedtuple's field: item `index` of the tuple, read-only.

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj[self._index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f'_tuplegetter({self._index}, {self.__doc__!r})'


def _quoted_names(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _binder(qualname, fields, defaults):
    # The arguments of `Name(...)` bound to the fields as a generated
    # `def __new__(_cls, f1, f2=d2, ...)` would bind them, with the same TypeErrors.
    count = len(fields)
    required = count - len(defaults)

    def bind(args, kwargs):
        values = list(args[:count])
        for key in kwargs:
            if key not in fields:
                raise TypeError(f"{qualname}() got an unexpected keyword argument '{key}'")
            if fields.index(key) < len(args):
                raise TypeError(f"{qualname}() got multiple values for argument '{key}'")
        if len(args) > count:
            if required == count:
                takes = f'{count + 1} positional argument' + ('' if count == 0 else 's')
            else:
                takes = f'from {required + 1} to {count + 1} positional arguments'
            given = len(args) + 1
            was = 'was' if given == 1 else 'were'
            raise TypeError(f'{qualname}() takes {takes} but {given} {was} given')
        missing = []
        for i in range(len(args), count):
            name = fields[i]
            if name in kwargs:
                values.append(kwargs[name])
            elif i >= required:
                values.append(defaults[i - required])
            else:
                missing.append(name)
        if missing:
            s = '' if len(missing) == 1 else 's'
            raise TypeError(f'{qualname}() missing {len(missing)} required positional '
                            f'argument{s}: {_quoted_names(missing)}')
        return values

    return bind


def _check_name(name):
    # What the type's name and every field's must be, checked in this order.
    if type(name) is not str:
        raise TypeError('Type names and field names must be strings')
    if not name.isidentifier():
        raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
    if name in _KEYWORDS:
        raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')


def _check_fields(field_names, rename):
    # Field names must be distinct, and (unless renaming made them) may not look private.
    earlier = set()
    for name in field_names:
        if not rename and name.startswith('_'):
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in earlier:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        earlier.add(name)


def _trailing_defaults(field_names, defaults):
    # Defaults belong to the last fields: (the defaults as a tuple, {field: default}).
    if defaults is None:
        return (), {}
    defaults = tuple(defaults)
    first = len(field_names) - len(defaults)
    if first < 0:
        raise TypeError('Got more default values than field names')
    return defaults, dict(zip(field_names[first:], defaults))


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        _check_name(name)
    _check_fields(field_names, rename)
    defaults, field_defaults = _trailing_defaults(field_names, defaults)
    fields = tuple(field_names)
    count = len(fields)
    bind = _binder(f'{typename}.__new__', fields, defaults)

    def __new__(_cls, *args, **kwargs):
        return tuple.__new__(_cls, bind(args, kwargs))

    __new__.__qualname__ = f'{typename}.__new__'

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != count:
            raise TypeError(f'Expected {count} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        # Every keyword must name a field; each one named takes the field's place.
        replaced = self._make([kwds.pop(name) if name in kwds else self[i]
                               for i, name in enumerate(fields)])
        if not kwds:
            return replaced
        raise ValueError(f'Got unexpected field names: {list(kwds)!r}')

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in zip(fields, self))
        return f'{self.__class__.__name__}({shown})'

    def _asdict(self):
        return dict(zip(fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': f'{typename}({", ".join(fields)})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
    }
    # The functions above, under their own names, in the order CPython's class has them.
    for key, value in (('__new__', __new__), ('_make', _make), ('_replace', _replace),
                       ('__repr__', __repr__), ('_asdict', _asdict),
                       ('__getnewargs__', __getnewargs__)):
        namespace[key] = value
    namespace['__match_args__'] = fields
    namespace['__module__'] = '__main__' if module is None else module
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, f'Alias for field number {index}')
    return type(typename, (tuple,), namespace)
