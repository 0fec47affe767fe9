# queue, written for coroviz: Queue, LifoQueue, PriorityQueue and SimpleQueue as CPython
# 3.11 has them, over this library's threading (one mutex and three conditions per queue,
# so threads wait and wake in CPython's order). Waits name what they wait on for the
# deadlock report: `Queue.get`, `Queue.put`, `Queue.join`.

import threading as _threading
from _collections import deque as _deque
from heapq import heappush as _heappush, heappop as _heappop
from _coroviz_threads import now as _time

__all__ = ['Queue', 'LifoQueue', 'PriorityQueue', 'SimpleQueue', 'Empty', 'Full']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    __module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


class Queue:
    # One mutex guards the store; three conditions share it: readers wait on
    # not_empty, writers on not_full, join() on all_tasks_done.

    def __init__(self, maxsize=0):
        # maxsize <= 0 means unbounded.
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = _threading.Lock()
        name = type(self).__name__
        self.not_empty = self._named_condition(name + ".get")
        self.not_full = self._named_condition(name + ".put")
        self.all_tasks_done = self._named_condition(name + ".join")
        self.unfinished_tasks = 0

    def _named_condition(self, what):
        cond = _threading.Condition(self.mutex)
        cond._what = what
        return cond

    def _ready(self, for_get):
        # for_get: is there an item to take? otherwise: is there room to add one?
        if for_get:
            return self._qsize() > 0
        return self._qsize() < self.maxsize

    def _block_until_ready(self, cond, for_get, block, timeout):
        # Called with the mutex held. True once the queue is ready; False when a
        # non-blocking call or a timed wait finds it still not ready.
        if not block:
            return self._ready(for_get)
        if timeout is None:
            while not self._ready(for_get):
                cond.wait()
            return True
        if timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        deadline = _time() + timeout
        while not self._ready(for_get):
            left = deadline - _time()
            if left <= 0.0:
                return False
            cond.wait(left)
        return True

    def task_done(self):
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            if left == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        done = self.all_tasks_done
        with done:
            while self.unfinished_tasks:
                done.wait()

    def qsize(self):
        with self.mutex:
            n = self._qsize()
        return n

    def empty(self):
        with self.mutex:
            return self._qsize() == 0

    def full(self):
        with self.mutex:
            n = self._qsize()
        return 0 < self.maxsize <= n

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            bounded = self.maxsize > 0
            if bounded and not self._block_until_ready(self.not_full, False, block, timeout):
                raise Full
            self._put(item)
            # Counted for join() once stored (a failing _put leaves no task).
            self.unfinished_tasks += 1
            self.not_empty.notify()

    # Take the next item, waiting (at most timeout seconds) while there is none.
    def get(self, block=True, timeout=None):
        with self.not_empty:
            if not self._block_until_ready(self.not_empty, True, block, timeout):
                raise Empty
            item = self._get()
            # One slot freed: one waiting writer may go.
            self.not_full.notify()
            return item

    # The non-blocking forms.
    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # The store; subclasses replace these four to change the order.
    def _init(self, maxsize):
        self.queue = _deque()

    def _get(self):
        return self.queue.popleft()

    def _put(self, item):
        self.queue.append(item)

    def _qsize(self):
        return len(self.queue)


class PriorityQueue(Queue):
    # Smallest item first: a heap in a list.

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    # Newest item first: a list used as a stack.

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()

    def _put(self, item):
        self.queue.append(item)


class SimpleQueue:
    # CPython's is the C _queue.SimpleQueue: unbounded, no task tracking.
    __module__ = '_queue'

    def __init__(self):
        self._queue = _deque()
        self._count = _threading.Semaphore(0)
        self._count._cond._what = "SimpleQueue.get"

    def put(self, item, block=True, timeout=None):
        # Never full, so never blocks: block and timeout are accepted and unused.
        self._queue.append(item)
        self._count.release()

    # The semaphore counts stored items; a taker waits on it.
    def get(self, block=True, timeout=None):
        bad_timeout = timeout is not None and timeout < 0
        if bad_timeout:
            raise ValueError("'timeout' must be a non-negative number")
        got = self._count.acquire(block, timeout)
        if not got:
            raise Empty
        return self._queue.popleft()

    # The non-blocking forms.
    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)
