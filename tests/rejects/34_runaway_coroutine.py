# args: --max-instructions 100000
# expect-exit: 4
# expect-stderr: instruction budget
# expect-stderr: busy
# expect-stderr: 34_runaway_coroutine.py:12
import asyncio


async def busy():
    await asyncio.sleep(1)
    i = 0
    while i >= 0: i += 1


asyncio.run(busy())
