# asyncio's synchronization primitives, written for coroviz: Lock, Event, Condition,
# Semaphore, BoundedSemaphore and Barrier. They behave as CPython 3.11's do, step for step:
# the same waiter futures, made in the same order and woken in the same order, the same
# errors and the same reprs. The `_coroviz` calls tell the dashboard who holds a primitive
# and who waits on it; they only read attributes and name futures, so the program cannot
# see them.
#
# Attribute names (`_waiters`, `_locked`, `_value`, `_lock`, ...) are CPython's: programs
# look at them, and runtime/asyncio/prims.rs reads them to draw each primitive.

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore',
           'BoundedSemaphore', 'Barrier')

from _collections import deque
from _coroviz import get_running_loop as _get_running_loop
from _coroviz import waiter as _waiter
from _coroviz import prim as _prim
from _coroviz import quiet as _quiet
from _coroviz import changed as _changed
from _coroviz import hold as _hold
from _coroviz import unhold as _unhold
from asyncio import CancelledError


class _LoopBoundMixin:
    # CPython keeps this in asyncio.mixins; the name shows in every primitive's __mro__.
    __module__ = 'asyncio.mixins'

    _loop = None

    def _get_loop(self):
        # An object belongs to the loop that first needs it (a waiter future), not to the
        # loop it was made under; a later loop is refused.
        running = _get_running_loop()
        if self._loop is None:
            self._loop = running
        elif running is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return running


class _ContextManagerMixin:
    # `async with` for Lock, Condition and Semaphore: it binds None, as in CPython, and goes
    # through the (overridable) acquire and release methods.

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _bracketed(base, state, waiters):
    """`<asyncio.locks.Lock object at 0x..>` with `[state, waiters:N]` added inside."""
    if waiters:
        state = f'{state}, waiters:{len(waiters)}'
    return f'<{base[1:-1]} [{state}]>'


def _anyone_live(line):
    """True if a waiter in `line` (a deque, or None before anyone queued) is not cancelled."""
    if line:
        for fut in line:
            if not fut.cancelled():
                return True
    return False


def _join_line(owner, method):
    """A new waiter future at the back of `owner._waiters`, shown as `Kind.method`."""
    fut = _waiter(owner._get_loop(), owner, method)
    owner._waiters.append(fut)
    _changed(owner)
    return fut


def _leave_line(owner, fut):
    owner._waiters.remove(fut)
    _changed(owner)


class Lock(_ContextManagerMixin, _LoopBoundMixin):
    """A lock no task owns: any task may release it. Waiters get it first come, first served."""

    def __init__(self):
        self._waiters, self._locked = None, False
        _prim(self)

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return _bracketed(super().__repr__(), state, self._waiters)

    def locked(self):
        """Whether some task holds the lock."""
        return self._locked

    async def acquire(self):
        """Waits until the lock is free, takes it and returns True."""
        # A free lock still belongs to the waiter release() woke: a newcomer may take it only
        # when every queued waiter has been cancelled (CPython's fairness rule).
        if not self._locked and not _anyone_live(self._waiters):
            self._locked = True
            _hold(self)
            return True
        if self._waiters is None:
            self._waiters = deque()
        fut = _join_line(self, 'acquire')
        try:
            # Out of the line first (the inner finally), so that handing the turn on in
            # _turn_abandoned cannot pick us.
            try:
                await fut
            finally:
                _leave_line(self, fut)
        except CancelledError:
            self._turn_abandoned(fut)
            raise
        self._locked = True
        _hold(self)
        return True

    def release(self):
        """Frees the lock and wakes the first waiter; RuntimeError if it is not held."""
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_head()
        _unhold(self)

    def _wake_head(self):
        # Only the head of the line is woken. If it is already done it was woken before and
        # will either take the lock or, cancelled, pass it on in _turn_abandoned.
        if self._waiters:
            head = self._waiters[0]
            if not head.done():
                head.set_result(True)

    def _turn_abandoned(self, fut):
        # A waiter cancelled in line (perhaps after being woken): a free lock goes on to the
        # next one.
        if not self._locked:
            self._wake_head()


