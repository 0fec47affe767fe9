# threading, written for coroviz: Python threads scheduled by runtime/threads.rs (one runs
# at a time until it blocks; see that file for the model), with CPython 3.11's classes,
# names, reprs and errors. Lock is the one primitive that talks to the scheduler (which
# holds it and hands it over); RLock, Condition, Event, Semaphore, BoundedSemaphore and Barrier are built
# on it as CPython builds them on its C lock, so they wake threads in the same order.
#
# Idents are coroviz's fixed fakes (the main thread's 1000, then 1001, 1002 ... in start
# order), so runs repeat exactly.

import sys as _sys
from _collections import deque as _deque
from _coroviz_threads import start as _start
from _coroviz_threads import get_ident
from _coroviz_threads import main_ident as _main_ident
from _coroviz_threads import join as _join
from _coroviz_threads import forget as _forget
from _coroviz_threads import now as _now
from _coroviz_threads import lock_new as _lock_new
from _coroviz_threads import lock_acquire as _lock_acquire
from _coroviz_threads import lock_release as _lock_release
from _coroviz_threads import lock_owner as _lock_owner

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock',
           'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier',
           'BrokenBarrierError', 'Timer', 'ThreadError', 'excepthook',
           'ExceptHookArgs', 'local', 'get_native_id']

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError

# Called at the program's end before the non-daemon threads are joined (newest first),
# as CPython's `threading._register_atexit` callbacks.
_atexit_calls = []


def _register_atexit(func, *arg, **kwargs):
    _atexit_calls.append((func, arg, kwargs))


def _run_atexits():
    while _atexit_calls:
        func, arg, kwargs = _atexit_calls.pop()
        func(*arg, **kwargs)


def get_native_id():
    return get_ident()


class lock:
    # threading.Lock(): CPython's _thread.lock. The scheduler keeps who holds it and hands
    # it to its oldest waiter (runtime/threads.rs).
    __module__ = '_thread'

    def __init__(self):
        self._id = _lock_new()
        self._on = None

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be a non-negative number")
        deadline = None if timeout == -1 else _now() + timeout
        return _lock_acquire(self._id, blocking, deadline, self._on)

    def release(self):
        if not _lock_release(self._id):
            raise RuntimeError("release unlocked lock")

    def locked(self):
        return _lock_owner(self._id) is not None

    def __enter__(self):
        return self.acquire()

    def __exit__(self, t, v, tb):
        self.release()

    def __repr__(self):
        state = 'locked' if self.locked() else 'unlocked'
        return f"<{state} _thread.lock object at {hex(id(self))}>"


Lock = lock
_allocate_lock = lock
del lock


class RLock:
    # threading.RLock(): CPython's _thread.RLock. One plain lock underneath, plus who holds
    # it and how many times over; only the last release lets the plain lock go.
    __module__ = '_thread'

    def __init__(self):
        self._block = _allocate_lock()
        # No holder yet, depth 0.
        self._owner, self._count = None, 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner != me:
            if not self._block.acquire(blocking, timeout):
                return False
            self._owner, self._count = me, 0
        self._count += 1
        return True

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        if self._count > 1:
            self._count -= 1
            return
        self._owner, self._count = None, 0
        self._block.release()

    def __exit__(self, *exc_info):
        self.release()

    # The hooks Condition.wait uses: drop every level at once, then take them all back.
    def _release_save(self):
        if not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        saved = (self._count, self._owner)
        self._owner, self._count = None, 0
        self._block.release()
        return saved

    def _acquire_restore(self, saved):
        self._block.acquire()
        self._count, self._owner = saved

    def _is_owned(self):
        return get_ident() == self._owner

    def __repr__(self):
        state = 'locked' if self._block.locked() else 'unlocked'
        owner = 0 if self._owner is None else self._owner
        return (f"<{state} _thread.RLock object owner={owner} "
                f"count={self._count} at {hex(id(self))}>")


