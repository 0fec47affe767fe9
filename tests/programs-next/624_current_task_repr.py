# The main task's repr as asyncio.run makes it: its done callback _run_until_complete_cb at base_events.py.
import asyncio
import re


def clean(text):
    text = text.replace(__file__, "FILE")
    return re.sub(r" at \S*asyncio/", " at ASYNCIO/", text)


async def child():
    print(clean(repr(asyncio.current_task())))


async def main():
    print(clean(repr(asyncio.current_task())))
    await asyncio.create_task(child(), name="child")


asyncio.run(main())
