# collections.deque, written for coroviz after CPython 3.11.7's Modules/_collectionsmodule.c
# (Python Software Foundation License): the same behaviour and error messages, on a list.


class deque:
    __module__ = 'collections'

    # The items are `_items[_head:]`: popleft() moves `_head` on instead of shifting the
    # list, and the dead prefix is dropped once it is half the list, so both ends are
    # amortised O(1) like CPython's block list.

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if type(maxlen) is not int and type(maxlen) is not bool:
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._items = []
        self._head = 0
        self._maxlen = maxlen
        # Bumped by every mutation; iterators compare it (CPython's deque->state).
        self._state = 0
        self.extend(iterable)

    def _compact(self):
        if self._head:
            del self._items[:self._head]
            self._head = 0
        return self._items

    @property
    def maxlen(self):
        return self._maxlen

    def __repr__(self):
        if self._maxlen is None:
            return f'deque({self._compact()!r})'
        return f'deque({self._compact()!r}, maxlen={self._maxlen})'

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        return _deque_iterator(self, False)

    def __reversed__(self):
        return _deque_iterator(self, True)

    def __contains__(self, x):
        return x in self._compact()

    def __hash__(self):
        raise TypeError("unhashable type: 'collections.deque'")

    def _index(self, i):
        if type(i) is not int and type(i) is not bool:
            raise TypeError(
                f"sequence index must be integer, not '{type(i).__name__}'")
        n = len(self._items) - self._head
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return self._head + i

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, x):
        self._items[self._index(i)] = x

    def __delitem__(self, i):
        del self._items[self._index(i)]
        self._state += 1

    def append(self, x):
        self._state += 1
        if self._maxlen is not None and len(self._items) - self._head >= self._maxlen:
            if self._maxlen == 0:
                return
            self.popleft()
        self._items.append(x)

    def appendleft(self, x):
        self._state += 1
        if self._maxlen is not None and len(self._items) - self._head >= self._maxlen:
            if self._maxlen == 0:
                return
            self._items.pop()
        if self._head:
            self._head -= 1
            self._items[self._head] = x
        else:
            self._items.insert(0, x)

    def pop(self):
        if len(self._items) == self._head:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = self._items.pop()
        if len(self._items) == self._head:
            self._items.clear()
            self._head = 0
        return x

    def popleft(self):
        items = self._items
        head = self._head
        if len(items) == head:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = items[head]
        items[head] = None
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
        if iterable is self:
            iterable = list(self._compact())
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(self._compact())
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._state += 1
        self._items = []
        self._head = 0

    def copy(self):
        return deque(self._compact(), self._maxlen)

    def count(self, x):
        return self._compact().count(x)

    def index(self, x, start=0, stop=None):
        items = self._compact()
        n = len(items)
        if stop is None:
            stop = n
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop += n
        for i in range(start, min(stop, n)):
            if items[i] == x:
                return i
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._state += 1
        self._compact().insert(i, x)

    def remove(self, value):
        items = self._compact()
        for i in range(len(items)):
            if items[i] == value:
                del items[i]
                self._state += 1
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        self._state += 1
        self._compact().reverse()

    def rotate(self, n=1):
        if type(n) is not int and type(n) is not bool:
            raise TypeError(
                f"'{type(n).__name__}' object cannot be interpreted as an integer")
        items = self._compact()
        size = len(items)
        if size <= 1:
            return
        n %= size
        if n:
            self._state += 1
            items[:] = items[-n:] + items[:-n]

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._compact() == other._compact()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._compact() != other._compact()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._compact() < other._compact()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._compact() <= other._compact()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._compact() > other._compact()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._compact() >= other._compact()

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(
                f'can only concatenate deque (not "{type(other).__name__}") to deque')
        return deque(self._compact() + other._compact(), self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return deque(self._compact() * n, self._maxlen)

    def __rmul__(self, n):
        return deque(self._compact() * n, self._maxlen)

    def __imul__(self, n):
        items = self._compact() * n
        self.clear()
        self.extend(items)
        return self


class _deque_iterator:
    __module__ = '_collections'

    def __init__(self, d, backwards):
        self._deque = d
        self._state = d._state
        self._backwards = backwards
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            raise RuntimeError("deque mutated during iteration")
        n = len(d._items) - d._head
        if self._i >= n:
            raise StopIteration
        i = n - 1 - self._i if self._backwards else self._i
        self._i += 1
        return d._items[d._head + i]