class Condition:
    # Each waiter parks on a fresh lock of its own (taken once before it waits, so the
    # second take blocks); notify() releases the oldest such locks. `_what` names the
    # primitive a parked thread is shown waiting on.

    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        # A lock with RLock's hooks lends them; any other gets the fallbacks below.
        for hook in ('_release_save', '_acquire_restore', '_is_owned'):
            if hasattr(self._lock, hook):
                setattr(self, hook, getattr(self._lock, hook))
        self._waiters = _deque()
        self._what = "Condition"

    def __repr__(self):
        return f"<Condition({self._lock}, {len(self._waiters)})>"

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def _is_owned(self):
        # Fallback: a lock that cannot be taken right now counts as ours.
        if not self._lock.acquire(False):
            return True
        self._lock.release()
        return False

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, _saved):
        self._lock.acquire()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        gate = _allocate_lock()
        gate._on = self._what
        gate.acquire()
        self._waiters.append(gate)
        saved = self._release_save()
        woken = False
        try:
            if timeout is None:
                gate.acquire()
                woken = True
            elif timeout > 0:
                woken = gate.acquire(True, timeout)
            else:
                woken = gate.acquire(False)
            return woken
        finally:
            self._acquire_restore(saved)
            # Timed out: notify() never took this gate off the queue, so do it here.
            if not woken and gate in self._waiters:
                self._waiters.remove(gate)

    def wait_for(self, predicate, timeout=None):
        # The deadline is fixed at the first wait, not at the call.
        deadline = None
        left = timeout
        while True:
            result = predicate()
            if result:
                return result
            if left is not None:
                if deadline is None:
                    deadline = _now() + left
                else:
                    left = deadline - _now()
                    if left <= 0:
                        return result
            self.wait(left)

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        # Open the oldest n gates. One already open (its timed wait ended but it has not
        # yet left the queue) is dropped without counting.
        queue = self._waiters
        while n > 0 and queue:
            gate = queue[0]
            try:
                gate.release()
                n -= 1
            except RuntimeError:
                pass
            if gate in queue:
                queue.remove(gate)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore:

    def __init__(self, value=1):
        # `_value` is the number of free permits; acquire() waits while it is 0.
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value
        self._cond = Condition(Lock())
        self._cond._what = type(self).__name__

    def __repr__(self):
        shown = f" value={self._value}"
        if isinstance(self, BoundedSemaphore):
            shown += f"/{self._initial_value}"
        kind = type(self)
        return f"<{kind.__module__}.{kind.__qualname__} at {hex(id(self))}:{shown}>"

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while not self._value:
                if not blocking:
                    return False
                if timeout is not None:
                    # Like wait_for: the deadline starts at the first wait.
                    if deadline is None:
                        deadline = _now() + timeout
                    else:
                        timeout = deadline - _now()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def __exit__(self, *exc_info):
        self.release()

    def release(self, n=1):
        # n permits back, waking up to n waiters.
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value = self._value + n
            self._cond.notify(n)


class BoundedSemaphore(Semaphore):
    # A Semaphore that refuses to hold more permits than it started with.

    def __init__(self, value=1):
        self._initial_value = value
        Semaphore.__init__(self, value)

    def release(self, n=1):
        # Checked with the lock held, so a racing release cannot slip past the bound.
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._initial_value - self._value < n:
                raise ValueError("Semaphore released too many times")
            self._value = self._value + n
            self._cond.notify(n)


class Event:
    # A flag behind a Condition: set() wakes every waiter, and wait() on a set flag
    # returns at once.

    def __init__(self):
        self._flag = False
        self._cond = Condition(Lock())
        self._cond._what = "Event"

    def __repr__(self):
        kind = type(self)
        state = 'set' if self._flag else 'unset'
        return f"<{kind.__module__}.{kind.__qualname__} at {hex(id(self))}: {state}>"

    def wait(self, timeout=None):
        with self._cond:
            if self._flag:
                return True
            return self._cond.wait(timeout)

    def clear(self):
        with self._cond:
            # No one is woken; later waits block again.
            self._flag = False

    def set(self):
        with self._cond:
            self._flag = True
            # Everyone, in the order they began waiting.
            self._cond.notify_all()

    def is_set(self):
        return self._flag


class BrokenBarrierError(RuntimeError):
    pass


