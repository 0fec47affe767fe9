# itertools, written for coroviz. CPython's itertools is a C module; each class here is one
# of its iterator types, with the same name, the same moment of consuming its input (what a
# program with printing generators observes), the same reprs for `count` and `repeat`, and
# the same error messages for bad arguments.
#
# Whatever a C iterator keeps as NULL (not started, used up) is `_NOTHING` here.

_NOTHING = object()


def _whole(x):
    # A non-negative index in the sense of PyNumber_AsSsize_t, or None when `x` is not one.
    if isinstance(x, int):
        return int(x)
    return None


class cycle:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._replaying = False

    def __iter__(self):
        return self

    def __next__(self):
        if not self._replaying:
            for item in self._it:
                self._saved.append(item)
                return item
            if not self._saved:
                raise StopIteration
            self._replaying = True
        item = self._saved[self._index]
        self._index += 1
        if self._index == len(self._saved):
            self._index = 0
        return item


class count:
    def __init__(self, start=0, step=1):
        for x in (start, step):
            if not isinstance(x, (int, float)):
                raise TypeError("a number is required")
        if type(start) is bool and type(step) is int and step == 1:
            # CPython counts in machine integers here.
            start = int(start)
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f"count({self._n!r})"
        return f"count({self._n!r}, {step!r})"


_STOP_MESSAGE = ("Stop argument for islice() must be None or an integer: "
                 "0 <= x <= sys.maxsize.")
_INDEX_MESSAGE = ("Indices for islice() must be None or an integer: "
                  "0 <= x <= sys.maxsize.")


class islice:
    def __init__(self, iterable, *args):
        if not 1 <= len(args) <= 3:
            raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}"
                            if args else "islice expected at least 2 arguments, got 1")
        start, stop, step = 0, -1, 1
        if len(args) == 1:
            if args[0] is not None:
                stop = _whole(args[0])
                if stop is None or stop == -1:
                    raise ValueError(_STOP_MESSAGE)
        else:
            if args[0] is not None:
                start = _whole(args[0])
                if start is None:
                    start = -1
            if args[1] is not None:
                stop = _whole(args[1])
                if stop is None or stop == -1:
                    raise ValueError(_STOP_MESSAGE)
        if start < 0 or stop < -1:
            raise ValueError(_INDEX_MESSAGE)
        if len(args) == 3 and args[2] is not None:
            step = _whole(args[2])
            if step is None:
                step = -1
        if step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._count = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._count < self._next:
            item = next(it, _NOTHING)
            if item is _NOTHING:
                self._it = None
                raise StopIteration
            self._count += 1
        if stop != -1 and self._count >= stop:
            self._it = None
            raise StopIteration
        item = next(it, _NOTHING)
        if item is _NOTHING:
            self._it = None
            raise StopIteration
        self._count += 1
        self._next += self._step
        if stop != -1 and self._next > stop:
            self._next = stop
        return item


class chain:
    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        made = cls()
        made._sources = iter(iterable)
        return made

    def __iter__(self):
        return self

    def __next__(self):
        while self._sources is not None:
            if self._active is None:
                source = next(self._sources, _NOTHING)
                if source is _NOTHING:
                    self._sources = None
                    break
                self._active = iter(source)
            item = next(self._active, _NOTHING)
            if item is not _NOTHING:
                return item
            self._active = None
        raise StopIteration


class groupby:
    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._target = _NOTHING
        self._key = _NOTHING
        self._value = _NOTHING
        self._grouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._value = value
        self._key = key

    def __next__(self):
        self._grouper = None
        # Skip whatever is left of the current group.
        while True:
            if self._key is _NOTHING:
                pass
            elif self._target is _NOTHING:
                break
            elif not self._target == self._key:
                break
            self._step()
        self._target = self._key
        self._grouper = _grouper(self, self._target)
        return (self._key, self._grouper)


class _grouper:
    def __init__(self, parent, target):
        self._parent = parent
        self._target = target

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._grouper is not self:
            raise StopIteration
        if parent._value is _NOTHING:
            parent._step()
        if not self._target == parent._key:
            raise StopIteration
        value = parent._value
        parent._value = _NOTHING
        return value


