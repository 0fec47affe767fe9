# expect-exit: 2
# expect-stderr: 84_syntax_expected_colon.py:6:17: error: syntax error: expected ':'
# A missing colon after a compound statement's header.
import asyncio

async def main()
    await asyncio.sleep(1)
