# The event loop's dealings with executors, written for coroviz to behave as CPython 3.11's
# BaseEventLoop: the loop itself is native (Rust) and keeps its default executor; it calls
# these for the parts that are Python in CPython too, so the same threads, futures and
# callbacks are made in the same order.

import functools
import threading
import concurrent.futures
from asyncio.futures import wrap_future


def _new_default_executor():
    # Made on the first run_in_executor(None, ...): its workers are asyncio_0, asyncio_1 ...
    return concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')


def _check_default_executor(executor):
    if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
        raise TypeError('executor must be ThreadPoolExecutor instance')
    return executor


def run_in_executor(loop, executor, func, *args):
    # The call goes to the pool; the loop gets a future of its own that follows it.
    return wrap_future(executor.submit(func, *args), loop=loop)


class BaseEventLoop:
    # Only for the names: CPython's task repr and thread name show these qualified names.

    async def shutdown_default_executor(loop, executor):
        # The pool is shut down (waiting for its work) in a thread of its own, so the loop
        # keeps running meanwhile; that thread reports back through call_soon_threadsafe.
        finished = loop.create_future()

        def _do_shutdown(future):
            try:
                executor.shutdown(wait=True)
                if not loop.is_closed():
                    loop.call_soon_threadsafe(future.set_result, None)
            except Exception as ex:
                if not loop.is_closed():
                    loop.call_soon_threadsafe(future.set_exception, ex)

        stopper = threading.Thread(target=_do_shutdown, args=(finished,))
        stopper.start()
        try:
            await finished
        finally:
            stopper.join()
