#!/usr/bin/env python3
"""CPython oracle for coroviz: run a program on asyncio with a virtual clock.

Usage: python3 tests/oracle/vclock.py [--script JSON] PROGRAM.py

The model (coroviz's engine reproduces this float arithmetic literally):

* One global virtual clock ``now``, starting at 0.0.  ``time.monotonic()`` and
  ``time.perf_counter()`` return ``now``; ``time.time()`` returns
  ``1_700_000_000.0 + now``.
* ``time.sleep(d)`` blocks the whole program: ``start = now``; if the first
  pending script action is an ``interrupt`` due by ``start + d`` it is popped,
  the clock moves to its ``at`` (never backwards) and the interrupt is
  delivered; then ``now = start + d``.  Cancels are never delivered here.
* Every event loop (``asyncio.run``, ``new_event_loop``, ``get_event_loop``)
  is a ``VirtualLoop``: a ``SelectorEventLoop`` whose ``time()`` is ``now``
  (clock resolution 1e-9) and whose selector never reports I/O.  Its
  ``select(timeout)`` is the only place time passes inside a loop:
    - a pending script action due within the timeout (or any pending action
      when the timeout is None) is popped, the clock moves to its ``at`` (never
      backwards), the action is performed, and select returns nothing;
    - otherwise a None timeout is a deadlock: stdout is flushed, a message goes
      to stderr and the process exits 3;
    - otherwise ``now += timeout``.
* Timers are ordered by (deadline, scheduling order).  On CPython's real clock each
  ``call_later`` reads a later ``time.monotonic()``, so equal delays never tie; a frozen
  clock makes them tie, and heapq would then pop them in its own order, which no real run
  shows.  ``TimerHandle`` gets a sequence number when made and compares by both.
  ``tests/realclock/`` checks this model against plain ``python3`` on a real clock.
* Script actions (``--script``, a JSON list, sorted by ``at``):
    ``cancel``: ``task.cancel()`` on every live task of that loop with that name;
    ``interrupt``: Ctrl-C, i.e. call the current SIGINT handler (asyncio.Runner
      installs one that cancels the main task), or raise KeyboardInterrupt when
      the handler is Python's default one or not callable;
    ``pause``: nothing (it only ends a select early).
* Wall-clock time is ``time.time()``, and local time is UTC (``TZ=UTC``):
  ``time.localtime``/``gmtime``/``ctime`` with no argument (or ``None``) and
  ``time.asctime``/``strftime`` with no time tuple read ``time.time()``, as
  the C functions would if they saw the patch.  ``datetime.datetime.now(tz)``
  is ``datetime.fromtimestamp(time.time(), tz)`` and ``utcnow()`` is
  ``utcfromtimestamp(time.time())``, patched into the real class so that
  ``from datetime import datetime``, reprs and ``type(d) is datetime`` stay
  as they are; ``date.today()`` and ``datetime.today()`` already call
  ``time.time()``.  ``logging``'s start time (``%(relativeCreated)d``) is the
  virtual time the program starts at.
* The program runs as ``python3 PROGRAM.py`` runs it: in a fresh ``__main__``
  module with the same names in the same order, ``__file__`` absolute the
  way CPython makes it (``os.getcwd() + "/" + PROGRAM`` unless already
  absolute, not normalised), ``sys.argv == [PROGRAM]`` as given, and
  ``sys.path[0]`` the program's directory.  The recursion limit is raised by
  the oracle's own frames under the program's, and ``sys.getrecursionlimit``/
  ``setrecursionlimit`` hide the difference, so RecursionError comes at
  python3's depth.  Its standard input is the
  oracle's (the differential harness pipes a scenario's ``stdin`` text).
* Threads (``threading``, ``queue``, ``concurrent.futures.ThreadPoolExecutor``) are real
  CPython threads running the real stdlib, but only one runs at a time, and it runs until
  it blocks.  Each thread waits on a baton of its own (a real lock) while another runs.
  The blocking points are: ``time.sleep``; a blocking acquire of a held lock, which is
  where every wait of the stdlib's threading code ends (``Lock``, ``RLock``, ``Condition``,
  ``Event``, ``Semaphore``, ``BoundedSemaphore``, ``Barrier``, ``Timer``, ``Thread.join``,
  ``queue`` get/put/join, ``Future.result``/``exception``, ``as_completed``, ``wait``, an
  idle pool worker waiting for work): ``_thread.allocate_lock`` makes the oracle's locks,
  ``RLock`` is threading's Python one over them (answering ``True`` as the C one does),
  ``queue.SimpleQueue`` is queue's Python one, and threading's and queue's own names for
  ``time.monotonic`` read the virtual clock; and a loop's ``select`` with a timeout that is None or positive while other
  threads are alive.  Non-blocking acquires (``blocking=False``, ``timeout=0``) never
  block.  The scheduler:
    - ``Thread.start()`` runs the new thread at once, until it blocks; then the starter
      goes on, ahead of every other runnable thread.  Otherwise runnable threads run
      first-in first-out.
    - When a thread blocks (or ends), every waiter whose wait is now satisfied becomes
      runnable, oldest waiter first: a lock waiter when the lock is free (it takes the
      lock then, so a later waiter on the same lock stays blocked), a loop in ``select``
      when ``call_soon_threadsafe`` (the self-pipe write) woke it.  Then the first
      runnable thread runs.
    - When none can run, the clock jumps to the earliest wake-up (a sleep's end
      ``start + secs``, a lock wait's timeout: the first float after ``now + timeout``
      (strictly after its deadline, as on a real clock), the loop's ``now + timeout``,
      a script action's ``at``) and every thread due at that instant becomes runnable in
      the order it went to sleep (its wait times out: the acquire returns False).
    - ``time.sleep(0)`` yields: satisfied waiters become runnable, then the sleeper goes
      behind every runnable thread.  With no other thread alive, ``time.sleep`` and
      ``select`` are exactly as above (no scheduler involved).
    - When no thread can run and none has a wake-up: deadlock.  stdout is flushed; stderr
      gets ``THREAD_DEADLOCK_MESSAGE``, a line per blocked thread (name, the program's
      function and line it waits at, the operation), and last
      ``coroviz: deadlock: blocked threads: NAME, NAME, ...`` (creation order); exit 3.
      A loop waiting in ``select(None)`` with no other thread alive keeps the asyncio
      message above.
    - A scripted ``interrupt`` due during the main thread's ``time.sleep`` wakes it at
      ``at``, as without threads; if the handler does not raise, the sleep goes on to its
      end.  One due while the main thread's loop waits in ``select`` wakes it at ``at``.
      One due before the next wake-up while the main thread waits for a lock (a ``join``,
      a queue, a condition, a future's result) interrupts that acquire at ``at``: the
      handler runs there (the default one raises KeyboardInterrupt); if it returns, the
      acquire goes on.  One due while the interpreter waits for the threads at exit is
      reported as CPython reports it (``Exception ignored in: <module 'threading' ...>``,
      the traceback, ``KeyboardInterrupt: ``) and the run ends without them.  Daemon threads still blocked or runnable when the
      program ends never run again.
  At exit (normal or by an uncaught exception, after its traceback) the oracle calls
  ``threading._shutdown()`` before the program's globals die, as CPython does first when
  finalizing: pools' exit hooks run, then the main thread joins every non-daemon thread.
  ``os.cpu_count()`` is 4 (the default pool has 8 workers).  ``ProcessPoolExecutor`` is not
  modelled: making one prints a message to stderr and exits 2.
* ``random`` is seeded with 0 before the program runs.
* Exit status: 0 normally, 1 for an uncaught exception, 130 for an uncaught
  KeyboardInterrupt (traceback printed as Python prints it), 3 for deadlock, 2 for what
  the oracle does not model.
"""

