# asyncio's bridge between its own futures and concurrent.futures.Future, written for coroviz
# to behave as CPython 3.11's: `wrap_future` makes a loop future that follows a concurrent
# one, and `_chain_future` ties any two futures of either kind together (the outcome of the
# first is copied to the second; cancelling the second cancels the first). When the two
# belong to different loops, or one is a concurrent future finished by another thread, the
# copy travels through `call_soon_threadsafe` of the receiving loop, as CPython's does.
# Futures themselves are native (Rust).

__all__ = ('wrap_future',)

import concurrent.futures
from _coroviz_threads import future_wrapped as _future_wrapped
from asyncio import (Future, isfuture, get_event_loop, CancelledError, TimeoutError,
                     InvalidStateError)


def _convert_future_exc(exc):
    # concurrent.futures' own CancelledError and InvalidStateError become asyncio's (same
    # arguments); TimeoutError is the builtin one in both.
    kind = type(exc)
    if kind is concurrent.futures.CancelledError:
        return CancelledError(*exc.args)
    if kind is concurrent.futures.InvalidStateError:
        return InvalidStateError(*exc.args)
    if kind is concurrent.futures.TimeoutError:
        return TimeoutError(*exc.args)
    return exc


def _set_concurrent_future_state(target, source):
    # A finished loop future's outcome, copied onto a concurrent future.
    assert source.done()
    if source.cancelled():
        target.cancel()
    if target.set_running_or_notify_cancel():
        failure = source.exception()
        if failure is None:
            target.set_result(source.result())
        else:
            target.set_exception(_convert_future_exc(failure))


def _copy_future_state(source, dest):
    # A finished future's outcome (either kind), copied onto a loop future that is still
    # pending; a cancelled destination is left alone.
    assert source.done()
    if dest.cancelled():
        return
    assert not dest.done()
    if source.cancelled():
        dest.cancel()
        return
    failure = source.exception()
    if failure is None:
        dest.set_result(source.result())
    else:
        dest.set_exception(_convert_future_exc(failure))


def _loop_of(fut):
    # The loop of an asyncio future, or None for a concurrent one.
    return fut.get_loop() if isfuture(fut) else None


def _chain_future(source, destination):
    for fut, which in ((source, 'source'), (destination, 'destination')):
        if not isfuture(fut) and not isinstance(fut, concurrent.futures.Future):
            raise TypeError('A future is required for %s argument' % which)
    source_loop = _loop_of(source)
    dest_loop = _loop_of(destination)

    def _set_state(future, other):
        if isfuture(future):
            _copy_future_state(other, future)
        else:
            _set_concurrent_future_state(future, other)

    def _call_check_cancel(destination):
        # The destination was cancelled: so is the source, on its own loop's thread.
        if not destination.cancelled():
            return
        if source_loop is None or source_loop is dest_loop:
            source.cancel()
        else:
            source_loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(source):
        # The source finished: hand its outcome over, directly when no other loop is
        # involved, else as a callback on the destination's loop (unless that is closed).
        if dest_loop is not None and dest_loop.is_closed():
            if destination.cancelled() or dest_loop is not source_loop:
                return
        if dest_loop is None or dest_loop is source_loop:
            _set_state(destination, source)
        else:
            dest_loop.call_soon_threadsafe(_set_state, destination, source)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    """A loop future that follows the concurrent future `future`."""
    if isfuture(future):
        return future       # already a loop future
    expected = isinstance(future, concurrent.futures.Future)
    assert expected, f'concurrent.futures.Future is expected, got {future!r}'
    loop = get_event_loop() if loop is None else loop
    follower = loop.create_future()
    if future._coroviz_id is not None:
        # A task awaiting it shows the pool's future it stands for.
        _future_wrapped(follower, future._coroviz_id)
    _chain_future(future, follower)
    return follower
