# The program's globals do not leak into asyncio's modules: names the library uses
# (deque, Event, heapq, len, CancelledError, get_running_loop) can be anything here.
import asyncio

deque = "not a deque"
Event = None
heapq = 42
CancelledError = KeyError


def len(x):
    return -1


def get_running_loop():
    raise SystemExit("the library must not call this")


async def main():
    q = asyncio.PriorityQueue()
    await q.put((2, "b"))
    await q.put((1, "a"))
    print(q.qsize(), await q.get())
    cond = asyncio.Condition()
    async with cond:
        cond.notify_all()
    try:
        async with asyncio.timeout(0.1):
            await asyncio.Event().wait()
    except TimeoutError:
        print("timeout works; len is", len([1, 2]))
    try:
        raise asyncio.CancelledError()
    except CancelledError:
        print("never")
    except asyncio.CancelledError:
        print("asyncio.CancelledError is not the program's CancelledError")


asyncio.run(main())