import _thread
import asyncio
import builtins
import collections
import concurrent.futures
import contextlib
import ctypes
import datetime
import gc
import importlib.machinery
import json
import logging
import math
import os
import queue
import random
import runpy
import signal
import sys
import threading
import time
import traceback
import weakref

DEADLOCK_MESSAGE = (
    "coroviz: deadlock: nothing is ready, no timer is set, and the loop is still waiting"
)
THREAD_DEADLOCK_MESSAGE = "coroviz: deadlock: no thread can run and none will wake"
EXIT_DEADLOCK = 3
EXIT_EXCEPTION = 1
EXIT_INTERRUPT = 130
WALL_EPOCH = 1_700_000_000.0

# The virtual clock and the remaining script actions (dicts with at/do/task).
now = 0.0
pending = []


def _flush():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass


def _advance_to(at):
    """Moves the clock to `at`, never backwards."""
    global now
    if at > now:
        now = at


def _deliver_interrupt():
    """Ctrl-C as CPython delivers it: the SIGINT handler runs in the main thread."""
    handler = signal.getsignal(signal.SIGINT)
    if handler is signal.default_int_handler or not callable(handler):
        raise KeyboardInterrupt()
    handler(signal.SIGINT, None)


def _perform(action, loop):
    kind = action["do"]
    if kind == "cancel":
        for task in asyncio.all_tasks(loop):
            if task.get_name() == action["task"]:
                task.cancel()
    elif kind == "interrupt":
        _deliver_interrupt()
    # "pause" does nothing headless.