# A Barrier's states: filling, draining, resetting, broken.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    # `_count` threads are inside wait() for the current round. The last of `_parties`
    # to arrive runs the action and lets the round drain; a new round opens when the
    # drained (or reset) count is back at 0.

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._cond = Condition(Lock())
        self._cond._what = "Barrier"
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        kind = type(self)
        head = f"<{kind.__module__}.{kind.__qualname__} at {hex(id(self))}:"
        if self.broken:
            return f"{head} broken>"
        return f"{head} waiters={self.n_waiting}/{self.parties}>"

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Wait while the previous round drains or resets.
            while self._state in (_DRAINING, _RESETTING):
                self._cond.wait()
            if self._state < 0:
                raise BrokenBarrierError
            index = self._count
            self._count = index + 1
            try:
                if index + 1 != self._parties:
                    released = self._cond.wait_for(lambda: self._state != _FILLING, timeout)
                    if not released:
                        # Timed out: nobody gets through this round.
                        self._set_broken()
                        raise BrokenBarrierError
                    if self._state < 0:
                        raise BrokenBarrierError
                else:
                    try:
                        if self._action:
                            self._action()
                        self._state = _DRAINING
                        self._cond.notify_all()
                    except:
                        self._set_broken()
                        raise
                return index
            finally:
                # The last one out of a drained or reset round opens the next.
                self._count -= 1
                if not self._count and self._state in (_RESETTING, _DRAINING):
                    self._state = _FILLING
                    self._cond.notify_all()

    def reset(self):
        with self._cond:
            if not self._count:
                self._state = _FILLING
            elif self._state in (_FILLING, _BROKEN):
                self._state = _RESETTING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._set_broken()

    def _set_broken(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def broken(self):
        return self._state == _BROKEN

    @property
    def n_waiting(self):
        # Only a filling round has threads held at the barrier.
        return self._count if self._state == _FILLING else 0

    @property
    def parties(self):
        return self._parties


_counter = 0


def _newname(template="Thread-%d"):
    global _counter
    _counter += 1
    return template % _counter


# Running threads by ident, the main thread first: what enumerate() lists.
_active = {}


class ExceptHookArgs(tuple):
    # CPython's _thread._ExceptHookArgs, a struct sequence.
    __module__ = '_thread'

    def __new__(cls, args):
        return tuple.__new__(cls, args)

    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]


def excepthook(args, /):
    if args.exc_type is SystemExit:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print(f"Exception in thread {name}:", file=_sys.stderr, flush=True)
    import traceback
    traceback.print_exception(args.exc_value, file=_sys.stderr)


__excepthook__ = excepthook


# What the Thread accessors assert (and daemon's setter raises) before __init__ ran.
_NOT_INIT = "Thread.__init__() not called"


