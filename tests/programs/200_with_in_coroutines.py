# Sync context managers inside coroutines: they stay open across awaits, see a task's
# cancellation as CancelledError, and a generator collected inside `with` exits it.
import asyncio


class Span:
    depth = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  " * Span.depth + f"> {self.name} at {asyncio.get_running_loop().time():.1f}")
        Span.depth += 1
        return self

    def __exit__(self, et, ev, tb):
        Span.depth -= 1
        outcome = et.__name__ if et else "ok"
        print("  " * Span.depth + f"< {self.name} ({outcome}) at {asyncio.get_running_loop().time():.1f}")


async def step(name, delay):
    with Span(name):
        await asyncio.sleep(delay)
        return name


async def victim():
    with Span("victim"):
        await asyncio.sleep(10)


def numbers():
    with Span("numbers generator"):
        yield 1
        yield 2


async def main():
    with Span("main"):
        print(await asyncio.gather(step("a", 1), step("b", 0.5)))
        t = asyncio.create_task(victim())
        await asyncio.sleep(1)
        t.cancel()
        try:
            await t
        except asyncio.CancelledError:
            print("victim cancelled")
        g = numbers()
        print(next(g))
        del g
        print("generator dropped")


asyncio.run(main())
