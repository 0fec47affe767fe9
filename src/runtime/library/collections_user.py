# ChainMap, UserDict, UserList and UserString for coroviz's `collections`. Results, reprs
# and errors are CPython 3.11's; so are the calls into overridable methods (a UserDict
# subclass's __setitem__ sees every way of adding a key, since __init__ and update() go
# through it). The wrappers keep the real object in `self.data` and share small helpers
# for the two recurring chores: taking the plain value out of an operand, and building a
# result of the caller's own class.

from collections.abc import Mapping, MutableMapping, MutableSequence, Sequence

__all__ = ['ChainMap', 'UserDict', 'UserList', 'UserString']


def _rebuild(wrapper, value):
    # Results of slicing, arithmetic and string methods come back as the subclass the
    # program made, through its own constructor.
    return wrapper.__class__(value)


def _unwrap(other, kind):
    # The plain value behind a User* operand, for comparisons and arithmetic.
    return other.data if isinstance(other, kind) else other


# ----- ChainMap ------------------------------------------------------------------------

def _missing_in_front(key):
    # Writes and deletes only ever touch the front mapping; say so when the key is not there.
    return KeyError(f'Key not found in the first mapping: {key!r}')


class ChainMap(MutableMapping):
    __module__ = 'collections'

    # A view over several mappings, searched front to back. Lookups see them all; every
    # change goes to maps[0], so a child scope can shadow its parents without touching them.

    def __init__(self, *maps):
        # There is always a front mapping to write to.
        self.maps = list(maps) if maps else [{}]

    def __getitem__(self, key):
        for layer in self.maps:
            # Subscripting rather than `in`, so a defaultdict layer supplies its default.
            try:
                return layer[key]
            except KeyError:
                continue
        # A subclass may define __missing__ to supply a value.
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __contains__(self, key):
        for layer in self.maps:
            if key in layer:
                return True
        return False

    def __len__(self):
        distinct = set()
        distinct.update(*self.maps)
        return len(distinct)

    def __iter__(self):
        # Keys come in the order a merge from the back layer to the front would give.
        order = {}
        for layer in self.maps[::-1]:
            order.update(dict.fromkeys(layer))
        return iter(order)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        shown = ", ".join(repr(layer) for layer in self.maps)
        return f'{type(self).__name__}({shown})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        # Shallow: a new front mapping, the parents shared.
        front = self.maps[0]
        return type(self)(front.copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            child = kwargs
        else:
            child = m
            if kwargs:
                child.update(kwargs)
        return type(self)(child, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __delitem__(self, key):
        front = self.maps[0]
        try:
            del front[key]
        except KeyError:
            raise _missing_in_front(key)

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def pop(self, key, *args):
        front = self.maps[0]
        try:
            return front.pop(key, *args)
        except KeyError:
            raise _missing_in_front(key)

    def popitem(self):
        front = self.maps[0]
        try:
            return front.popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def clear(self):
        self.maps[0].clear()

    def __or__(self, other):
        if isinstance(other, Mapping):
            merged = self.copy()
            merged.maps[0].update(other)
            return merged
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, Mapping):
            # The left operand loses to every layer; the result is a one-layer chain.
            flat = dict(other)
            for layer in self.maps[::-1]:
                flat.update(layer)
            return type(self)(flat)
        return NotImplemented

    def __ior__(self, other):
        # |= merges into the front mapping only.
        self.maps[0].update(other)
        return self


# ----- UserDict ------------------------------------------------------------------------

class UserDict(MutableMapping):
    __module__ = 'collections'

    # A mapping kept in a real dict, `self.data`, for subclasses to build on.

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        # Both sources go through update(), hence through the subclass's __setitem__.
        for source in (dict, kwargs or None):
            if source is not None:
                self.update(source)

    def __getitem__(self, key):
        store = self.data
        if key in store:
            return store[key]
        # Like dict: a __missing__ on the class (not the instance) supplies absent keys.
        cls = type(self)
        if hasattr(cls, "__missing__"):
            return cls.__missing__(self, key)
        raise KeyError(key)

    def get(self, key, default=None):
        # Through our own `in` and subscript, so overrides of either are honoured.
        return self[key] if key in self else default

    def __contains__(self, key):
        return key in self.data

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)

    def __delitem__(self, key):
        del self.data[key]

    def __setitem__(self, key, item):
        self.data[key] = item

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            return type(self)(self.data | _unwrap(other, UserDict))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (UserDict, dict)):
            return type(self)(_unwrap(other, UserDict) | self.data)
        return NotImplemented

    def __ior__(self, other):
        # In place on the dict: any mapping or iterable of pairs the dict accepts.
        self.data |= _unwrap(other, UserDict)
        return self

    def copy(self):
        twin = type(self)()
        twin.data = self.data.copy()
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    def __repr__(self):
        return repr(self.data)


# ----- UserList ------------------------------------------------------------------------

def _as_list(wrapper, other):
    # The right-hand list for +, += and reflected +: a UserList's data, a list as it is,
    # anything else listed out first.
    if isinstance(other, UserList):
        return other.data
    if isinstance(other, type(wrapper.data)):
        return other
    return list(other)