class Thread:
    # One Python thread; the scheduler (runtime/threads.rs) runs it once started.

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        # `group` is reserved, as in CPython.
        assert group is None, "group argument must be None for now"
        if not name:
            # Numbered whether or not a target's name is added after it.
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name = f"{name} ({target.__name__})"
                except AttributeError:
                    pass
        else:
            name = str(name)
        self._name = name
        self._target, self._args = target, args
        self._kwargs = {} if kwargs is None else kwargs
        # A new thread is a daemon when the one creating it is, unless told otherwise.
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = self._native_id = None
        self._started = self._is_stopped = False
        self._initialized = True

    # Until __init__ has run (a subclass may forget to call it).
    _initialized = False

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        if self._is_stopped:
            words = ["stopped"]
        elif self._started:
            words = ["started"]
        else:
            words = ["initial"]
        if self._daemonic:
            words.append("daemon")
        if self._ident is not None:
            words.append(str(self._ident))
        status = " ".join(words)
        return f"<{type(self).__name__}({self._name}, {status})>"

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        # The scheduler runs it when the current thread next blocks.
        _start(self._bootstrap_inner, self._name, self._daemonic)

    def run(self):
        try:
            if self._target is None:
                return
            self._target(*self._args, **self._kwargs)
        finally:
            # Let go of the target and its arguments once they have run.
            del self._target, self._args, self._kwargs

    def _bootstrap_inner(self):
        self._ident = get_ident()
        self._native_id = self._ident
        _active[self._ident] = self
        try:
            try:
                self.run()
            except BaseException as e:
                # The module's attribute, so that a program's `threading.excepthook = f`
                # is the hook.
                import threading as _module
                _module.excepthook(ExceptHookArgs((type(e), e, e.__traceback__, self)))
        finally:
            self._is_stopped = True
            del _active[self._ident]

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError(_NOT_INIT)
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        deadline = None if timeout is None else _now() + max(timeout, 0)
        try:
            _join(self._ident, deadline)
        except BaseException:
            # As CPython 3.11 does when an exception (Ctrl-C) interrupts the wait: a thread
            # still running is marked stopped all the same, so is_alive() is False and the
            # interpreter's exit no longer waits for it.
            if not self._is_stopped:
                self._is_stopped = True
                _forget(self._ident)
            raise

    def is_alive(self):
        assert self._initialized, _NOT_INIT
        return self._started and not self._is_stopped

    @property
    def ident(self):
        assert self._initialized, _NOT_INIT
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, _NOT_INIT
        return self._native_id

    @property
    def name(self):
        assert self._initialized, _NOT_INIT
        return self._name

    # Any value, kept as its str().
    @name.setter
    def name(self, name):
        assert self._initialized, _NOT_INIT
        self._name = str(name)

    @property
    def daemon(self):
        assert self._initialized, _NOT_INIT
        return self._daemonic

    # Settable only before start().
    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError(_NOT_INIT)
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic


class _MainThread(Thread):
    # The thread the program starts in.

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        # Already running: coroviz's first thread, with its fixed ident.
        self._started = True
        self._ident = self._native_id = _main_ident()
        _active[self._ident] = self


class Timer(Thread):
    # Calls function(*args, **kwargs) after `interval` seconds unless cancel() comes first.

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        # Public attributes, as in CPython: a program may read or change them.
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def run(self):
        finished = self.finished
        finished.wait(self.interval)
        if not finished.is_set():
            self.function(*self.args, **self.kwargs)
        finished.set()

    def cancel(self):
        self.finished.set()


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _main_thread


def main_thread():
    return _main_thread


def _after_fork(parent_ident):
    # In a forked process only the thread that forked lives on: it becomes the main
    # thread, with the new process's ident.
    global _main_thread
    me = _active.get(parent_ident, _main_thread)
    _active.clear()
    me._ident = me._native_id = get_ident()
    _active[me._ident] = me
    _main_thread = me


def active_count():
    return len(_active)


def enumerate():
    return list(_active.values())


class local:
    # Each thread sees its own attributes; a subclass's __init__ runs again, with the
    # arguments the object was made with, the first time another thread looks.

    def __new__(cls, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__dicts', {})
        object.__setattr__(self, '_local__args', (args, kw))
        object.__setattr__(self, '_local__owner', get_ident())
        return self

    def _local__dict(self):
        dicts = object.__getattribute__(self, '_local__dicts')
        me = get_ident()
        d = dicts.get(me)
        if d is None:
            d = dicts[me] = {}
            if me != object.__getattribute__(self, '_local__owner'):
                args, kw = object.__getattribute__(self, '_local__args')
                if type(self).__init__ is not object.__init__:
                    type(self).__init__(self, *args, **kw)
        return d

    def __getattr__(self, name):
        if name.startswith('_local__'):
            raise AttributeError(name)
        d = local._local__dict(self)
        if name == '__dict__':
            return d
        try:
            return d[name]
        except KeyError:
            raise AttributeError(
                f"'{type(self).__name__}' object has no attribute '{name}'") from None

    def __setattr__(self, name, value):
        # The per-thread dict itself cannot be swapped; anything else lands in it.
        if name == '__dict__':
            raise AttributeError(
                f"'{type(self).__name__}' object attribute '__dict__' is read-only")
        local._local__dict(self)[name] = value

    def __delattr__(self, name):
        d = local._local__dict(self)
        try:
            del d[name]
        except KeyError:
            raise AttributeError(name) from None


_main_thread = _MainThread()
