# collections.deque, written for coroviz to behave as CPython 3.11's C deque: the same
# results, reprs and error messages, and the same rule for which operations invalidate
# running iterators. Items live in a list, `_items[_head:]`; runtime/asyncio/prims.rs reads
# those two attributes to show a Queue's contents.


class deque:
    """A sequence with fast appends and pops at both ends, optionally bounded by maxlen."""

    __module__ = 'collections'

    # popleft() moves `_head` on instead of shifting the list; the dead prefix is cut off
    # once it is more than half the list. Both ends are thus amortised O(1), like CPython's
    # linked blocks.

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        # CPython's deque->state: bumped by the operations that invalidate iterators
        # (calling __init__ again is one of them).
        self._state = getattr(self, '_state', -1) + 1
        self._items = []
        self._head = 0
        self._maxlen = maxlen
        self.extend(iterable)

    def _live(self):
        """The items as one list, the dead prefix dropped first."""
        if self._head:
            del self._items[:self._head]
            self._head = 0
        return self._items

    def _full(self):
        return self._maxlen is not None and len(self._items) - self._head >= self._maxlen

    @property
    def maxlen(self):
        """The bound on the length, or None."""
        return self._maxlen

    def __repr__(self):
        # A deque inside itself shows as [...], as CPython's Py_ReprEnter has it.
        me = id(self)
        if me in _repr_running:
            return '[...]'
        _repr_running.add(me)
        try:
            shown = repr(list(self._live()))
        finally:
            _repr_running.discard(me)
        name = type(self).__name__
        if self._maxlen is None:
            return f'{name}({shown})'
        return f'{name}({shown}, maxlen={self._maxlen})'

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        return _deque_iterator(self)

    def __reversed__(self):
        return _deque_reverse_iterator(self)

    __hash__ = None

    def _position(self, i):
        # Index into `_items` for the deque index i, with CPython's errors.
        if not isinstance(i, int):
            raise TypeError(
                f"sequence index must be integer, not '{type(i).__name__}'")
        n = len(self._items) - self._head
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return self._head + i

    def __getitem__(self, i):
        return self._items[self._position(i)]

    def __setitem__(self, i, x):
        # Replacing an item leaves iterators running.
        self._items[self._position(i)] = x

    def __delitem__(self, i):
        del self._items[self._position(i)]
        self._state += 1

    def append(self, x):
        """Adds x at the right end (dropping the leftmost item when full)."""
        self._state += 1
        if self._full():
            if self._maxlen == 0:
                return
            self.popleft()
        self._items.append(x)

    def appendleft(self, x):
        """Adds x at the left end (dropping the rightmost item when full)."""
        self._state += 1
        if self._full():
            if self._maxlen == 0:
                return
            self._items.pop()
        if self._head:
            self._head -= 1
            self._items[self._head] = x
        else:
            self._items.insert(0, x)

    def pop(self):
        """Removes and returns the rightmost item."""
        if len(self._items) == self._head:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = self._items.pop()
        if len(self._items) == self._head:
            self._items.clear()
            self._head = 0
        return x

    def popleft(self):
        """Removes and returns the leftmost item."""
        items = self._items
        head = self._head
        if len(items) == head:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = items[head]
        items[head] = None  # let the item go now, not when the prefix is cut
        head += 1
        if head == len(items):
            items.clear()
            head = 0
        elif head > 16 and head * 2 > len(items):
            del items[:head]
            head = 0
        self._head = head
        return x

    def extend(self, iterable):
        """Appends the items of iterable at the right end, in order."""
        if iterable is self:
            iterable = list(self._live())
        if self._maxlen == 0:
            # CPython only drains the iterable: nothing is stored, iterators keep running.
            for _ in iterable:
                pass
            return
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Appends the items of iterable at the left end, one by one (so reversed)."""
        if iterable is self:
            iterable = list(self._live())
        if self._maxlen == 0:
            for _ in iterable:
                pass
            return
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Removes every item."""
        if len(self._items) == self._head:
            return
        self._state += 1
        self._items = []
        self._head = 0

    def copy(self):
        """A shallow copy, of the same class and maxlen."""
        # CPython makes a subclass's copy by calling the class on the deque.
        source = self._live() if type(self) is deque else self
        if self._maxlen is None:
            return type(self)(source)
        return type(self)(source, self._maxlen)

    def _compare_all(self, found):
        # After a list scan whose comparisons ran Python code: CPython stops at the first
        # change to the deque, we notice it at the end; the error is the same.
        if self._state != found:
            raise RuntimeError("deque mutated during iteration")

    def __contains__(self, x):
        state = self._state
        hit = x in self._live()
        self._compare_all(state)
        return hit

    def count(self, x):
        """How many items equal x."""
        state = self._state
        n = self._live().count(x)
        self._compare_all(state)
        return n

    def index(self, x, start=0, stop=None):
        """The position of the first item equal to x within [start, stop)."""
        size = len(self)
        start = _clamp(start, size)
        stop = size if stop is None else _clamp(stop, size)
        items = self._items
        state = self._state
        for i in range(start, stop):
            item = items[self._head + i]
            same = item is x or item == x
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            if same:
                return i
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i, x):
        """Inserts x before position i (as list.insert does)."""
        if self._full():
            raise IndexError("deque already at its maximum size")
        self._state += 1
        self._live().insert(i, x)

    def remove(self, value):
        """Removes the first item equal to value."""
        items = self._live()
        state = self._state
        for i in range(len(items)):
            item = items[i]
            same = item is value or item == value
            if self._state != state:
                # IndexError here, where index() and count() raise RuntimeError: CPython's.
                raise IndexError("deque mutated during iteration")
            if same:
                del items[i]
                self._state += 1
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        """Reverses the items in place (iterators keep running, as in CPython)."""
        self._live().reverse()

    def rotate(self, n=1):
        """Moves the last n items to the front (n < 0: the first -n to the back)."""
        if not isinstance(n, int):
            raise TypeError(
                f"'{type(n).__name__}' object cannot be interpreted as an integer")
        items = self._live()
        size = len(items)
        if size <= 1:
            return
        # Any rotation of two or more items counts as a change, even a full turn.
        self._state += 1
        n %= size
        if n:
            items[:] = items[-n:] + items[:-n]

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() == other._live()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() != other._live()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() < other._live()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() <= other._live()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() > other._live()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() >= other._live()

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(
                f'can only concatenate deque (not "{type(other).__name__}") to deque')
        joined = self.copy()
        joined.extend(other)
        return joined

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        repeated = self.copy()
        repeated.__imul__(n)
        return repeated

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._live()
        size = len(items)
        if isinstance(n, int) and self._maxlen is not None and size and n * size > self._maxlen:
            # Only the last maxlen items survive: no need to build more copies than that.
            n = (self._maxlen + size - 1) // size
        repeated = items * n
        if n != 1 and size:
            self.clear()
            self.extend(repeated)
        return self


def _clamp(i, size):
    # A slice bound as deque.index() takes it: negative counts from the end, then clamped.
    if not isinstance(i, int):
        raise TypeError("slice indices must be integers or have an __index__ method")
    if i < 0:
        i += size
        if i < 0:
            return 0
    return i if i < size else size


# Ids of the deques whose repr is being built.
_repr_running = set()


class _deque_iterator:
    __module__ = '_collections'

    _backwards = False

    def __init__(self, d):
        self._deque = d
        self._state = d._state
        self._done = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        # Checked before the end, so a changed deque raises even once exhausted.
        if d._state != self._state:
            raise RuntimeError("deque mutated during iteration")
        n = len(d._items) - d._head
        done = self._done
        if done >= n:
            raise StopIteration
        self._done = done + 1
        if self._backwards:
            return d._items[d._head + n - 1 - done]
        return d._items[d._head + done]


class _deque_reverse_iterator(_deque_iterator):
    _backwards = True