class Event(_LoopBoundMixin):
    """A flag tasks can wait for; setting it wakes every waiter at once."""

    def __init__(self):
        self._waiters = deque()
        self._value = False
        _prim(self)

    def __repr__(self):
        state = 'set' if self._value else 'unset'
        return _bracketed(super().__repr__(), state, self._waiters)

    def is_set(self):
        """Whether the flag is set."""
        return self._value

    def set(self):
        """Sets the flag and wakes every task waiting for it."""
        if self._value:
            return
        self._value = True
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
        _changed(self)

    def clear(self):
        """Clears the flag: wait() blocks again until the next set()."""
        self._value = False
        _changed(self)

    async def wait(self):
        """Returns True once the flag is set (at once if it already is)."""
        if self._value:
            return True
        fut = _join_line(self, 'wait')
        try:
            await fut
        finally:
            _leave_line(self, fut)
        return True


class Condition(_ContextManagerMixin, _LoopBoundMixin):
    """A condition variable over a Lock (a new one unless one is given)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = _quiet(Lock)
        self._lock = lock
        # The lock's own bound methods stand in for the condition's, as instance
        # attributes: that is how CPython's Condition offers them.
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = deque()
        _prim(self, lock)

    def __repr__(self):
        state = 'locked' if self.locked() else 'unlocked'
        return _bracketed(super().__repr__(), state, self._waiters)

    async def wait(self):
        """Releases the lock, sleeps until notified, and takes the lock back; returns True."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = _join_line(self, 'wait')
            try:
                # notify() resolves it; a cancellation ends the wait early.
                await fut
                return True
            finally:
                _leave_line(self, fut)
        finally:
            # The caller must hold the lock again whatever happened. Cancellations that
            # arrive while we take it back are held until we have it, then surface as one
            # fresh, message-less CancelledError (CPython's behaviour).
            interrupted = False
            while True:
                try:
                    await self.acquire()
                except CancelledError:
                    interrupted = True
                else:
                    break
            if interrupted:
                raise CancelledError

    async def wait_for(self, predicate):
        """Waits until predicate() is true and returns its (true) value."""
        while True:
            verdict = predicate()
            if verdict:
                return verdict
            await self.wait()

    def notify(self, n=1):
        """Wakes up to n waiters (not yet woken) in the order they began to wait."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)
        _changed(self)

    def notify_all(self):
        """Wakes every waiter."""
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBoundMixin):
    """A counter of free units: acquire() takes one (waiting if none is free), release() adds one."""

    def __init__(self, value=1):
        # No line of waiters until someone has to wait.
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters, self._value = None, value
        _prim(self)

    def __repr__(self):
        state = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        return _bracketed(super().__repr__(), state, self._waiters)

    def locked(self):
        """Whether acquire() would have to wait: no unit free, or a live waiter ahead."""
        return self._value == 0 or _anyone_live(self._waiters)

    async def acquire(self):
        """Takes a unit, waiting in line for one if needed; returns True."""
        if not self.locked():
            self._value -= 1
            _hold(self)
            return True
        if self._waiters is None:
            self._waiters = deque()
        fut = _join_line(self, 'acquire')
        try:
            # Out of the line before a cancellation is handled, as in Lock.acquire.
            try:
                await fut
            finally:
                _leave_line(self, fut)
        except CancelledError:
            self._turn_abandoned(fut)
            raise
        # Several releases may have come in at once: units still free go on down the line.
        if self._value > 0:
            self._wake_next()
        _hold(self)
        return True

    def release(self):
        """Adds a unit and hands it to the first waiter, if any."""
        self._value += 1
        self._wake_next()
        _unhold(self)

    def _wake_next(self):
        # Waking a waiter reserves its unit at once (the count drops now, not when it runs),
        # so a task arriving in between cannot take it: CPython 3.11.7's fairness.
        if not self._waiters:
            return
        for fut in self._waiters:
            if fut.done():
                continue
            self._value -= 1
            fut.set_result(True)
            return

    def _turn_abandoned(self, fut):
        # Woken, so holding a reserved unit, but cancelled before it could run: return the
        # unit and offer it to the next in line.
        if not fut.cancelled():
            self._value += 1
            self._wake_next()
            _changed(self)


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() refuses to go above the initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        # Semaphore's own setup, and its check of value, once the bound is known.
        super().__init__(value)

    def release(self):
        """Adds a unit; ValueError if that would exceed the initial value."""
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        # Below the bound: an ordinary release.
        super().release()


class BrokenBarrierError(RuntimeError):
    """A Barrier was aborted or reset while a task was waiting at it."""
    __module__ = 'asyncio.exceptions'


# A Barrier's states. CPython's are members of an enum whose values are these strings;
# repr() shows only the value, so the strings serve directly.
_FILLING = 'filling'
_DRAINING = 'draining'
_RESETTING = 'resetting'
_BROKEN = 'broken'


class Barrier(_LoopBoundMixin):
    """Holds tasks until `parties` of them are waiting, then lets them all through."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        # Every state change is announced on this condition.
        self._cond = _quiet(Condition, 'Barrier')
        self._parties = parties
        self._state = _FILLING
        self._count = 0  # tasks inside wait(): those waiting to pass, then those leaving

    def __repr__(self):
        state = self._state
        if not self.broken:
            state += f', waiters:{self.n_waiting}/{self.parties}'
        return _bracketed(super().__repr__(), state, None)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        # Nothing to undo: wait() did all the work on the way in.
        pass

    # wait() runs in three steps, each a coroutine of its own as in CPython (so that a
    # program makes as many coroutine objects, numbered alike in the event stream): get
    # into the round, then either trip the barrier or wait for it to trip.

    async def wait(self):
        """Waits until `parties` tasks are here; returns this task's arrival index."""
        async with self._cond:
            await self._enter_round()
            try:
                index = self._count
                self._count += 1
                if self._count == self._parties:
                    await self._trip()
                else:
                    await self._await_trip()
                return index
            finally:
                self._count -= 1
                self._left()

    async def _enter_round(self):
        # Arrivals wait for the previous round to drain (or a reset to finish).
        await self._cond.wait_for(self._admitting)
        if self._state is _BROKEN:
            raise BrokenBarrierError("Barrier aborted")

    async def _trip(self):
        # The last party lets everyone through; newcomers wait until all have left.
        self._state = _DRAINING
        self._cond.notify_all()

    async def _await_trip(self):
        await self._cond.wait_for(self._tripped)
        if self._state is _BROKEN or self._state is _RESETTING:
            raise BrokenBarrierError("Abort or reset of barrier")

    def _admitting(self):
        return self._state is not _DRAINING and self._state is not _RESETTING

    def _tripped(self):
        return self._state is not _FILLING

    def _left(self):
        # The last task out ends a drain or a reset, and the waiting arrivals may come in.
        if self._count == 0:
            if self._state is _DRAINING or self._state is _RESETTING:
                self._state = _FILLING
            self._cond.notify_all()

    async def reset(self):
        """Back to filling; tasks waiting now get BrokenBarrierError."""
        async with self._cond:
            # With tasks inside, the barrier resets once they have all left.
            self._state = _RESETTING if self._count > 0 else _FILLING
            self._cond.notify_all()

    async def abort(self):
        """Breaks the barrier: waiting and future wait() calls raise BrokenBarrierError."""
        async with self._cond:
            self._state = _BROKEN
            self._cond.notify_all()

    @property
    def broken(self):
        """Whether abort() broke the barrier."""
        return self._state is _BROKEN

    @property
    def n_waiting(self):
        """How many tasks wait to pass now (0 unless filling)."""
        return self._count if self._state is _FILLING else 0

    @property
    def parties(self):
        """How many tasks it takes to pass."""
        return self._parties

