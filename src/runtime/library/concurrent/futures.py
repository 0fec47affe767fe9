# concurrent.futures, written for coroviz: Future, the waiters behind wait() and
# as_completed(), Executor and ThreadPoolExecutor over coroviz's threading and queue, with
# CPython 3.11's states, locking order, worker rule and messages, so threads block and wake
# in the order CPython's do. The pools' workers are plain threading.Threads; at the
# program's end a hook registered with threading tells each to finish its queued work.
#
# Where CPython holds the executor weakly (so a forgotten pool's workers stop), this holds
# it strongly: the workers stop at the program's end instead.

import threading as _threading
from _coroviz_threads import waiting as _waiting, working as _working
from _coroviz_threads import future_made as _future_made, future_state as _future_state
import queue as _queue
import time as _time
import os as _os
import itertools as _itertools
import logging as _logging
from collections import namedtuple as _namedtuple

__all__ = ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'CancelledError', 'TimeoutError', 'InvalidStateError', 'BrokenExecutor',
           'Future', 'Executor', 'wait', 'as_completed', 'ThreadPoolExecutor']

# The return_when values of wait(); _AS_COMPLETED is as_completed()'s own.
FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
# (as_completed() only)
_AS_COMPLETED = '_AS_COMPLETED'

_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
_CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
_FINISHED = 'FINISHED'

_DESCRIPTION = {
    _PENDING: 'pending',
    _RUNNING: 'running',
    _CANCELLED: 'cancelled',
    _CANCELLED_AND_NOTIFIED: 'cancelled',
    _FINISHED: 'finished',
}

_DONE_STATES = (_CANCELLED_AND_NOTIFIED, _FINISHED)
_CANCELLED_STATES = (_CANCELLED, _CANCELLED_AND_NOTIFIED)

_LOGGER = _logging.getLogger("concurrent.futures")

TimeoutError = TimeoutError


class Error(Exception):
    __module__ = 'concurrent.futures._base'


_Error = Error
del Error


class CancelledError(_Error):
    __module__ = 'concurrent.futures._base'


class InvalidStateError(_Error):
    __module__ = 'concurrent.futures._base'


class BrokenExecutor(RuntimeError):
    __module__ = 'concurrent.futures._base'


class BrokenThreadPool(BrokenExecutor):
    __module__ = 'concurrent.futures.thread'


_BrokenThreadPool = BrokenThreadPool
del BrokenThreadPool


# -- waiters: what wait() and as_completed() hang on each future they watch ---------------

class _Waiter(object):
    # Collects the watched futures as they finish; the subclasses decide when to
    # set the event that wakes the watcher. A future reports through add_result,
    # add_exception or add_cancelled; all three land in _finished.
    def __init__(self):
        self.event = _threading.Event()
        self.finished_futures = []

    def _finished(self, future, how):
        self.finished_futures.append(future)
        self._react(how)

    def _react(self, how):
        pass

    def add_result(self, future):
        self._finished(future, 'result')

    def add_exception(self, future):
        self._finished(future, 'exception')

    def add_cancelled(self, future):
        self._finished(future, 'cancelled')


class _AsCompletedWaiter(_Waiter):
    # as_completed() drains finished_futures from another thread: guard it.
    def __init__(self):
        super().__init__()
        self.lock = _threading.Lock()

    def _finished(self, future, how):
        with self.lock:
            self.finished_futures.append(future)
            self.event.set()


class _FirstCompletedWaiter(_Waiter):
    # Any finish wakes the watcher.
    def _react(self, how):
        self.event.set()


class _AllCompletedWaiter(_Waiter):
    # Wakes when the count of pending futures reaches zero, or (FIRST_EXCEPTION)
    # at the first future that failed.
    def __init__(self, num_pending_calls, stop_on_exception):
        self.num_pending_calls = num_pending_calls
        self.stop_on_exception = stop_on_exception
        self.lock = _threading.Lock()
        super().__init__()

    def _react(self, how):
        if how == 'exception' and self.stop_on_exception:
            self.event.set()
            return
        with self.lock:
            self.num_pending_calls -= 1
            if self.num_pending_calls == 0:
                self.event.set()


class _AcquireFutures(object):
    # Takes every future's condition, in id order (as CPython, so two callers never
    # deadlock), and lets them go in the same order.
    def __init__(self, futures):
        # id order: one global order for every caller.
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for f in self.futures:
            f._condition.acquire()

    def __exit__(self, *args):
        for f in self.futures:
            f._condition.release()


def _install_waiter(fs, return_when):
    if return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    elif return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_EXCEPTION or return_when == ALL_COMPLETED:
        unfinished = sum(f._state not in _DONE_STATES for f in fs)
        stop_early = return_when == FIRST_EXCEPTION
        waiter = _AllCompletedWaiter(unfinished, stop_on_exception=stop_early)
    else:
        raise ValueError("Invalid return condition: %r" % return_when)
    # The watcher's wait shows as the call it is in.
    waiter.event._cond._what = ('as_completed' if return_when == _AS_COMPLETED
                                else 'concurrent.futures.wait')
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _yield_finished(fs, waiter, ref_collect):
    # Hands out the finished futures from the end of `fs`, unhooking the waiter first.
    while fs:
        last = fs[-1]
        for still_watched in ref_collect:
            still_watched.remove(last)
        with last._condition:
            last._waiters.remove(waiter)
        # Drop our reference before handing the future out.
        del last
        yield fs.pop()


