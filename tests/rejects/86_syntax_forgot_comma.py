# expect-exit: 2
# expect-stderr: 86_syntax_forgot_comma.py:7:26: error: syntax error: invalid syntax. Perhaps you forgot a comma?
# Two expressions side by side inside brackets: CPython suggests the comma.
import asyncio

async def main():
    await asyncio.gather(asyncio.sleep(1) asyncio.sleep(2))
