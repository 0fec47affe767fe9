# collections.abc for coroviz. The classes, their bases and their abstract methods are
# CPython 3.11's (they show in MROs and in "Can't instantiate abstract class" errors), and
# each mixin method makes the same calls into the subclass's own methods in the same order,
# so that a class defining the few abstract methods behaves as under CPython. What ABCMeta
# would decide for isinstance/issubclass is answered by the VM (runtime/stdlib/inspect.rs):
# inheritance, the builtin types CPython registers, and the structural checks.

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized",
           "Container", "Callable", "Collection", "Set", "MutableSet", "Mapping",
           "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence"]


# abc.abstractmethod, and ABCMeta.register: `subclass` becomes a virtual subclass.
from abc import abstractmethod as _abstract, _register


def _root(cls):
    # What ABCMeta gives each class at the top of a hierarchy: the marker that makes the VM
    # enforce abstract methods, and register().
    cls._abc_impl = True
    cls.register = classmethod(_register)
    return cls


# ----- helpers the mixins share --------------------------------------------------------

def _same(stored, wanted):
    # Container membership: identity first (so a NaN finds itself), then equality, with
    # the stored element's __eq__ asked first.
    return stored is wanted or stored == wanted


def _lookup(mapping, key):
    # (found, value) through the subclass's __getitem__; only KeyError means "absent".
    try:
        return True, mapping[key]
    except KeyError:
        return False, None


def _drain(remove_one, empty_error):
    # clear() through the subclass's own removal method, so it sees each element leave;
    # the method's "nothing left" error ends the loop.
    try:
        while True:
            remove_one()
    except empty_error:
        pass


def _raise_thrown(typ, val, tb):
    # The default throw()/athrow(): raise what was thrown, as an instance carrying `tb`.
    if val is None and tb is None:
        raise typ
    exc = typ() if val is None else val
    raise exc if tb is None else exc.with_traceback(tb)


def _generator_protocol(owner, kind):
    # Generator and Coroutine share send/throw/close: abstract send and throw, and a close()
    # built on throw(). One set of functions per class, named as if written in it.
    @_abstract
    def send(self, value):
        raise StopIteration

    @_abstract
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    def close(self):
        # GeneratorExit thrown in must come back out, or the generator must finish.
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError(kind + " ignored GeneratorExit")

    for method in (send, throw, close):
        method.__qualname__ = owner + '.' + method.__name__
    return send, throw, close


# ----- one-method roots and the iteration protocols ------------------------------------

@_root
class Hashable:
    @_abstract
    def __hash__(self):
        return 0


@_root
class Awaitable:
    @_abstract
    def __await__(self):
        yield


class Coroutine(Awaitable):
    send, throw, close = _generator_protocol('Coroutine', "coroutine")


@_root
class AsyncIterable:
    @_abstract
    def __aiter__(self):
        return AsyncIterator()


class AsyncIterator(AsyncIterable):
    def __aiter__(self):
        return self

    @_abstract
    async def __anext__(self):
        raise StopAsyncIteration