def _unhook(fs, waiter):
    # The waiter stops watching every future in fs.
    for fut in fs:
        with fut._condition:
            fut._waiters.remove(waiter)


def as_completed(fs, timeout=None):
    if timeout is not None:
        end_time = timeout + _time.monotonic()
    fs = set(fs)
    total = len(fs)
    with _AcquireFutures(fs):
        finished = set(f for f in fs if f._state in _DONE_STATES)
        pending = fs - finished
        waiter = _install_waiter(fs, _AS_COMPLETED)
    finished = list(finished)
    try:
        yield from _yield_finished(finished, waiter, ref_collect=(fs,))
        while pending:
            left = None
            if timeout is not None:
                left = end_time - _time.monotonic()
                if left < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            waiter.event.wait(left)
            # Take what finished so far, and re-arm the event, in one step.
            with waiter.lock:
                finished, waiter.finished_futures = waiter.finished_futures, []
                waiter.event.clear()
            # in finishing order: _yield_finished pops from the end
            finished.reverse()
            yield from _yield_finished(finished, waiter, ref_collect=(fs, pending))
    finally:
        _unhook(fs, waiter)


_DoneAndNotDoneFutures = _namedtuple('DoneAndNotDoneFutures', 'done not_done')
_DoneAndNotDoneFutures.__module__ = 'concurrent.futures._base'


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    with _AcquireFutures(fs):
        done = set(f for f in fs if f._state in _DONE_STATES)
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return _DoneAndNotDoneFutures(done, not_done)
        elif return_when == FIRST_EXCEPTION and done:
            if any(f for f in done if not f.cancelled() and f.exception() is not None):
                return _DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return _DoneAndNotDoneFutures(done, not_done)
        waiter = _install_waiter(fs, return_when)
    waiter.event.wait(timeout)
    _unhook(fs, waiter)
    done.update(waiter.finished_futures)
    return _DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        return fut.result(timeout)
    finally:
        fut.cancel()


class Future(object):
    __module__ = 'concurrent.futures._base'

    # A pool's future has a number for the dashboard (its submit gives it one).
    _coroviz_id = None

    def __init__(self):
        self._condition = _threading.Condition()
        self._state = _PENDING
        # the outcome: one of these is set when the future finishes
        self._result = None
        self._exception = None
        # who to tell: wait()/as_completed() waiters, then the done-callbacks
        self._waiters, self._done_callbacks = [], []

    def _invoke_callbacks(self):
        # A failing callback is logged and the rest still run.
        for fn in self._done_callbacks:
            try:
                fn(self)
            except Exception:
                _LOGGER.exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._condition:
            name = self.__class__.__name__
            state = _DESCRIPTION[self._state]
            if self._state == _FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        name, id(self), state, self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    name, id(self), state, self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (name, id(self), state)

    def cancel(self):
        with self._condition:
            if self._state in (_RUNNING, _FINISHED):
                return False
            if self._state in _CANCELLED_STATES:
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
        if self._coroviz_id is not None:
            _future_state(self._coroviz_id, 'cancelled')
        self._invoke_callbacks()
        return True

    # -- state queries --
    def cancelled(self):
        with self._condition:
            return self._state in _CANCELLED_STATES

    def running(self):
        with self._condition:
            return self._state == _RUNNING

    def done(self):
        with self._condition:
            return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED)

    def __get_result(self):
        if self._exception:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
                self._done_callbacks.append(fn)
                return
        # Already done: call it at once, in this thread.
        try:
            fn(self)
        except Exception:
            _LOGGER.exception('exception calling callback for %r', self)

    def result(self, timeout=None):
        with self._condition:
            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            elif self._state == _FINISHED:
                return self.__get_result()
            # what the wait shows as (threads panel, log) and is for (deadlock report)
            self._condition._what = "Future.result"
            _waiting(self)
            self._condition.wait(timeout)
            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            elif self._state == _FINISHED:
                return self.__get_result()
            else:
                raise TimeoutError()

    def exception(self, timeout=None):
        with self._condition:
            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            elif self._state == _FINISHED:
                return self._exception
            # what the wait shows as (threads panel, log) and is for (deadlock report)
            self._condition._what = "Future.exception"
            _waiting(self)
            self._condition.wait(timeout)
            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            elif self._state == _FINISHED:
                return self._exception
            # still not done: the wait timed out
            else:
                raise TimeoutError()

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == _CANCELLED:
                self._state = _CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            elif self._state == _PENDING:
                self._state = _RUNNING
                if self._coroviz_id is not None:
                    _future_state(self._coroviz_id, 'running')
                return True
            else:
                _LOGGER.critical('Future %s in unexpected state: %s', id(self), self._state)
                raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        self._settle(False, result)

    def set_exception(self, exception):
        self._settle(True, exception)

    def _settle(self, failed, value):
        # Shared by set_result and set_exception: store the outcome, tell every
        # waiter and every thread blocked in result()/exception(), then run the
        # done-callbacks outside the lock.
        with self._condition:
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            if failed:
                self._exception = value
            else:
                self._result = value
            self._state = _FINISHED
            for waiter in self._waiters:
                if failed:
                    waiter.add_exception(self)
                else:
                    waiter.add_result(self)
            self._condition.notify_all()
        if self._coroviz_id is not None:
            _future_state(self._coroviz_id, 'failed' if failed else 'done', value)
        self._invoke_callbacks()


