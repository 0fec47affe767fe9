# concurrent.futures.process, written for coroviz: ProcessPoolExecutor over coroviz's
# processes (runtime/processes: each worker a process of its own, forked with a copy of the
# program's module state; what crosses between processes is pickled).
#
# The shape is CPython 3.11's on Linux, where workers are forked: the first submit forks
# all `max_workers` workers at once and starts the pool's manager thread. The manager keeps
# the call queue filled (at most max_workers + 1 calls waiting there; a future becomes
# RUNNING when its call goes in), takes results off the result queue and settles the
# futures, and notices a worker that ended unasked: the pool is then broken, and every
# future not yet settled fails with BrokenProcessPool.

import threading as _threading
import queue as _queue
import os as _os
import itertools as _itertools
import traceback as _traceback
import _coroviz_proc as _proc
from _coroviz_threads import future_made as _future_made
from functools import partial as _partial
from concurrent.futures import (
    Future as _Future, Executor as _Executor, BrokenExecutor, _LOGGER)

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']

# Calls the call queue holds beyond one per worker.
EXTRA_QUEUED_CALLS = 1


class BrokenProcessPool(BrokenExecutor):
    """A worker process of the pool ended abruptly."""


class _RemoteTraceback(Exception):
    # The traceback of an exception raised in another process, as text (the __cause__ of
    # the exception that came back).
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _remote_text(exc):
    text = ''.join(_traceback.format_exception(type(exc), exc, exc.__traceback__))
    return '\n"""\n%s"""' % text


_global_shutdown = False     # set once the program has begun to end
_managers = []               # every pool's manager thread, for the program's end
_process_numbers = _itertools.count(1).__next__
_pool_numbers = _itertools.count().__next__


def _python_exit():
    # At the program's end (before the main thread joins the others): every pool finishes
    # the work it was given, then its workers stop.
    global _global_shutdown
    _global_shutdown = True
    for manager in list(_managers):
        manager.pool._inbox.put(('wake',))
    for manager in list(_managers):
        manager.join()


_threading._register_atexit(_python_exit)


# -- in a worker process -------------------------------------------------------------------

def _process_chunk(fn, chunk):
    # map() with a chunksize: one call runs fn over several argument tuples.
    return [fn(*args) for args in chunk]


def _send_back(results, work_id, value=None, failure=None):
    try:
        parcel = _proc.dumps(('result', work_id, value, failure))
    except BaseException as e:
        # A result pickle refuses comes back as that refusal.
        parcel = _proc.dumps(('result', work_id, None, (e, _remote_text(e))))
    results.put(parcel)


def _process_worker(calls, results, initializer, initargs):
    # The worker's loop; true when it ended because it was told to.
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _LOGGER.critical('Exception in initializer:', exc_info=True)
            # The manager sees this worker gone and breaks the pool.
            return False
    while True:
        parcel = calls.get(block=True)
        if parcel is None:
            return True
        work_id, fn, args, kwargs = _proc.loads(parcel)
        try:
            value = fn(*args, **kwargs)
        except BaseException as e:
            _send_back(results, work_id, failure=(e, _remote_text(e)))
        else:
            _send_back(results, work_id, value)
            value = None


def _child_main(parent_ident, calls, results, initializer, initargs):
    # A forked worker's first frame: only the forking thread lives on in the new process.
    _threading._after_fork(parent_ident)
    told = False
    code = 0
    try:
        told = _process_worker(calls, results, initializer, initargs)
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException:
        # What multiprocessing prints for a process whose target raised.
        import sys
        sys.stderr.write('Process %s:\n' % _proc.name())
        _traceback.print_exc()
        code = 1
    results.put(('ended', _proc.getpid(), told, code))


def _exited(results, pid, code):
    # os._exit in a worker: the manager sees the process gone.
    results.put(('ended', pid, False, code))


# -- in the parent -------------------------------------------------------------------------

class _WorkItem(object):
    def __init__(self, future, fn, args, kwargs):
        self.future, self.fn = future, fn
        self.args, self.kwargs = args, kwargs


class _Manager(_threading.Thread):
    # The pool's manager thread (the parent's side of the pipes).

    def __init__(self, pool):
        super().__init__()
        self.pool = pool

    def run(self):
        pool = self.pool
        while True:
            self._fill_calls()
            message = pool._inbox.get()
            if isinstance(message, int):
                # A pickled result.
                try:
                    _, work_id, value, failure = _proc.loads(message)
                except BaseException as e:
                    self._break(_remote_text(e))
                    return
                item = pool._pending.pop(work_id, None)
                if item is not None:
                    if failure is not None:
                        exc, text = failure
                        exc.__cause__ = _RemoteTraceback(text)
                        item.future.set_exception(exc)
                    else:
                        item.future.set_result(value)
            elif message[0] == 'ended':
                _, pid, told, code = message
                pool._processes.pop(pid, None)
                if not told:
                    self._break()
                    return
                if not pool._processes:
                    return
            if pool._shutdown_thread or _global_shutdown:
                self._shutting_down()
                if not pool._pending and not pool._stopping:
                    self._stop_workers()
                    if not pool._processes:
                        return

    def _fill_calls(self):
        # Moves waiting work to the call queue while it has room; never blocks.
        pool = self.pool
        while not pool._calls.full():
            try:
                work_id = pool._work_ids.get(block=False)
            except _queue.Empty:
                return
            item = pool._pending[work_id]
            if not item.future.set_running_or_notify_cancel():
                del pool._pending[work_id]
                continue
            try:
                parcel = _proc.dumps((work_id, item.fn, item.args, item.kwargs))
            except BaseException as e:
                # As the queue's feeder thread does: the future fails with pickle's error.
                e.__cause__ = _RemoteTraceback(_remote_text(e))
                del pool._pending[work_id]
                item.future.set_exception(e)
                continue
            pool._calls.put(parcel, block=True)

    def _shutting_down(self):
        pool = self.pool
        pool._shutdown_thread = True
        if pool._cancel_pending_futures:
            # What has not started is cancelled; what has, runs to its end.
            pool._pending = {work_id: item for work_id, item in pool._pending.items()
                             if not item.future.cancel()}
            while True:
                try:
                    pool._work_ids.get_nowait()
                except _queue.Empty:
                    break
            pool._cancel_pending_futures = False

    def _stop_workers(self):
        pool = self.pool
        pool._stopping = True
        for _ in range(len(pool._processes)):
            pool._calls.put(None)

    def _break(self, cause=None):
        pool = self.pool
        pool._broken = ('A child process terminated abruptly, the process pool is not '
                        'usable anymore')
        pool._shutdown_thread = True
        failure = BrokenProcessPool('A process in the process pool was terminated '
                                    'abruptly while the future was running or pending.')
        if cause is not None:
            failure.__cause__ = _RemoteTraceback(cause)
        for item in pool._pending.values():
            item.future.set_exception(failure)
        pool._pending.clear()
        for pid in list(pool._processes):
            _proc.terminate(pid, -15)
        pool._processes.clear()


