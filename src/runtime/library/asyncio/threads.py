# asyncio.to_thread, written for coroviz to behave as CPython 3.11's: the call runs in the
# loop's default executor, in a copy of the caller's contextvars context, and the coroutine
# awaits its result. (A program that never imports contextvars has nothing in its context:
# the copy is skipped.)

__all__ = ('to_thread',)

import functools
from asyncio import get_running_loop
from _coroviz import contexts_on as _contexts_on


async def to_thread(func, /, *args, **kwargs):
    loop = get_running_loop()
    if _contexts_on():
        import contextvars
        call = functools.partial(contextvars.copy_context().run, func, *args, **kwargs)
    else:
        call = functools.partial(func, *args, **kwargs)
    return await loop.run_in_executor(None, call)