class AsyncGenerator(AsyncIterator):
    async def __anext__(self):
        return await self.asend(None)

    @_abstract
    async def asend(self, value):
        raise StopAsyncIteration

    @_abstract
    async def athrow(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    async def aclose(self):
        # The async twin of _close_by_throwing: the throw has to be awaited here.
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")


@_root
class Iterable:
    @_abstract
    def __iter__(self):
        # An iterator over nothing: the body is a generator that never yields.
        yield from ()


class Iterator(Iterable):
    def __iter__(self):
        return self

    @_abstract
    def __next__(self):
        raise StopIteration


class Reversible(Iterable):
    @_abstract
    def __reversed__(self):
        yield from ()


class Generator(Iterator):
    def __next__(self):
        return self.send(None)

    send, throw, close = _generator_protocol('Generator', "generator")


@_root
class Sized:
    @_abstract
    def __len__(self):
        return 0


@_root
class Container:
    @_abstract
    def __contains__(self, item):
        return False


class Collection(Sized, Iterable, Container):
    pass


@_root
class Callable:
    @_abstract
    def __call__(self, *args, **kwds):
        return False


# ----- sets ----------------------------------------------------------------------------
# A set's comparisons and operators from __contains__, __iter__ and __len__. New sets are
# made by _from_iterable (the class itself unless a subclass, or a view, says otherwise),
# always from a lazy generator, so the constructor pulls elements one at a time.

def _set_operand(self, other):
    # The other side of -, ^ and their reflections: a Set as is, any other iterable made
    # into one of ours, anything else NotImplemented.
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return self._from_iterable(other)
    return NotImplemented


def _all_in(items, container):
    return all(item in container for item in items)


def _compare_sets(self, other, sizes_allow, then):
    # Every comparison: only against another Set; sizes first, as they are cheap and often
    # decide alone (len(self) is asked before len(other)); then the element test.
    if not isinstance(other, Set):
        return NotImplemented
    return sizes_allow(len(self), len(other)) and then(self, other)


class Set(Collection):
    def __le__(self, other):
        return _compare_sets(self, other, lambda mine, theirs: mine <= theirs, _all_in)

    def __ge__(self, other):
        return _compare_sets(self, other, lambda mine, theirs: mine >= theirs,
                             lambda us, them: _all_in(them, us))

    # The strict and equality tests finish with our (possibly overridden) __le__/__ge__.
    def __lt__(self, other):
        return _compare_sets(self, other, lambda mine, theirs: mine < theirs,
                             lambda us, them: us.__le__(them))

    def __gt__(self, other):
        return _compare_sets(self, other, lambda mine, theirs: mine > theirs,
                             lambda us, them: us.__ge__(them))

    def __eq__(self, other):
        return _compare_sets(self, other, lambda mine, theirs: mine == theirs,
                             lambda us, them: us.__le__(them))

    # Mutable subclasses exist, so no hash by default.
    __hash__ = None

    @classmethod
    def _from_iterable(cls, items):
        return cls(items)

    def __and__(self, other):
        # Any iterable will do for & and |; the result is always one of ours.
        if isinstance(other, Iterable):
            return self._from_iterable(item for item in other if item in self)
        return NotImplemented

    # Intersection and union are symmetric: the reflected operator is the same function.
    __rand__ = __and__

    def isdisjoint(self, other):
        return not any(item in self for item in other)

    def __or__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(item for side in (self, other) for item in side)
        return NotImplemented

    __ror__ = __or__

    def __sub__(self, other):
        other = _set_operand(self, other)
        if other is NotImplemented:
            return other
        return self._from_iterable(item for item in self if item not in other)

    def __rsub__(self, other):
        other = _set_operand(self, other)
        if other is NotImplemented:
            return other
        return self._from_iterable(item for item in other if item not in self)

    def __xor__(self, other):
        other = _set_operand(self, other)
        if other is NotImplemented:
            return other
        # Through our own - and |, which a subclass may have specialised.
        ours_only = self - other
        theirs_only = other - self
        return ours_only | theirs_only

    __rxor__ = __xor__


class MutableSet(Set):
    @_abstract
    def add(self, value):
        raise NotImplementedError

    @_abstract
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        # discard(), except that a missing value is an error.
        if value in self:
            self.discard(value)
        else:
            raise KeyError(value)

    def pop(self):
        # An arbitrary element: whichever our iterator offers first.
        elements = iter(self)
        try:
            item = next(elements)
        except StopIteration:
            raise KeyError from None
        self.discard(item)
        return item

    def clear(self):
        _drain(self.pop, KeyError)

    def __ior__(self, it):
        for item in it:
            self.add(item)
        return self

    def __iand__(self, it):
        # Through our own __sub__, then removal one element at a time.
        for item in self - it:
            self.discard(item)
        return self

    def __ixor__(self, it):
        # With ourselves, the symmetric difference is nothing.
        if it is self:
            self.clear()
            return self
        # Not _set_operand: an iterable that is no Iterable (only __getitem__) still works.
        others = it if isinstance(it, Set) else self._from_iterable(it)
        for item in others:
            (self.discard if item in self else self.add)(item)
        return self

    def __isub__(self, it):
        # Discarding while iterating over ourselves would skip elements.
        if it is self:
            self.clear()
            return self
        for item in it:
            self.discard(item)
        return self


# ----- mappings ------------------------------------------------------------------------
# Everything from __getitem__, __iter__ and __len__ (and, when mutable, from __setitem__
# and __delitem__): a subclass's overrides see every access.

class Mapping(Collection):
    @_abstract
    def __getitem__(self, key):
        raise KeyError

    def __contains__(self, key):
        return _lookup(self, key)[0]

    def get(self, key, default=None):
        found, value = _lookup(self, key)
        return value if found else default

    def __eq__(self, other):
        # Equal as plain dicts: the same keys with equal values, order aside.
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    # Mutable subclasses exist, and a mapping's order need not be reversible.
    __hash__ = None
    __reversed__ = None


class MappingView(Sized):
    # A live view: every question goes to the mapping as it is at that moment.
    def __repr__(self):
        return f"{type(self).__name__}({self._mapping!r})"

    def __len__(self):
        return len(self._mapping)

    def __init__(self, mapping):
        self._mapping = mapping


class KeysView(MappingView, Set):
    # Set operations on views give plain sets.
    @classmethod
    def _from_iterable(cls, items):
        return set(items)

    def __iter__(self):
        yield from self._mapping

    def __contains__(self, key):
        return key in self._mapping


class ItemsView(MappingView, Set):
    @classmethod
    def _from_iterable(cls, items):
        return set(items)

    def __contains__(self, item):
        key, wanted = item
        found, value = _lookup(self._mapping, key)
        return found and _same(value, wanted)

    def __iter__(self):
        source = self._mapping
        for key in source:
            yield (key, source[key])


class ValuesView(MappingView, Collection):
    def __contains__(self, value):
        # Straight from the mapping, not through our own (overridable) __iter__.
        source = self._mapping
        return any(_same(source[key], value) for key in source)

    def __iter__(self):
        source = self._mapping
        for key in source:
            yield source[key]


# pop()'s default when none is given: a value no caller can pass.
_NO_DEFAULT = object()


class MutableMapping(Mapping):
    @_abstract
    def __setitem__(self, key, value):
        raise KeyError

    @_abstract
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_NO_DEFAULT):
        try:
            value = self[key]
        except KeyError:
            if default is _NO_DEFAULT:
                # The subclass's own KeyError, not a new one.
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        # Whichever key our iterator gives first, removed with its value.
        key = next(iter(self), _NO_DEFAULT)
        if key is _NO_DEFAULT:
            raise KeyError from None
        pair = key, self[key]
        del self[key]
        return pair

    def clear(self):
        _drain(self.popitem, KeyError)

    def update(self, other=(), /, **kwds):
        # A Mapping is iterated for its keys; anything else with keys() is asked for them
        # (dict's rule); otherwise `other` yields (key, value) pairs.
        if isinstance(other, Mapping):
            keys = other
        elif hasattr(other, 'keys'):
            keys = other.keys()
        else:
            keys = None
        pairs = other if keys is None else ((key, other[key]) for key in keys)
        for key, value in pairs:
            self[key] = value
        for key in kwds:
            self[key] = kwds[key]

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            # Stored while the KeyError is being handled: an error from __setitem__ has
            # it as its context.
            self[key] = default
        return default


