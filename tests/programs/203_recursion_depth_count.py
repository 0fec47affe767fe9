# How deep recursion gets before RecursionError, at top level and inside a task.
import asyncio

depth = 0


def dive(n):
    global depth
    depth = n
    dive(n + 1)


try:
    dive(1)
except RecursionError:
    print("top-level depth reached", depth)


async def main():
    try:
        dive(1)
    except RecursionError:
        print("depth inside a task", depth)


asyncio.run(main())


def gen_dive(n):
    global depth
    depth = n
    yield from gen_dive(n + 1)


try:
    list(gen_dive(1))
except RecursionError:
    print("yield from depth", depth)
