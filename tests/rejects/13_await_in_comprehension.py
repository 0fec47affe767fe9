# expect-exit: 2
# expect-stderr: 13_await_in_comprehension.py:9:13: error: unsupported: `await` inside a comprehension
import asyncio


async def main():
    coros = [asyncio.sleep(0, i) for i in range(3)]
    # Legal in 3.11 inside async def, but coroviz compiles comprehensions as plain functions.
    return [await c for c in coros]
