# What a program can print about a coroutine object without its address: its class, names and code.
import asyncio


async def fetch(url, retries=3):
    await asyncio.sleep(0)
    return url


c = fetch("http://example.org")
print(type(c), type(c).__name__, c.__name__, c.__qualname__)
print(c.cr_code.co_name, c.cr_code.co_argcount, c.cr_code.co_varnames[:2], c.cr_frame.f_code.co_filename == __file__)
print(c.cr_frame.f_locals)
print(asyncio.iscoroutine(c), asyncio.iscoroutinefunction(fetch), callable(c))
print(str(c).startswith("<coroutine object fetch at 0x"), repr(c) == str(c))
print(asyncio.run(c))
print(c.cr_frame, c.cr_running)
try:
    asyncio.run(c)
except RuntimeError as e:
    print("RuntimeError:", e)
