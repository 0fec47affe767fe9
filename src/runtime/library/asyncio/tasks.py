# asyncio.wait_for, shield and as_completed, written for coroviz to schedule as CPython 3.11's
# do: the same helper futures and callbacks, made in the same order, so every program takes
# the same loop iterations. The futures tasks wait on are named for the dashboard
# (`wait_for`, `shield`, `as_completed`). Tasks, sleep, gather and wait are native (Rust).
#
# Names that show in handle and task reprs (`_release_waiter`, shield's and as_completed's
# inner callbacks, `_wait_for_one`) are CPython's; the engine calls `_wrap_awaitable`.

__all__ = ('wait_for', 'shield', 'as_completed', 'run_coroutine_threadsafe')

import functools
from asyncio import (get_running_loop, get_event_loop, ensure_future, isfuture,
                     iscoroutine, CancelledError)
from _coroviz import waiter as _waiter
from _coroviz import quiet as _quiet


def _release_waiter(waiter, *args):
    # A done callback or timer that wakes `waiter` (once; later calls do nothing).
    if not waiter.done():
        waiter.set_result(None)


def _result_or_timeout(fut):
    # The outcome of a future we cancelled on a timeout: if the cancellation took, the
    # caller sees TimeoutError; if the future finished (or failed) anyway, that outcome.
    try:
        return fut.result()
    except CancelledError as exc:
        raise TimeoutError() from exc


async def _cancel_and_wait(fut, loop):
    """Cancels `fut` and waits until it is done, through a waiter of our own rather than on
    `fut` itself, so that this wait stays cancellable even if `fut` ignores cancellation."""
    waiter = _waiter(loop, None, 'wait_for')
    wake = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(wake)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(wake)


async def wait_for(fut, timeout):
    """Awaits a future or coroutine (wrapped in a task) for at most `timeout` seconds; on
    timeout cancels it and raises TimeoutError. Cancelling wait_for() cancels it too."""
    loop = get_running_loop()
    if timeout is None:
        return await fut  # no limit: a plain await
    if timeout <= 0:
        # No time at all: a finished future gives its result, anything else is stopped.
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop)
        return _result_or_timeout(fut)

    # One waiter, woken by whichever comes first: the timer or the future finishing.
    waiter = _waiter(loop, None, 'wait_for')
    timer = loop.call_later(timeout, _release_waiter, waiter)
    wake = functools.partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(wake)
    try:
        try:
            await waiter
        except CancelledError:
            # Cancelled from outside; a result that is already in still wins.
            if fut.done():
                return fut.result()
            # wait_for() never returns while its inner task still runs (bpo-32751).
            fut.remove_done_callback(wake)
            await _cancel_and_wait(fut, loop)
            raise
        if fut.done():
            return fut.result()
        # The timer fired first: stop the inner task. Should it refuse the cancellation by
        # finishing or failing, that outcome is what we give (bpo-40607).
        fut.remove_done_callback(wake)
        await _cancel_and_wait(fut, loop)
        return _result_or_timeout(fut)
    finally:
        timer.cancel()


async def _wrap_awaitable(awaitable):
    """The coroutine ensure_future() makes for an object that only has __await__."""
    # CPython's is a generator-based coroutine running `yield from awaitable.__await__()`;
    # `await` takes the same steps.
    return await awaitable


def as_completed(fs, *, timeout=None):
    """Yields one coroutine per awaitable in `fs`; awaiting them gives the outcomes in the
    order they finish. With a timeout, those still pending then raise TimeoutError."""
    # A plain generator, not a coroutine: this check runs at the first next(), as in CPython.
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")

    from asyncio.queues import Queue
    done = _quiet(Queue, 'as_completed')  # finished futures, in finishing order

    loop = get_event_loop()
    # A set of the argument, then a set of its futures, as in CPython. coroviz's sets keep
    # insertion order (CPython's follow hashes), which decides the order of the callbacks.
    pending = set()
    for f in set(fs):
        pending.add(ensure_future(f, loop=loop))
    timer = None

    def _on_timeout():
        # Everything still pending times out: one None each tells _wait_for_one so.
        for f in pending:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        pending.clear()

    def _on_completion(f):
        if not pending:
            return  # the timeout already answered for every future
        pending.remove(f)
        done.put_nowait(f)
        if not pending and timer is not None:
            timer.cancel()

    async def _wait_for_one():
        # The next future to finish, or None put in by the timer.
        first = await done.get()
        if first is None:
            raise TimeoutError
        return first.result()

    for f in pending:
        f.add_done_callback(_on_completion)
    if pending and timeout is not None:
        timer = loop.call_later(timeout, _on_timeout)
    for _ in range(len(pending)):
        yield _wait_for_one()


def shield(arg):
    """A future that follows `arg` but whose cancellation does not reach it: cancelling the
    awaiting task leaves the inner task running."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = _waiter(loop, None, 'shield')

    def _inner_done_callback(inner):
        if outer.cancelled():
            # Nobody will look at the outcome now: mark an exception as seen, so that it
            # is not reported as never retrieved.
            if not inner.cancelled():
                inner.exception()
        elif inner.cancelled():
            outer.cancel()
        else:
            failure = inner.exception()
            if failure is None:
                outer.set_result(inner.result())
            else:
                outer.set_exception(failure)

    def _outer_done_callback(outer):
        # The outer future was cancelled: the inner one's outcome no longer goes anywhere.
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    # Each side watches the other; the inner one first, as in CPython.
    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """Hands `coro` to `loop` from any thread; the concurrent future returned follows the
    task it becomes."""
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    from asyncio.futures import _chain_future
    outcome = concurrent.futures.Future()

    def callback():
        # Runs on the loop: the coroutine becomes a task there, and the task's outcome is
        # copied to `outcome`. If even that fails, `outcome` carries the failure too.
        try:
            _chain_future(ensure_future(coro, loop=loop), outcome)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if outcome.set_running_or_notify_cancel():
                outcome.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return outcome