class ProcessPoolExecutor(_Executor):
    __module__ = 'concurrent.futures.process'

    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        if max_workers is None:
            self._max_workers = _os.cpu_count() or 1
        else:
            if max_workers <= 0:
                raise ValueError("max_workers must be greater than 0")
            self._max_workers = max_workers
        # The call queue's size must be an int (CPython's semaphore under it says so).
        range(self._max_workers + EXTRA_QUEUED_CALLS)
        if mp_context is not None:
            raise NotImplementedError(
                "coroviz models the default (fork) context only: leave mp_context out")
        if not (initializer is None or callable(initializer)):
            raise TypeError("initializer must be a callable")
        self._initializer, self._initargs = initializer, initargs
        if max_tasks_per_child is not None:
            _refuse_tasks_per_child(max_tasks_per_child)
        self._name = 'ProcessPoolExecutor-%d' % _pool_numbers()
        self._manager = None
        self._processes = {}
        self._shutdown_thread = False
        self._shutdown_lock = _threading.Lock()
        self._broken = False
        self._queue_count = 0
        self._pending = {}
        self._cancel_pending_futures = False
        self._stopping = False
        self._calls = _queue.Queue(maxsize=self._max_workers + EXTRA_QUEUED_CALLS)
        self._inbox = _queue.SimpleQueue()
        self._work_ids = _queue.Queue()

    def _launch_processes(self):
        # fork() every worker now, each a copy of this process as it stands.
        parent = _threading.get_ident()
        for _ in range(len(self._processes), self._max_workers):
            pid = _proc.fork('ForkProcess-%d' % _process_numbers())
            self._processes[pid] = pid
        for pid in list(self._processes):
            _proc.start(pid, _partial(_child_main, parent, self._calls, self._inbox,
                                      self._initializer, self._initargs),
                        _partial(_exited, self._inbox, pid))

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            refusal = _refusal(self)
            if refusal is not None:
                raise refusal
            f = _Future()
            f._coroviz_id = _future_made(f, self._name, fn, args)
            self._pending[self._queue_count] = _WorkItem(f, fn, args, kwargs)
            self._work_ids.put(self._queue_count)
            self._queue_count += 1
            self._inbox.put(('wake',))
            if self._manager is None:
                self._launch_processes()
                self._manager = _Manager(self)
                self._manager.start()
                _managers.append(self._manager)
            return f

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        results = super().map(_partial(_process_chunk, fn),
                              _chunks(iterables, chunksize), timeout=timeout)
        return _flatten(results)

    def shutdown(self, wait=True, *, cancel_futures=False):
        # The manager sees the flags on its next wake-up: it cancels what has not started
        # (if asked), lets the rest finish, then stops the workers and ends.
        with self._shutdown_lock:
            self._shutdown_thread, self._cancel_pending_futures = True, cancel_futures
            self._inbox.put(('wake',))
        manager = self._manager
        if wait and manager is not None:
            manager.join()


def _refusal(pool):
    # Why the pool takes no more work, if it does not.
    if pool._broken:
        return BrokenProcessPool(pool._broken)
    if pool._shutdown_thread:
        return RuntimeError('cannot schedule new futures after shutdown')
    if _global_shutdown:
        return RuntimeError('cannot schedule new futures after interpreter shutdown')
    return None


def _refuse_tasks_per_child(count):
    # A worker replaced after `count` calls needs a start method other than fork.
    if not isinstance(count, int):
        raise TypeError("max_tasks_per_child must be an integer")
    if count < 1:
        raise ValueError("max_tasks_per_child must be >= 1")
    raise NotImplementedError(
        "coroviz models the default (fork) context only, and max_tasks_per_child "
        "needs another")


def _chunks(iterables, chunksize):
    # The argument tuples of map(), chunksize at a time.
    rows = zip(*iterables)
    while True:
        chunk = tuple(_itertools.islice(rows, chunksize))
        if not chunk:
            return
        yield chunk


def _flatten(results):
    # map()'s results, one chunk's list after another.
    for chunk in results:
        chunk.reverse()
        while chunk:
            yield chunk.pop()
