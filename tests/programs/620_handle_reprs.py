# Reprs of the loop's handles: Handle and TimerHandle with their callback and arguments, and once cancelled.
import asyncio


def show(obj):
    print(repr(obj).replace(__file__, "FILE"))


def greet(name, punctuation="!"):
    print("hello", name + punctuation)


async def main():
    loop = asyncio.get_running_loop()
    soon = loop.call_soon(greet, "soon")
    later = loop.call_later(1.5, greet, "later")
    at = loop.call_at(loop.time() + 3, greet, "at")
    show(soon)
    show(later)
    show(at)
    print(later.when(), at.when(), later.cancelled())
    at.cancel()
    show(at)
    print(at.cancelled())
    await asyncio.sleep(2)
    show(soon)
    show(later)


asyncio.run(main())