# ----- sequences -----------------------------------------------------------------------
# Iteration, `in`, reversed(), index() and count() from __getitem__ and __len__.

def _from_end(bound, seq):
    # index()'s bounds: a negative one counts from the end, as in slicing; len() is only
    # asked for then.
    if bound is None or not bound < 0:
        return bound
    return bound + len(seq)


class Sequence(Reversible, Collection):
    @_abstract
    def __getitem__(self, index):
        raise IndexError

    def __contains__(self, value):
        return any(_same(item, value) for item in self)

    def __iter__(self):
        # The old sequence protocol: indexes 0, 1, ... until IndexError (not len()).
        position = 0
        try:
            while True:
                yield self[position]
                position += 1
        except IndexError:
            return

    def __reversed__(self):
        for position in range(len(self) - 1, -1, -1):
            yield self[position]

    def index(self, value, start=0, stop=None):
        # The scan ends at stop or at the first IndexError, whichever comes first.
        position = _from_end(start, self)
        if position is not None and position < 0:
            position = 0
        stop = _from_end(stop, self)
        while stop is None or position < stop:
            try:
                item = self[position]
            except IndexError:
                break
            if _same(item, value):
                return position
            position += 1
        raise ValueError

    def count(self, value):
        return sum(1 for item in self if _same(item, value))


class MutableSequence(Sequence):
    @_abstract
    def __setitem__(self, index, value):
        raise IndexError

    @_abstract
    def __delitem__(self, index):
        raise IndexError

    @_abstract
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        _drain(self.pop, IndexError)

    def reverse(self):
        # Swap pairs from both ends inward.
        size = len(self)
        for low in range(size // 2):
            high = size - 1 - low
            self[low], self[high] = self[high], self[low]

    def extend(self, values):
        # Extending by ourselves must not see its own appends.
        items = list(values) if values is self else values
        for item in items:
            self.append(item)

    def pop(self, index=-1):
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        # += is extend(), then the same object back.
        self.extend(values)
        return self