class Executor(object):
    __module__ = 'concurrent.futures._base'

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if timeout is not None:
            end_time = timeout + _time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - _time.monotonic())
            finally:
                # Stopped early (or failed): cancel what has not been handed out.
                for fut in fs:
                    fut.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    # `with executor:` shuts it down (waiting) on the way out.
    def __enter__(self):
        # the executor itself is the `as` value
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        # Never swallows the exception.
        self.shutdown(wait=True)
        return False


# -- the thread pool -----------------------------------------------------------------------
#
# A pool is a queue of jobs and up to `max_workers` threads that take jobs off it. A `None`
# on the queue is a wake-up call: a worker that sees one while its pool (or the whole
# program) is shutting down passes it on to the next worker and ends.

_pool_queues = {}        # worker thread -> its pool's job queue, for the program's end
_exiting = False         # set once the program has begun to shut down
_exit_lock = _threading.Lock()


def _stop_pools_at_exit():
    # Runs before the main thread waits for the other threads: every worker is woken so
    # that it finishes the jobs left on its queue and ends; then each one is joined.
    global _exiting
    with _exit_lock:
        _exiting = True
    pairs = list(_pool_queues.items())
    for _, jobs in pairs:
        jobs.put(None)
    for worker, _ in pairs:
        worker.join()


_threading._register_atexit(_stop_pools_at_exit)


class _WorkItem(object):
    """One submitted call and the Future that will hold what it gives."""

    def __init__(self, future, fn, args, kwargs):
        self.future, self.fn = future, fn
        self.args, self.kwargs = args, kwargs

    def run(self):
        # A job cancelled while it waited on the queue is dropped here.
        if self.future.set_running_or_notify_cancel():
            _working(self.future)   # this thread runs the future's work (deadlock report)
            try:
                value = self.fn(*self.args, **self.kwargs)
            except BaseException as failure:
                _working(None)
                self.future.set_exception(failure)
            else:
                _working(None)
                self.future.set_result(value)


def _pool_worker(pool, jobs, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _LOGGER.critical('Exception in initializer:', exc_info=True)
            pool._initializer_failed()
            return
    try:
        while True:
            job = jobs.get(block=True)
            if job is None:
                if _exiting or pool._shutdown:
                    pool._shutdown = True
                    jobs.put(None)          # wake the next worker as well
                    return
                continue
            job.run()
            job = None
            pool._idle_semaphore.release()  # free for the next submit
    except BaseException:
        _LOGGER.critical('Exception in worker', exc_info=True)


def _take_queued(jobs):
    """Empty a job queue without waiting, giving back the jobs that were on it."""
    taken = []
    while True:
        try:
            job = jobs.get_nowait()
        except _queue.Empty:
            return taken
        if job is not None:
            taken.append(job)


class ThreadPoolExecutor(Executor):
    __module__ = 'concurrent.futures.thread'

    _counter = _itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            # os.cpu_count() + 4, and never more than 32
            max_workers = min(32, (_os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = _queue.SimpleQueue()
        self._idle_semaphore = _threading.Semaphore(0)  # one count per idle worker
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = _threading.Lock()
        if not thread_name_prefix:
            thread_name_prefix = "ThreadPoolExecutor-%d" % self._counter()
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _exit_lock:
            if self._broken:
                raise _BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _exiting:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            future = Future()
            future._coroviz_id = _future_made(future, self._thread_name_prefix, fn, args)
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._adjust_thread_count()
            return future

    def _adjust_thread_count(self):
        # An idle worker will pick the new job up; otherwise grow the pool if it may.
        if self._idle_semaphore.acquire(timeout=0):
            return
        count = len(self._threads)
        if count >= self._max_workers:
            return
        worker = _threading.Thread(
            name='%s_%d' % (self._thread_name_prefix or self, count),
            target=_pool_worker,
            args=(self, self._work_queue, self._initializer, self._initargs))
        worker.start()
        self._threads.add(worker)
        _pool_queues[worker] = self._work_queue

    def _initializer_failed(self):
        reason = 'A thread initializer failed, the thread pool is not usable anymore'
        with self._shutdown_lock:
            self._broken = reason
            # Whatever was waiting fails with the same reason.
            for job in _take_queued(self._work_queue):
                job.future.set_exception(_BrokenThreadPool(reason))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            unstarted = _take_queued(self._work_queue) if cancel_futures else ()
            for job in unstarted:
                job.future.cancel()
            self._work_queue.put(None)   # the first worker to see it wakes the rest
        if wait:
            for worker in self._threads:
                worker.join()