# --- patched time functions -------------------------------------------------


def _virtual_time():
    return WALL_EPOCH + now


def _virtual_monotonic():
    return now


def _virtual_sleep(secs):
    global now
    if not isinstance(secs, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    start = now
    interrupt = pending and pending[0]["do"] == "interrupt" and pending[0]["at"] <= start + secs
    if _threads_alive():
        if interrupt and _current is _main_vthread:
            action = pending[0]
            _block("sleep", None, max(action["at"], start))
            if pending and pending[0] is action:
                pending.pop(0)
                _advance_to(action["at"])
                _deliver_interrupt()
            # A handler that does not raise (asyncio.run's) lets the sleep go on to its
            # end, as CPython retries an interrupted sleep (PEP 475).
            if now < start + secs:
                _block("sleep", None, start + secs)
        elif secs == 0:
            _yield()
        else:
            _block("sleep", None, start + secs)
        return
    if interrupt:
        action = pending.pop(0)
        _advance_to(action["at"])
        _deliver_interrupt()
    now = start + secs


# Local time is UTC, and the wall-clock readers of `time` and `datetime` that C code runs
# without looking at the patched `time.time` are made to.
_real_localtime = time.localtime
_real_gmtime = time.gmtime
_real_ctime = time.ctime
_real_asctime = time.asctime
_real_strftime = time.strftime


def _reads_now(real):
    """`real(secs=None)` with the virtual time for an omitted or None `secs`."""

    def wrapper(*args, **kwargs):
        if not kwargs and (not args or (len(args) == 1 and args[0] is None)):
            return real(_virtual_time())
        return real(*args, **kwargs)

    wrapper.__name__ = wrapper.__qualname__ = real.__name__
    wrapper.__doc__ = real.__doc__
    return wrapper


def _virtual_asctime(*args, **kwargs):
    if not args and not kwargs:
        return _real_asctime(_real_localtime(_virtual_time()))
    return _real_asctime(*args, **kwargs)


def _virtual_strftime(*args, **kwargs):
    if len(args) == 1 and not kwargs:
        return _real_strftime(args[0], _real_localtime(_virtual_time()))
    return _real_strftime(*args, **kwargs)


for _f, _real in ((_virtual_asctime, _real_asctime), (_virtual_strftime, _real_strftime)):
    _f.__name__ = _f.__qualname__ = _real.__name__
    _f.__doc__ = _real.__doc__


def _datetime_now(cls, tz=None):
    return cls.fromtimestamp(_virtual_time(), tz)


def _datetime_utcnow(cls):
    return cls.utcfromtimestamp(_virtual_time())


def _patch_builtin_type(cls, **methods):
    """Replaces methods of a C type in its own dict, so that its instances stay real ones."""
    (namespace,) = gc.get_referents(cls.__dict__)
    for name, function in methods.items():
        function.__name__ = function.__qualname__ = name
        function.__doc__ = namespace[name].__doc__
        namespace[name] = classmethod(function)
    ctypes.pythonapi.PyType_Modified(ctypes.py_object(cls))


def _install_wall_clock():
    os.environ["TZ"] = "UTC"
    time.tzset()
    time.localtime = _reads_now(_real_localtime)
    time.gmtime = _reads_now(_real_gmtime)
    time.ctime = _reads_now(_real_ctime)
    time.asctime = _virtual_asctime
    time.strftime = _virtual_strftime
    _patch_builtin_type(datetime.datetime, now=_datetime_now, utcnow=_datetime_utcnow)
    # asyncio imported logging before the clock was virtual.
    logging._startTime = _virtual_time()


# --- the loop ----------------------------------------------------------------


class FakeSelector:
    """A selector that keeps registrations and never reports an event."""

    def __init__(self):
        self._map = {}
        self.loop = None

    @staticmethod
    def _fd(fileobj):
        return fileobj if isinstance(fileobj, int) else fileobj.fileno()

    def register(self, fileobj, events, data=None):
        import selectors

        fd = self._fd(fileobj)
        if fd in self._map:
            raise KeyError(f"{fileobj!r} (FD {fd}) is already registered")
        key = selectors.SelectorKey(fileobj, fd, events, data)
        self._map[fd] = key
        return key

    def unregister(self, fileobj):
        return self._map.pop(self._fd(fileobj))

    def modify(self, fileobj, events, data=None):
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    def get_key(self, fileobj):
        return self._map[self._fd(fileobj)]

    def get_map(self):
        return dict(self._map)

    def close(self):
        self._map.clear()

    def select(self, timeout=None):
        global now
        loop = self.loop
        if _threads_alive() and (timeout is None or timeout > 0):
            # Another thread may wake the loop (call_soon_threadsafe) while it waits.
            if not loop._vclock_woken:
                action = None
                if pending and (timeout is None or pending[0]["at"] <= now + timeout):
                    action = pending[0]
                    deadline = max(action["at"], now)
                else:
                    deadline = None if timeout is None else now + timeout
                woken = _block("select", loop, deadline)
                if not woken and action is not None and pending and pending[0] is action:
                    pending.pop(0)
                    _advance_to(action["at"])
                    loop._vclock_woken = False
                    _perform(action, loop)
            loop._vclock_woken = False
            return []
        loop._vclock_woken = False
        if pending and (timeout is None or pending[0]["at"] <= now + timeout):
            action = pending.pop(0)
            _advance_to(action["at"])
            _perform(action, self.loop)
            return []
        if timeout is None:
            _flush()
            sys.stderr.write(DEADLOCK_MESSAGE + "\n")
            _flush()
            os._exit(EXIT_DEADLOCK)
        now += timeout
        return []


class NumberedTimerHandle(asyncio.events.TimerHandle):
    """A TimerHandle that compares by (deadline, scheduling order)."""

    __slots__ = ("_vclock_seq",)
    _made = 0

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        NumberedTimerHandle._made += 1
        self._vclock_seq = NumberedTimerHandle._made

    def _key(self):
        return (self._when, self._vclock_seq)

    def __lt__(self, other):
        return self._key() < other._key()

    def __le__(self, other):
        return self._key() <= other._key()

    def __gt__(self, other):
        return self._key() > other._key()

    def __ge__(self, other):
        return self._key() >= other._key()


# asyncio logs "Using selector: EpollSelector" at DEBUG when a loop is made; the stand-in
# goes by the name of the selector python3 would use.
FakeSelector.__name__ = FakeSelector.__qualname__ = __import__("selectors").DefaultSelector.__name__

NumberedTimerHandle.__name__ = NumberedTimerHandle.__qualname__ = "TimerHandle"
# base_events.call_at looks the class up in `events` each time it makes a timer.
asyncio.events.TimerHandle = NumberedTimerHandle


# Sets of tasks and of async generators iterate in memory-address order in CPython, which
# for a program's few objects is almost always creation order. coroviz uses creation order,
# and so does the oracle, so that `asyncio.run`'s shutdown (cancelling leftover tasks,
# closing async generators) and scripted cancels do not depend on the allocator.
_made_order = weakref.WeakKeyDictionary()
_objects_made = 0


def _number(obj):
    global _objects_made
    if obj not in _made_order:
        _objects_made += 1
        _made_order[obj] = _objects_made


def _in_made_order(objects):
    return iter(sorted(objects, key=lambda o: _made_order.get(o, 0)))


class CreationOrderWeakSet(weakref.WeakSet):
    """A WeakSet that iterates in the order its members were first numbered."""

    def add(self, item):
        _number(item)
        super().add(item)

    def __iter__(self):
        return _in_made_order(list(super().__iter__()))


class TaskSet(set):
    """What `all_tasks()` returns: a set that iterates in creation order."""

    def __iter__(self):
        return _in_made_order(list(set.__iter__(self)))


_register_task = asyncio.tasks._all_tasks.add


def _numbered_register_task(task):
    _number(task)
    _register_task(task)


# The C Task looks `add` up on the WeakSet each time it registers a task.
asyncio.tasks._all_tasks.add = _numbered_register_task
_all_tasks = asyncio.tasks.all_tasks


def all_tasks(loop=None):
    return TaskSet(_all_tasks(loop))


asyncio.tasks.all_tasks = asyncio.all_tasks = all_tasks


class VirtualLoop(asyncio.SelectorEventLoop):
    """A selector event loop on the virtual clock."""

    def __init__(self):
        self._vclock_woken = False
        selector = FakeSelector()
        super().__init__(selector)
        selector.loop = self
        self._clock_resolution = 1e-9
        self._asyncgens = CreationOrderWeakSet()

    def time(self):
        return now

    def _write_to_self(self):
        # What the self-pipe would tell the selector: wake up, a handle was added.
        self._vclock_woken = True


class VirtualPolicy(asyncio.DefaultEventLoopPolicy):
    _loop_factory = VirtualLoop


# --- threads -------------------------------------------------------------------
#
# Real threads of the real stdlib, one running at a time. Each thread the oracle knows (a
# `_VThread`) owns a real lock, `go`, that it blocks on while another thread runs; handing
# the run to another thread is releasing that one's `go` and acquiring one's own. Every
# blocking point of the stdlib's threading, queue and concurrent.futures code ends in the
# acquire of a lock made by `_thread.allocate_lock`, which is replaced by `_VLock`, whose
# acquire is a wait the scheduler below knows about; `time.sleep` and the loop's select
# are the others.

_real_allocate_lock = _thread.allocate_lock
_real_start_new_thread = _thread.start_new_thread
_real_get_ident = _thread.get_ident


class _VThread:
    """A thread under the scheduler: its baton lock and what it waits for."""

    __slots__ = ("go", "ident", "sentinels", "kind", "target", "deadline", "seq", "result",
                 "action")

    def __init__(self):
        self.go = _real_allocate_lock()
        self.go.acquire()
        self.ident = None
        self.sentinels = []
        self.kind = None  # "lock", "sleep", "select" while waiting
        self.target = None
        self.deadline = None
        self.seq = 0
        self.result = None
        self.action = None


_main_vthread = _VThread()
_main_vthread.ident = _real_get_ident()
_current = _main_vthread
_live = [_main_vthread]  # threads not yet ended, in the order they were made
_runnable = collections.deque()
_waiting = []  # blocked threads, in the order they blocked
_wait_seq = 0


def _threads_alive():
    """True when another thread than the running one has been started and not ended."""
    return len(_live) > 1


def _satisfied(vt):
    if vt.kind == "lock":
        if not vt.target._locked:
            vt.target._locked = True
            return True
        return False
    if vt.kind == "select":
        return vt.target._vclock_woken
    return False


def _wake_satisfied():
    """Every waiter whose wait is now satisfied becomes runnable, oldest waiter first."""
    still = []
    for vt in _waiting:
        if _satisfied(vt):
            vt.result = True
            vt.kind = None
            _runnable.append(vt)
        else:
            still.append(vt)
    _waiting[:] = still


# What `_block` gives a main thread woken by a Ctrl-C in a lock wait.
_INTERRUPTED = object()
# Set once the program's code is over and the interpreter joins the threads.
_exiting = False


def _interrupt_blocked_main(deadlines):
    """A scripted Ctrl-C due before the next wake-up while the main thread waits for a lock
    (a join, a queue, a condition): CPython's handler runs in the main thread and the
    acquire is interrupted. True when it happened (the main thread is runnable)."""
    if not pending or pending[0]["do"] != "interrupt":
        return False
    main = _main_vthread
    if main not in _waiting or main.kind != "lock":
        return False
    action = pending[0]
    if deadlines and action["at"] > min(deadlines):
        return False
    pending.pop(0)
    _advance_to(action["at"])
    _waiting.remove(main)
    main.kind, main.result = None, _INTERRUPTED
    _runnable.append(main)
    return True


def _jump_clock():
    """No thread can run: the clock jumps to the earliest wake-up; all due then wake."""
    global now
    deadlines = [vt.deadline for vt in _waiting if vt.deadline is not None]
    if _interrupt_blocked_main(deadlines):
        return
    if not deadlines:
        _thread_deadlock()
    earliest = min(deadlines)
    _advance_to(earliest)
    still = []
    for vt in _waiting:
        if vt.deadline is not None and vt.deadline == earliest:
            vt.result = False
            vt.kind = None
            _runnable.append(vt)
        else:
            still.append(vt)
    _waiting[:] = still


def _next_thread():
    _wake_satisfied()
    if not _runnable:
        _jump_clock()
    return _runnable.popleft()


def _hand_over(me, nxt):
    """Lets `nxt` run and waits until this thread (`me`) is handed the run again."""
    global _current
    if nxt is me:
        return
    _current = nxt
    nxt.go.release()
    me.go.acquire()


def _block(kind, target=None, deadline=None):
    """The running thread waits; True when its wait was satisfied, False at its deadline."""
    global _wait_seq
    me = _current
    _wait_seq += 1
    me.kind, me.target, me.deadline, me.seq, me.result = kind, target, deadline, _wait_seq, None
    _waiting.append(me)
    _hand_over(me, _next_thread())
    return me.result


def _yield():
    """`time.sleep(0)`: satisfied waiters become runnable, then this thread goes last."""
    me = _current
    _wake_satisfied()
    _runnable.append(me)
    _hand_over(me, _runnable.popleft())


class _VLock:
    """`_thread.lock` under the scheduler: a blocking acquire of a held lock is a wait."""

    __slots__ = ("_locked", "__weakref__")

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be a non-negative number")
        if not self._locked:
            self._locked = True
            return True
        if not blocking or timeout == 0:
            return False
        # A timed-out wait returns after its deadline, never at it, as on a real clock: code
        # that loops until `deadline - monotonic()` is negative (as_completed) then ends.
        deadline = None if timeout == -1 else math.nextafter(now + timeout, math.inf)
        while True:
            got = _block("lock", self, deadline)
            if got is not _INTERRUPTED:
                return got
            # Ctrl-C: the handler runs (the default one raises KeyboardInterrupt); if it
            # returns, the acquire goes on until its deadline.
            _deliver_interrupt()
            if not self._locked:
                self._locked = True
                return True
            if deadline is not None and now >= deadline:
                return False

    acquire_lock = acquire

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    release_lock = release

    def locked(self):
        return self._locked

    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        state = "locked" if self._locked else "unlocked"
        return f"<{state} _thread.lock object at {id(self):#x}>"


_VLock.__name__ = _VLock.__qualname__ = "lock"
_VLock.__module__ = "_thread"


def _vset_sentinel():
    """The lock `Thread.join` waits on: released when the thread that asked for it ends."""
    lock = _VLock()
    _current.sentinels.append(lock)
    return lock


def _vstart_new_thread(function, args, kwargs=None):
    """Starts a real thread that runs at once, until it blocks; then the starter goes on."""
    if kwargs is None:
        kwargs = {}
    vt = _VThread()

    def body():
        vt.go.acquire()
        vt.ident = _real_get_ident()
        try:
            function(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            sys.stderr.write(f"Exception ignored in thread started by: {function!r}\n")
            traceback.print_exception(exc)
        finally:
            _thread_ends(vt)

    me = _current
    _live.append(vt)
    ident = _real_start_new_thread(body, ())
    _runnable.appendleft(me)
    _hand_over(me, vt)
    return ident


def _thread_ends(vt):
    """The thread's state is gone: its join locks are released and the next thread runs."""
    global _current
    for lock in vt.sentinels:
        if lock._locked:
            lock._locked = False
    _live.remove(vt)
    nxt = _next_thread()
    _current = nxt
    nxt.go.release()


def _thread_name(vt):
    thread = threading._active.get(vt.ident)
    if thread is None and vt is _main_vthread:
        thread = threading._main_thread
    return thread.name if thread is not None else f"thread {vt.ident}"


# The public operations a blocked thread is reported in: the outermost such frame on its
# stack below the program's own code.
_BLOCKING_OPERATIONS = {
    "Thread.join": "Thread.join", "_VLock.acquire": "Lock.acquire",
    "_RLock.acquire": "RLock.acquire", "Condition.wait": "Condition.wait",
    "Condition.wait_for": "Condition.wait_for", "Event.wait": "Event.wait",
    "Semaphore.acquire": "Semaphore.acquire", "Barrier.wait": "Barrier.wait",
    "Queue.get": "Queue.get", "Queue.put": "Queue.put", "Queue.join": "Queue.join",
    "_PySimpleQueue.get": "SimpleQueue.get", "Future.result": "Future.result",
    "Future.exception": "Future.exception", "as_completed": "as_completed", "wait": "wait",
    "_virtual_sleep": "time.sleep", "FakeSelector.select": "the event loop's select",
    "_shutdown": "the program's end (waiting for non-daemon threads)",
}


def _where_blocked(vt, frames, program):
    """`waits in FUNCTION at FILE:LINE on OPERATION` for a blocked thread, as far as known."""
    frame = frames.get(vt.ident)
    operation, place = None, None
    while frame is not None:
        code = frame.f_code
        if os.path.abspath(code.co_filename) == program:
            place = f"in {code.co_name} at {os.path.basename(program)}:{frame.f_lineno}"
            break
        name = _BLOCKING_OPERATIONS.get(code.co_qualname)
        if name is not None:
            operation = name
        frame = frame.f_back
    parts = [p for p in (place, operation and f"on {operation}") if p]
    return "waits " + " ".join(parts) if parts else "waits"


def _thread_deadlock():
    """Nothing can ever run again: names the blocked threads and exits 3."""
    _flush()
    frames = sys._current_frames()
    program = os.path.abspath(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    blocked = [vt for vt in _live if vt in _waiting]
    lines = [THREAD_DEADLOCK_MESSAGE]
    for vt in blocked:
        lines.append(f"  {_thread_name(vt)} {_where_blocked(vt, frames, program)}")
    names = ", ".join(_thread_name(vt) for vt in blocked)
    lines.append(f"coroviz: deadlock: blocked threads: {names}")
    sys.stderr.write("\n".join(lines) + "\n")
    _flush()
    os._exit(EXIT_DEADLOCK)


class _RLock(threading._RLock):
    """threading's Python RLock over the oracle's locks, answering as the C one does."""

    def acquire(self, blocking=True, timeout=-1):
        return bool(super().acquire(blocking, timeout))

    __enter__ = acquire


_RLock.__name__ = _RLock.__qualname__ = "RLock"
_RLock.__module__ = "_thread"


class _SimpleQueue(queue._PySimpleQueue):
    """`queue.SimpleQueue` in Python, so that its waits are the scheduler's."""


_SimpleQueue.__name__ = _SimpleQueue.__qualname__ = "SimpleQueue"
_SimpleQueue.__module__ = "_queue"


def _refuse_process_pool(*args, **kwargs):
    _flush()
    sys.stderr.write("vclock: ProcessPoolExecutor is not modelled by the oracle\n")
    _flush()
    os._exit(2)


def _install_threads():
    """Puts the stdlib's threads, locks and queues under the scheduler."""
    threading._allocate_lock = threading.Lock = _thread.allocate_lock = _VLock
    threading._CRLock = _RLock
    # They read the clock through names of their own.
    threading._time = queue.time = _virtual_monotonic
    threading._start_new_thread = _thread.start_new_thread = _vstart_new_thread
    threading._set_sentinel = _thread._set_sentinel = _vset_sentinel
    threading._active_limbo_lock = _VLock()
    threading._shutdown_locks_lock = _VLock()
    main_lock = _VLock()
    main_lock._locked = True
    threading._shutdown_locks.discard(threading._main_thread._tstate_lock)
    threading._main_thread._tstate_lock = main_lock
    threading._shutdown_locks.add(main_lock)
    queue.SimpleQueue = _SimpleQueue
    os.cpu_count = lambda: 4
    # Imported now, so that its module-level lock is one of the scheduler's.
    import concurrent.futures.process
    import concurrent.futures.thread  # noqa: F401

    concurrent.futures.process.ProcessPoolExecutor.__init__ = _refuse_process_pool


# --- running the program -----------------------------------------------------


def _load_script(text):
    if os.path.isfile(text):
        with open(text, encoding="utf-8") as f:
            text = f.read()
    actions = json.loads(text)
    if not isinstance(actions, list):
        raise SystemExit("vclock: --script must be a JSON list")
    for action in actions:
        if action.get("do") not in ("cancel", "interrupt", "pause"):
            raise SystemExit(f"vclock: bad script action {action!r}")
        if action["do"] == "cancel" and not isinstance(action.get("task"), str):
            raise SystemExit(f"vclock: cancel needs a task name: {action!r}")
        action["at"] = float(action["at"])
    return sorted(actions, key=lambda a: a["at"])


_ORACLE_FILE = os.path.abspath(__file__)
# exec() itself counts as one level of recursion (checked against python3 by
# tests/oracle/checks/recursion_depth.py).
_EXEC_DEPTH = 1


def _is_oracle_frame(filename):
    return filename in ("<frozen runpy>", runpy.__file__) or os.path.abspath(filename) == _ORACLE_FILE


def _run_main_code(code, run_globals, init_globals=None, mod_name=None, mod_spec=None,
                   pkg_name=None, script_name=None):
    """runpy's `_run_code`, filling in `__main__` as `python3 PROGRAM` does.

    CPython's `__main__` holds these names in this order before the program's first line
    (`types.ModuleType` made the first five: `__name__`, `__doc__`, `__package__`,
    `__loader__`, `__spec__`, the last three None).
    """
    run_globals["__loader__"] = importlib.machinery.SourceFileLoader("__main__", script_name)
    run_globals["__annotations__"] = {}
    run_globals["__builtins__"] = builtins
    run_globals["__file__"] = script_name
    run_globals["__cached__"] = None
    _hide_oracle_frames_from_recursion_limit()
    exec(code, run_globals)
    return run_globals


def _hide_oracle_frames_from_recursion_limit():
    """Raises the recursion limit by the oracle's and runpy's frames under the program's.

    Under `python3 PROGRAM` the module's frame is the first; here it runs this many frames
    deeper, so RecursionError would come that much earlier. `sys.getrecursionlimit()` and
    `sys.setrecursionlimit()` keep speaking in the program's terms.
    """
    frame, extra = sys._getframe(1), _EXEC_DEPTH
    while frame is not None:
        extra += 1
        frame = frame.f_back
    real_get, real_set = sys.getrecursionlimit, sys.setrecursionlimit

    def getrecursionlimit():
        return real_get() - extra

    def setrecursionlimit(limit):
        if isinstance(limit, int) and limit >= 1:
            limit += extra
        real_set(limit)

    getrecursionlimit.__doc__, setrecursionlimit.__doc__ = real_get.__doc__, real_set.__doc__
    real_set(real_get() + extra)
    sys.getrecursionlimit, sys.setrecursionlimit = getrecursionlimit, setrecursionlimit


def _run_program(path):
    """Runs PROGRAM as `python3 PROGRAM` does; returns a copy of its globals.

    `__file__` is absolute but not normalised (`python3 ./x.py` gives `/cwd/./x.py`,
    from `/` it gives `//x.py`); `sys.argv[0]` is the path as given (runpy would set it to
    `__file__`). runpy.run_path still does the running: the order in which the program's
    objects are collected at exit depends on what is allocated around it.
    """
    filename = path if os.path.isabs(path) else os.getcwd() + "/" + path
    runpy._run_code = _run_main_code
    runpy._ModifiedArgv0 = lambda value: contextlib.nullcontext()
    sys.argv = [path]
    sys.path[0] = os.path.dirname(os.path.realpath(path))
    return runpy.run_path(filename, run_name="__main__")


def _print_uncaught(exc):
    """Prints the traceback as `python3 PROGRAM.py` would: without this file's and runpy's frames."""
    report = traceback.TracebackException(type(exc), exc, exc.__traceback__)
    todo, seen = [report], set()
    while todo:
        part = todo.pop()
        if id(part) in seen:
            continue
        seen.add(id(part))
        frames = [f for f in part.stack if not _is_oracle_frame(f.filename)]
        part.stack = traceback.StackSummary.from_list(frames)
        todo.extend(p for p in (part.__cause__, part.__context__) if p is not None)
    sys.stderr.write("".join(report.format()))


def main(argv):
    global pending
    args = list(argv)
    script = []
    if len(args) >= 2 and args[0] == "--script":
        script = _load_script(args[1])
        args = args[2:]
    if len(args) != 1:
        sys.stderr.write("usage: vclock.py [--script JSON] PROGRAM.py\n")
        return 2
    path = args[0]
    if not os.path.isfile(path):
        sys.stderr.write(f"vclock: {path}: no such file\n")
        return 2
    pending = script

    time.time = _virtual_time
    time.monotonic = _virtual_monotonic
    time.perf_counter = _virtual_monotonic
    time.sleep = _virtual_sleep
    _install_wall_clock()
    _install_threads()
    asyncio.set_event_loop_policy(VirtualPolicy())
    random.seed(0)

    try:
        program_globals = _run_program(path)
    except SystemExit:
        _flush()
        raise
    except KeyboardInterrupt as exc:
        _flush()
        _print_uncaught(exc)
        _join_threads()
        _release(exc)
        return EXIT_INTERRUPT
    except BaseException as exc:
        _flush()
        _print_uncaught(exc)
        _join_threads()
        _release(exc)
        return EXIT_EXCEPTION
    # Interpreter shutdown: the program's globals die, and with them whatever still holds a
    # never-retrieved exception or a suspended coroutine; CPython reports those at exit.
    _join_threads()
    program_globals.clear()
    del program_globals
    gc.collect()
    _flush()
    return 0


# Set when a Ctrl-C cut the exit's wait for the threads: the process then ends at once.
_abandon_threads = [False]


def _join_threads():
    """What CPython does first at exit: `threading._shutdown` (pools' exit hooks, then
    waiting for every non-daemon thread), here so that it comes before the globals die."""
    global _exiting
    _exiting = True
    try:
        threading._shutdown()
    except KeyboardInterrupt as exc:
        # Ctrl-C while the interpreter waits for the threads: CPython reports it as an
        # unraisable exception and finishes without them (they never run again).
        _flush()
        frames = [f for f in traceback.extract_tb(exc.__traceback__)
                  if not _is_oracle_frame(f.filename)]
        sys.stderr.write(f"Exception ignored in: {threading!r}\n")
        sys.stderr.write("Traceback (most recent call last):\n")
        sys.stderr.write("".join(traceback.format_list(frames)))
        sys.stderr.write("KeyboardInterrupt: \n")
        sys.stderr.flush()
        _abandon_threads[0] = True


def _release(exc):
    """Drop the uncaught exception's frames so the program's objects are finalised now."""
    exc.__traceback__ = None
    del exc
    gc.collect()
    _flush()


if __name__ == "__main__":
    code = main(sys.argv[1:])
    if _abandon_threads[0]:
        _flush()
        os._exit(code)
    sys.exit(code)
