# Objects with __await__: awaiting them delegates to the iterator __await__ returns.
import asyncio


class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __await__(self):
        print(f"  Delay.__await__ {self.seconds}")
        yield from asyncio.sleep(self.seconds).__await__()
        return self.value


class FutureBox:
    def __init__(self):
        self.fut = asyncio.get_running_loop().create_future()

    def __await__(self):
        return self.fut.__await__()


class Bad:
    def __await__(self):
        return 42


class Plain:
    pass


async def main():
    loop = asyncio.get_running_loop()
    print(await Delay(1, "one"), loop.time())
    results = await asyncio.gather(*(asyncio.ensure_future(wrap(Delay(d, d * 10))) for d in (2, 1)))
    print(results, loop.time())
    box = FutureBox()
    loop.call_later(0.5, box.fut.set_result, "boxed")
    print(await box, loop.time())
    for thing in [Bad(), Plain(), 3]:
        try:
            await thing
        except TypeError as e:
            print("TypeError:", e)


async def wrap(aw):
    return await aw


asyncio.run(main())
