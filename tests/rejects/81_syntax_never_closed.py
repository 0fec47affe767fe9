# expect-exit: 2
# expect-stderr: 81_syntax_never_closed.py:8:24: error: syntax error: '(' was never closed
# A bracket left open: CPython names the bracket, not the line after it.
import asyncio


async def main():
    await asyncio.sleep(1
    print("done")


asyncio.run(main())
