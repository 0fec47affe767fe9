# contextlib.closing calls close(); aclosing closes an async generator early; nullcontext stands in for a real manager.
import asyncio
from contextlib import aclosing, closing, nullcontext


class Connection:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with closing(Connection("db")) as conn:
    print("using", conn.name)


def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator cleaned up")


with closing(numbers()) as gen:
    for n in gen:
        if n == 2:
            break
print("after closing(gen)")


async def ticker():
    try:
        n = 0
        while True:
            await asyncio.sleep(0.5)
            yield n
            n += 1
    finally:
        print("ticker closed")


async def main():
    async with aclosing(ticker()) as t:
        async for n in t:
            print("tick", n)
            if n == 2:
                break
    print("after aclosing")


asyncio.run(main())
for use_lock in (False, True):
    cm = nullcontext("no lock") if not use_lock else closing(Connection("lock"))
    with cm as value:
        print("value:", value if isinstance(value, str) else value.name)
with nullcontext() as nothing:
    print(nothing)
