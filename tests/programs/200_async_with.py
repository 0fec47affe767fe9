# `async with`: __aenter__/__aexit__ are awaited (time passes inside them), exceptions reach
# __aexit__, a true result suppresses them; jumps out of the body await __aexit__.
import asyncio


class Connection:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        loop = asyncio.get_running_loop()
        print(f"{loop.time():.1f} connecting {self.name}")
        await asyncio.sleep(0.5)
        print(f"{loop.time():.1f} connected {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        loop = asyncio.get_running_loop()
        print(f"{loop.time():.1f} closing {self.name} ({exc_type.__name__ if exc_type else 'clean'})")
        await asyncio.sleep(0.25)
        return self.suppress

    async def query(self, q):
        await asyncio.sleep(1)
        return f"{self.name}:{q}"


async def client(name, fail=False):
    async with Connection(name, suppress=fail) as conn:
        print(await conn.query("select"))
        if fail:
            raise ConnectionError("dropped")
    return name


async def first_result():
    async with Connection("early") as c:
        return await c.query("one")


async def main():
    print(await asyncio.gather(client("a"), client("b", fail=True)))
    print(await first_result())
    try:
        async with Connection("strict"):
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e, asyncio.get_running_loop().time())
    async with Connection("x") as x, Connection("y") as y:
        print("both open", x.name, y.name)
    for i in range(3):
        async with Connection(f"loop{i}"):
            if i == 1:
                break
    try:
        async with object():
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
