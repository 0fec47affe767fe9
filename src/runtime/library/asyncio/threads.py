# asyncio.to_thread, written for coroviz to behave as CPython 3.11's: the call runs in the
# loop's default executor and the coroutine awaits its result.
#
# CPython also copies the caller's contextvars context into the call; coroviz refuses
# `contextvars` before a program runs, so no program it accepts can tell the difference.

__all__ = ('to_thread',)

import functools
from asyncio import get_running_loop


async def to_thread(func, /, *args, **kwargs):
    loop = get_running_loop()
    call = functools.partial(func, *args, **kwargs)
    return await loop.run_in_executor(None, call)
