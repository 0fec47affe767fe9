# heapq, written for coroviz. CPython runs the heap functions from its C module `_heapq`
# and only merge/nsmallest/nlargest from Lib/heapq.py; this file follows both exactly, so
# that results, the order of equal items and the comparisons made (which a class with
# __lt__ can observe) are CPython's:
#
# - an item moves by swapping with its parent or child, as in C (the list is always a
#   permutation of its items, even while __lt__ runs), and a list whose size changes during
#   a comparison raises RuntimeError, as in C;
# - popping walks the hole left at the root down to a leaf, always taking the smaller child,
#   and then lets the moved item rise back: fewer comparisons than stopping early;
# - only `<` is ever used, and always with the same operands on the same side.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _require_list(heap, func, which):
    # Argument Clinic's message for a non-list (subclasses of list are fine).
    if not isinstance(heap, list):
        shown = 'None' if heap is None else type(heap).__name__
        raise TypeError(f"{func}() argument{which} must be list, not {shown}")


def _resized():
    return RuntimeError("list changed size during iteration")


# Min-heap moves. `_rise` moves heap[pos] towards index `floor` while it is smaller than
# its parent; `_sink` sends the item at `pos` down the path of smaller children to a leaf
# and then lets it rise back into place.

def _rise(heap, floor, pos):
    size = len(heap)
    while pos > floor:
        up = (pos - 1) >> 1
        stays = not heap[pos] < heap[up]
        if len(heap) != size:
            raise _resized()
        if stays:
            return
        heap[pos], heap[up] = heap[up], heap[pos]
        pos = up


def _sink(heap, pos):
    size = len(heap)
    start = pos
    first_leaf = size >> 1
    while pos < first_leaf:
        child = 2 * pos + 1
        if child + 1 < size:
            # Ties go to the right child.
            if not heap[child] < heap[child + 1]:
                child += 1
            if len(heap) != size:
                raise _resized()
        heap[pos], heap[child] = heap[child], heap[pos]
        pos = child
    _rise(heap, start, pos)


# Max-heap moves, for nsmallest() and merge(reverse=True): the same walks with the
# operands of every `<` exchanged.

def _rise_max(heap, floor, pos):
    size = len(heap)
    while pos > floor:
        up = (pos - 1) >> 1
        stays = not heap[up] < heap[pos]
        if len(heap) != size:
            raise _resized()
        if stays:
            return
        heap[pos], heap[up] = heap[up], heap[pos]
        pos = up


def _sink_max(heap, pos):
    size = len(heap)
    start = pos
    first_leaf = size >> 1
    while pos < first_leaf:
        child = 2 * pos + 1
        if child + 1 < size:
            if not heap[child + 1] < heap[child]:
                child += 1
            if len(heap) != size:
                raise _resized()
        heap[pos], heap[child] = heap[child], heap[pos]
        pos = child
    _rise_max(heap, start, pos)


def _take_root(heap, sink):
    # The last item fills the root's place, then sinks.
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    root = heap[0]
    heap[0] = last
    sink(heap, 0)
    return root


def _swap_root(heap, item, sink):
    if not heap:
        raise IndexError("index out of range")
    root = heap[0]
    heap[0] = item
    sink(heap, 0)
    return root


