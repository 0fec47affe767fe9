# asyncio's queues, written for coroviz: Queue (FIFO), PriorityQueue and LifoQueue, with
# CPython 3.11's scheduling: one waiter future per blocked put() or get(), woken one at a time
# in arrival order, and the same errors and reprs. The `_coroviz` calls report the queue's
# contents and waiters to the dashboard; the program cannot see them.
#
# Attribute names (`_queue`, `_getters`, `_putters`, `_unfinished_tasks`, `_finished`,
# `_maxsize`) are CPython's: subclasses and programs use them, and
# runtime/asyncio/prims.rs reads them.

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')

from _collections import deque
import heapq
from _coroviz import waiter as _waiter
from _coroviz import prim as _prim
from _coroviz import quiet as _quiet
from _coroviz import changed as _changed
from asyncio.locks import Event, _LoopBoundMixin


class QueueEmpty(Exception):
    """get_nowait() found nothing to take."""


class QueueFull(Exception):
    """put_nowait() found no room."""


class Queue(_LoopBoundMixin):
    """A FIFO queue for tasks. With maxsize > 0, put() waits while the queue holds maxsize
    items; otherwise the queue never fills."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = deque()  # futures of get() calls waiting for an item
        self._putters = deque()  # futures of put() calls waiting for room
        self._unfinished_tasks = 0
        self._finished = _quiet(Event)  # set whenever every item put has been task_done()
        self._finished.set()
        self._init(maxsize)
        _prim(self, self._finished)

    # Storage. Subclasses replace these three (PriorityQueue and LifoQueue do); everything
    # else reaches the items through them and through qsize()/empty().

    def _init(self, maxsize):
        self._queue = deque()

    def _put(self, item):
        self._queue.append(item)  # in at the back

    def _get(self):
        return self._queue.popleft()  # out at the front

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._summary()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._summary()}>'

    def _summary(self):
        parts = [f'maxsize={self._maxsize!r}']
        # A subclass's _init may not make `_queue` at all.
        if getattr(self, '_queue', None):
            parts.append(f'_queue={list(self._queue)!r}')
        if self._getters:
            parts.append(f'_getters[{len(self._getters)}]')
        if self._putters:
            parts.append(f'_putters[{len(self._putters)}]')
        if self._unfinished_tasks:
            parts.append(f'tasks={self._unfinished_tasks}')
        return ' '.join(parts)

    @property
    def maxsize(self):
        """The most items the queue holds (0 or less: no limit)."""
        return self._maxsize

    def qsize(self):
        """How many items are in the queue."""
        return len(self._queue)

    def empty(self):
        """Whether the queue holds no items."""
        return not self._queue

    def full(self):
        """Whether put() would wait: maxsize items are in (never, without a maxsize)."""
        unbounded = self._maxsize <= 0
        return not unbounded and self.qsize() >= self._maxsize

    def _wake_one(self, line):
        # Waking takes a waiter out of its line at once; those already done (cancelled) are
        # dropped on the way.
        while line:
            fut = line.popleft()
            if not fut.done():
                fut.set_result(None)
                return

    def _turn_lost(self, line, fut, blocked):
        # A waiter of `line` was cancelled (or closed): while waiting, or after being woken
        # but before it ran. In the second case the turn goes to the next in line.
        fut.cancel()
        try:
            line.remove(fut)
        except ValueError:
            pass  # the wake-up already took it out of the line
        _changed(self)
        if not blocked() and not fut.cancelled():
            self._wake_one(line)
            _changed(self)

    async def put(self, item):
        """Puts an item in, first waiting for room if the queue is full."""
        while self.full():
            putter = _waiter(self._get_loop(), self, 'put')
            self._putters.append(putter)
            _changed(self)
            try:
                await putter
            except BaseException:
                self._turn_lost(self._putters, putter, self.full)
                raise
        # There is room now: the rest is put_nowait's.
        return self.put_nowait(item)

    def put_nowait(self, item):
        """Puts an item in now; QueueFull if there is no room."""
        if self.full():
            raise QueueFull
        # The item goes in, one more task is unfinished, and join() must wait again.
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wake_one(self._getters)
        _changed(self)

    async def get(self):
        """Takes the next item, first waiting for one if the queue is empty."""
        while self.empty():
            getter = _waiter(self._get_loop(), self, 'get')
            self._getters.append(getter)
            _changed(self)
            try:
                await getter
            except BaseException:
                self._turn_lost(self._getters, getter, self.empty)
                raise
        # An item is there now: the rest is get_nowait's.
        return self.get_nowait()

    def get_nowait(self):
        """Takes the next item now; QueueEmpty if there is none."""
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wake_one(self._putters)
        _changed(self)
        return item

    def task_done(self):
        """Marks one item taken from the queue as processed; join() returns once all are."""
        if self._unfinished_tasks < 1:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if not self._unfinished_tasks:
            self._finished.set()
        _changed(self)

    async def join(self):
        """Waits until every item put has been marked with task_done()."""
        if self._unfinished_tasks > 0:
            # Set again by the task_done() that finishes the last item.
            await self._finished.wait()


class PriorityQueue(Queue):
    """A Queue that hands out its smallest item first, kept as a heapq heap."""

    def _init(self, maxsize):
        self._queue = []  # a heap: the smallest item at index 0

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """A Queue that hands out the item put in last first."""

    def _init(self, maxsize):
        self._queue = []  # a stack: the newest item last

    def _put(self, item):
        self._queue.append(item)  # on top

    def _get(self):
        return self._queue.pop()  # off the top