class UserList(MutableSequence):
    __module__ = 'collections'

    # A list kept in a real list, `self.data`; slices and arithmetic give the subclass.

    def __init__(self, initlist=None):
        self.data = []
        if initlist is None:
            return
        if type(initlist) is list or isinstance(initlist, UserList):
            # Copied into our fresh list, never shared with the caller's.
            self.data[:] = _unwrap(initlist, UserList)
        else:
            self.data = list(initlist)

    def __getitem__(self, i):
        found = self.data[i]
        # A slice is a new list of ours; a single index is the element itself.
        return _rebuild(self, found) if isinstance(i, slice) else found

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        return item in self.data

    def __delitem__(self, i):
        del self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __eq__(self, other):
        return self.data == _unwrap(other, UserList)

    def __lt__(self, other):
        return self.data < _unwrap(other, UserList)

    def __le__(self, other):
        return self.data <= _unwrap(other, UserList)

    def __gt__(self, other):
        return self.data > _unwrap(other, UserList)

    def __ge__(self, other):
        return self.data >= _unwrap(other, UserList)

    def __iadd__(self, other):
        self.data += _as_list(self, other)
        return self

    def __imul__(self, n):
        # Repeated in place: the same list object, n times as long.
        self.data *= n
        return self

    def __add__(self, other):
        return _rebuild(self, self.data + _as_list(self, other))

    def __radd__(self, other):
        return _rebuild(self, _as_list(self, other) + self.data)

    def __mul__(self, n):
        return _rebuild(self, self.data * n)

    __rmul__ = __mul__

    def append(self, item):
        self.data.append(item)

    def extend(self, other):
        self.data.extend(_unwrap(other, UserList))

    def insert(self, i, item):
        self.data.insert(i, item)

    def remove(self, item):
        self.data.remove(item)

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def reverse(self):
        self.data.reverse()

    def clear(self):
        self.data.clear()

    def index(self, item, *args):
        return self.data.index(item, *args)

    def count(self, item):
        return self.data.count(item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def copy(self):
        return _rebuild(self, self)

    def __repr__(self):
        return repr(self.data)


# ----- UserString ----------------------------------------------------------------------

class UserString(Sequence):
    __module__ = 'collections'

    # A string kept in `self.data`. Methods whose str result is text give the subclass
    # back; those answering a question (bool, int, list) give the plain answer.

    def __init__(self, seq):
        if isinstance(seq, str):
            text = seq
        elif isinstance(seq, UserString):
            # A copy of the other wrapper's text, not a share of the wrapper.
            text = seq.data[:]
        else:
            text = str(seq)
        self.data = text

    def __repr__(self):
        return repr(self.data)

    def __str__(self):
        return str(self.data)

    def __float__(self):
        return float(self.data)

    def __int__(self):
        return int(self.data)

    def __hash__(self):
        return hash(self.data)

    def __eq__(self, string):
        return self.data == _unwrap(string, UserString)

    def __lt__(self, string):
        return self.data < _unwrap(string, UserString)

    def __le__(self, string):
        return self.data <= _unwrap(string, UserString)

    def __gt__(self, string):
        return self.data > _unwrap(string, UserString)

    def __ge__(self, string):
        return self.data >= _unwrap(string, UserString)

    def __len__(self):
        return len(self.data)

    def __contains__(self, char):
        return _unwrap(char, UserString) in self.data

    def __getitem__(self, index):
        return _rebuild(self, self.data[index])

    def __add__(self, other):
        if isinstance(other, (UserString, str)):
            tail = _unwrap(other, UserString)
        else:
            tail = str(other)
        return _rebuild(self, self.data + tail)

    def __radd__(self, other):
        head = other if isinstance(other, str) else str(other)
        return _rebuild(self, head + self.data)

    def __mul__(self, n):
        return _rebuild(self, self.data * n)

    __rmul__ = __mul__

    def capitalize(self):
        return _rebuild(self, self.data.capitalize())

    def casefold(self):
        return _rebuild(self, self.data.casefold())

    def center(self, width, *args):
        return _rebuild(self, self.data.center(width, *args))

    def count(self, sub, start=0, end=None):
        text = self.data
        stop = len(text) if end is None else end
        return text.count(_unwrap(sub, UserString), start, stop)

    def endswith(self, suffix, *args):
        return self.data.endswith(suffix, *args)

    def find(self, sub, *args):
        return self.data.find(_unwrap(sub, UserString), *args)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def index(self, sub, *args):
        return self.data.index(_unwrap(sub, UserString), *args)

    def join(self, seq):
        return self.data.join(seq)

    def isalpha(self):
        return self.data.isalpha()

    def isdigit(self):
        return self.data.isdigit()

    def islower(self):
        return self.data.islower()

    def isspace(self):
        return self.data.isspace()

    def isupper(self):
        return self.data.isupper()

    def ljust(self, width, *args):
        return _rebuild(self, self.data.ljust(width, *args))

    def lower(self):
        return _rebuild(self, self.data.lower())

    def lstrip(self, chars=None):
        return _rebuild(self, self.data.lstrip(chars))

    def replace(self, old, new, maxsplit=-1):
        swapped = self.data.replace(_unwrap(old, UserString), _unwrap(new, UserString),
                                    maxsplit)
        return _rebuild(self, swapped)

    def rjust(self, width, *args):
        return _rebuild(self, self.data.rjust(width, *args))

    def rstrip(self, chars=None):
        return _rebuild(self, self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, *args):
        return self.data.startswith(prefix, *args)

    def strip(self, chars=None):
        return _rebuild(self, self.data.strip(chars))

    def swapcase(self):
        return _rebuild(self, self.data.swapcase())

    def title(self):
        return _rebuild(self, self.data.title())

    def upper(self):
        return _rebuild(self, self.data.upper())

    def zfill(self, width):
        return _rebuild(self, self.data.zfill(width))
