# `async for` over a class with __aiter__/__anext__: StopAsyncIteration ends the loop,
# `else` runs after a normal end, `break` skips it, errors propagate.
import asyncio


class Ticker:
    def __init__(self, n, delay):
        self.n = n
        self.delay = delay
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.i += 1
        return self.i


class Failing:
    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0.1)
        raise RuntimeError("source broke")


async def consume(name, n, delay):
    total = 0
    async for t in Ticker(n, delay):
        print(f"{asyncio.get_running_loop().time():.2f} {name} got {t}")
        total += t
    else:
        print(name, "exhausted")
    return total


async def main():
    print(await asyncio.gather(consume("fast", 3, 0.3), consume("slow", 2, 0.5)))
    async for t in Ticker(10, 0.1):
        if t == 2:
            break
    else:
        print("not printed")
    print("broke at", t)
    try:
        async for _ in Failing():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    for bad in [[1, 2], NoNext()]:
        try:
            async for _ in bad:
                pass
        except TypeError as e:
            print("TypeError:", e)
    async for a in Ticker(2, 0):
        async for b in Ticker(2, 0):
            print("pair", a, b)


class NoNext:
    def __aiter__(self):
        return self


asyncio.run(main())