class accumulate:
    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = _NOTHING
        self._initial = _NOTHING if initial is None else initial

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not _NOTHING:
            self._total = self._initial
            self._initial = _NOTHING
            return self._total
        value = next(self._it)
        if self._total is _NOTHING:
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class product:
    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(p) for p in iterables] * repeat
        self._pools = pools
        self._indices = [0] * len(pools)
        self._result = None
        self._done = any(len(p) == 0 for p in pools) and repeat > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        if self._result is None:
            self._result = [p[0] for p in pools]
            return tuple(self._result)
        # Advance the rightmost index that can move, resetting those to its right.
        i = len(pools) - 1
        while i >= 0:
            self._indices[i] += 1
            if self._indices[i] < len(pools[i]):
                self._result[i] = pools[i][self._indices[i]]
                return tuple(self._result)
            self._indices[i] = 0
            self._result[i] = pools[i][0]
            i -= 1
        self._done = True
        raise StopIteration


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError("r must be non-negative")


class permutations:
    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        _check_r(r)
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._started = False
        self._done = r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices, cycles = self._pool, self._r, self._indices, self._cycles
        if not self._started:
            self._started = True
            return tuple(pool[i] for i in indices[:r])
        n = len(pool)
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                moved = indices[i]
                del indices[i]
                indices.append(moved)
                cycles[i] = n - i
            else:
                j = n - cycles[i]
                indices[i], indices[j] = indices[j], indices[i]
                return tuple(pool[k] for k in indices[:r])
        self._done = True
        raise StopIteration


class combinations:
    def __init__(self, iterable, r):
        pool = tuple(iterable)
        _check_r(r)
        self._pool = pool
        self._r = r
        self._indices = list(range(r))
        self._started = False
        self._done = r > len(pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        if not self._started:
            self._started = True
            return tuple(pool[i] for i in indices)
        n = len(pool)
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple(pool[k] for k in indices)


class combinations_with_replacement:
    def __init__(self, iterable, r):
        pool = tuple(iterable)
        _check_r(r)
        self._pool = pool
        self._r = r
        self._indices = [0] * r
        self._started = False
        self._done = not pool and r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        if not self._started:
            self._started = True
            return tuple(pool[i] for i in indices)
        n = len(pool)
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        moved = indices[i] + 1
        for j in range(i, r):
            indices[j] = moved
        return tuple(pool[k] for k in indices)


class zip_longest:
    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(i) for i in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        row = []
        for i in range(len(its)):
            it = its[i]
            if it is None:
                row.append(self._fill)
                continue
            item = next(it, _NOTHING)
            if item is _NOTHING:
                self._active -= 1
                if self._active == 0:
                    raise StopIteration
                its[i] = None
                item = self._fill
            row.append(item)
        return tuple(row)


class _tee_source:
    def __init__(self, it):
        self.it = it


class _tee:
    # Each copy walks a chain of links [value, next link] that the first copy to reach a
    # link's end extends from the shared iterator, so no copy ever sees a value twice.
    def __init__(self, source, link):
        self._source = source
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link[1] is None:
            value = next(self._source.it)
            link[0] = value
            link[1] = [None, None]
        self._link = link[1]
        return link[0]

    def __copy__(self):
        return _tee(self._source, self._link)


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    if type(it) is _tee:
        first = it
    else:
        first = _tee(_tee_source(it), [None, None])
    copies = [first]
    for _ in range(n - 1):
        copies.append(first.__copy__())
    return tuple(copies)


class starmap:
    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        return self._func(*next(self._it))


class pairwise:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._old = _NOTHING

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        if self._old is _NOTHING:
            self._old = next(it, _NOTHING)
            if self._old is _NOTHING:
                self._it = None
                raise StopIteration
        new = next(it, _NOTHING)
        if new is _NOTHING:
            self._it = None
            self._old = _NOTHING
            raise StopIteration
        pair = (self._old, new)
        self._old = new
        return pair


class takewhile:
    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._stopped = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._stopped = True
        raise StopIteration


class dropwhile:
    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if not self._dropping:
                return item
            if not self._pred(item):
                self._dropping = False
                return item


class repeat:
    def __init__(self, object, times=None):
        self._object = object
        if times is None:
            self._left = -1
        else:
            if not isinstance(times, int):
                raise TypeError(
                    f"'{type(times).__name__}' object cannot be interpreted as an integer")
            self._left = max(times, 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._left == 0:
            raise StopIteration
        if self._left > 0:
            self._left -= 1
        return self._object

    def __repr__(self):
        if self._left == -1:
            return f"repeat({self._object!r})"
        return f"repeat({self._object!r}, {self._left})"


class compress:
    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._data)
            if next(self._selectors):
                return item


class filterfalse:
    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            kept = item if self._func is None else self._func(item)
            if not kept:
                return item
