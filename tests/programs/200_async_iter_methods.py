# Async iteration written as methods: __aiter__ as an async generator, async generator
# methods, and an async iterator class delegating to one.
import asyncio


class Feed:
    def __init__(self, *items):
        self.items = items

    async def __aiter__(self):
        for it in self.items:
            await asyncio.sleep(0.1)
            yield it

    async def pairs(self):
        async for a in self:
            yield a, a * 2


class Windowed:
    def __init__(self, source, size):
        self.source = source
        self.size = size

    def __aiter__(self):
        return self._windows()

    async def _windows(self):
        buf = []
        async for x in self.source:
            buf.append(x)
            if len(buf) == self.size:
                yield tuple(buf)
                buf = []
        if buf:
            yield tuple(buf)


async def main():
    feed = Feed(1, 2, 3, 4, 5)
    async for x in feed:
        print("item", x, f"{asyncio.get_running_loop().time():.1f}")
    async for pair in feed.pairs():
        print("pair", pair)
    async for w in Windowed(Feed(*range(7)), 3):
        print("window", w)
    print(type(feed.__aiter__()).__name__, type(feed.pairs()).__qualname__)


asyncio.run(main())
