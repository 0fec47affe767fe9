# functools.partial as loop callbacks: call_soon/call_later take no keywords, so partial carries them.
import asyncio
from functools import partial


def report(label, value, *, unit="s"):
    print(f"{label}: {value}{unit}")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(partial(report, "soon", 0, unit="ms"))
    loop.call_later(0.5, partial(report, "later", 0.5))
    loop.call_later(1, report, "positional", 1)
    try:
        loop.call_soon(report, "bad", 1, unit="h")
    except TypeError as e:
        print("TypeError:", e)
    fut = loop.create_future()
    fut.add_done_callback(partial(lambda tag, f: print(tag, f.result()), "future:"))
    fut.set_result(42)
    await asyncio.sleep(1.5)


asyncio.run(main())