def _build(heap, sink):
    # Every parent, last to first, sinks once its children's subtrees are heaps. Above 2500
    # items CPython visits the same parents in a cache-friendlier order (each pair of
    # siblings, then at once their parent); the heap and the comparisons are the same,
    # only their order differs, and we keep that order too.
    size = len(heap)
    if size <= 2500:
        for pos in range(size // 2 - 1, -1, -1):
            sink(heap, pos)
        return
    first_leaf = size >> 1
    row = 1
    while row * 2 <= first_leaf + 1:
        row *= 2
    row_start = row - 1  # leftmost node on first_leaf's row of the tree
    for pos in range(row_start - 1, (first_leaf >> 1) - 1, -1):
        _sink_with_parents(heap, pos, sink)
    for pos in range(first_leaf - 1, row_start - 1, -1):
        _sink_with_parents(heap, pos, sink)


def _sink_with_parents(heap, pos, sink):
    # A left child (odd index) completes its parent's subtrees: go on up from there.
    while True:
        sink(heap, pos)
        if not pos & 1:
            return
        pos >>= 1


def heappush(heap, item):
    """Adds item to the heap."""
    _require_list(heap, "heappush", " 1")
    heap.append(item)
    _rise(heap, 0, len(heap) - 1)


def heappop(heap):
    """Removes and returns the smallest item; IndexError if the heap is empty."""
    _require_list(heap, "heappop", "")
    return _take_root(heap, _sink)


def heapreplace(heap, item):
    """Returns the smallest item and puts item in its place (the heap must not be empty)."""
    _require_list(heap, "heapreplace", " 1")
    return _swap_root(heap, item, _sink)


def heappushpop(heap, item):
    """heappush(item) then heappop(), in one step: item itself if it is the smallest."""
    _require_list(heap, "heappushpop", " 1")
    if not heap or not heap[0] < item:
        return item
    # `<` may have run Python code: _swap_root checks the heap again.
    return _swap_root(heap, item, _sink)


def heapify(x):
    """Rearranges the list x into a heap, in place, in linear time."""
    _require_list(x, "heapify", "")
    _build(x, _sink)


def _heappop_max(heap):
    """heappop() for a max-heap."""
    _require_list(heap, "_heappop_max", "")
    return _take_root(heap, _sink_max)


def _heapreplace_max(heap, item):
    """heapreplace() for a max-heap."""
    _require_list(heap, "_heapreplace_max", " 1")
    return _swap_root(heap, item, _sink_max)


def _heapify_max(x):
    """heapify() for a max-heap."""
    _require_list(x, "_heapify_max", "")
    _build(x, _sink_max)


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted stream, lazily; equal items come out in the
    order of their inputs. `key` and `reverse` mean what they mean to sorted()."""
    # One entry per input that is not exhausted: [sort key, rank, item, iterator]. Entries
    # compare as lists, so by sort key, then by rank (the input's position, negated when
    # reversed, so that ties still favour earlier inputs); the rest is never reached.
    if reverse:
        build, take, swap, step = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        build, take, swap, step = heapify, heappop, heapreplace, 1
    entries = []
    for position, iterable in enumerate(iterables):
        it = iter(iterable)
        # An input that is empty, or whose key raises StopIteration, is left out.
        try:
            item = next(it)
            entries.append([item if key is None else key(item), position * step, item, it])
        except StopIteration:
            pass
    build(entries)
    while len(entries) > 1:
        entry = entries[0]
        # StopIteration from anywhere here (the input, the key, even a comparison) retires
        # the front entry, as in CPython.
        try:
            yield entry[2]
            item = next(entry[3])
            entry[0] = item if key is None else key(item)
            entry[2] = item
            swap(entries, entry)
        except StopIteration:
            take(entries)
    if entries:
        # A single input left: the rest of it comes straight through.
        last = entries[0]
        yield last[2]
        yield from last[3]


def nsmallest(n, iterable, key=None):
    """The n smallest items, as sorted(iterable, key=key)[:n] would give them."""
    return _extremes(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items, as sorted(iterable, key=key, reverse=True)[:n] would give them."""
    return _extremes(n, iterable, key, True)


def _extremes(n, iterable, key, largest):
    # Shortcuts CPython takes: min()/max() for one item, sorted() when n covers everything.
    if n == 1:
        sentinel = object()
        pick = max if largest else min
        best = pick(iter(iterable), default=sentinel, key=key)
        return [] if best is sentinel else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        size = None  # an iterator: its length is unknown
    if size is not None and n >= size:
        return sorted(iterable, key=key, reverse=largest)[:n]

    # Keep the n best seen so far in a heap whose root is the worst of them: a max-heap for
    # the smallest, a min-heap for the largest. Entries are (sort key, rank, item); ranks
    # count up for nsmallest and down for nlargest so that, of equal keys, earlier items
    # win, and the item itself is never compared.
    it = iter(iterable)
    if largest:
        ranks = range(0, -n, -1)
    else:
        ranks = range(n)
    if key is None:
        kept = [(item, rank, item) for rank, item in zip(ranks, it)]
    else:
        kept = [(key(item), rank, item) for rank, item in zip(ranks, it)]
    if not kept:
        return kept
    if largest:
        heapify(kept)
        swap, rank, step = heapreplace, -n, -1
    else:
        _heapify_max(kept)
        swap, rank, step = _heapreplace_max, n, 1
    worst = kept[0][0]
    for item in it:
        k = item if key is None else key(item)
        if (worst < k) if largest else (k < worst):
            swap(kept, (k, rank, item))
            worst = kept[0][0]
            rank += step
    kept.sort(reverse=largest)
    return [entry[2] for entry in kept]
