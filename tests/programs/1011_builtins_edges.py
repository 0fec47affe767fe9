# dir() of instances and builtin values, aiter/anext with and without a default, exit codes.
import asyncio


class Point:
    dims = 2

    def __init__(self, x, y):
        self.x, self.y = x, y

    def norm(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print([n for n in dir(p) if not n.startswith("_")])
print(dir(p) == sorted(dir(p)), "__init__" in dir(p), "__dict__" in dir(Point))
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir("") if n.startswith("is")])


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0.1)
        return self.n


async def main():
    it = aiter(Countdown(2))
    print(await anext(it), await anext(it), await anext(it, "empty"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    try:
        aiter(5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        anext([1])
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
print(issubclass(FileNotFoundError, OSError), IOError is OSError, UserWarning.__mro__[1].__name__)
try:
    exit(4)
except SystemExit as e:
    print("SystemExit", e.code)
quit(3)
