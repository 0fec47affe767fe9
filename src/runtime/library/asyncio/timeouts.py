# asyncio.timeout / timeout_at, written for coroviz to behave as CPython 3.11's: the deadline
# is a loop timer that cancels the task, and leaving the block turns that cancellation into a
# TimeoutError, unless another cancellation arrived meanwhile (counted with uncancel()).

__all__ = ("Timeout", "timeout", "timeout_at")

from asyncio import get_running_loop, current_task, CancelledError


# A Timeout's life. CPython's states are members of an enum whose values are these strings;
# repr() and error messages show only the value, so the strings serve directly.
_CREATED = "created"
_ENTERED = "active"
_EXPIRING = "expiring"
_EXPIRED = "expired"
_EXITED = "finished"


class Timeout:
    """The context manager timeout() and timeout_at() return: cancels the task that entered
    it when the deadline passes, and raises TimeoutError on the way out."""

    def __init__(self, when):
        # `when` is a loop time, or None for no deadline.
        self._state = _CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        """The deadline (a loop time), or None."""
        return self._when

    def reschedule(self, when):
        """Moves the deadline (None: no deadline); only while the block runs."""
        if self._state is _CREATED:
            raise RuntimeError("Timeout has not been entered")
        if self._state is not _ENTERED:
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        self._timeout_handler = None if when is None else self._arm(when)

    def _arm(self, when):
        # A deadline already reached fires on the loop's next iteration (call_soon), not
        # inside the caller.
        loop = get_running_loop()
        if when <= loop.time():
            return loop.call_soon(self._on_timeout)
        return loop.call_at(when, self._on_timeout)

    def expired(self):
        """Whether the deadline passed while the block ran."""
        return self._state is _EXPIRING or self._state is _EXPIRED

    def __repr__(self):
        shown = ""
        if self._state is _ENTERED:
            when = None if self._when is None else round(self._when, 3)
            shown = f" when={when}"
        return f"<Timeout [{self._state}]{shown}>"

    async def __aenter__(self):
        if self._state is not _CREATED:
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = _ENTERED
        self._task = task
        # Cancellations already pending when we enter are not ours to absorb.
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state in (_ENTERED, _EXPIRING)
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state is _ENTERED:
            self._state = _EXITED
        elif self._state is _EXPIRING:
            self._state = _EXPIRED
            # Take back our own cancel request first, always. Only when no other request is
            # left and the block let the CancelledError out does it become a TimeoutError.
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        return None

    def _on_timeout(self):
        assert self._state is _ENTERED
        self._task.cancel()
        self._state = _EXPIRING
        self._timeout_handler = None  # it has fired: nothing left to cancel on exit


def timeout(delay):
    """A Timeout whose deadline is `delay` seconds from now (None: no deadline)."""
    loop = get_running_loop()
    return Timeout(None if delay is None else loop.time() + delay)


def timeout_at(when):
    """A Timeout whose deadline is the loop time `when` (None: no deadline)."""
    return Timeout(when)


# CPython's Timeout is decorated with typing.final, which leaves this mark on the class.
setattr(Timeout, '__final__', True)
