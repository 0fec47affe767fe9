# Awaiting a coroutine runs it inline in the same task: nested awaits share one task name.
import asyncio


async def leaf(depth):
    await asyncio.sleep(0.25)
    name = asyncio.current_task().get_name()
    print("".ljust(2 * depth) + f"leaf at depth {depth} in {name} t={asyncio.get_running_loop().time()}")
    return depth


async def branch(depth):
    if depth == 3:
        return await leaf(depth)
    print("".ljust(2 * depth) + f"enter {depth}")
    total = await branch(depth + 1)
    total += await leaf(depth)
    print("".ljust(2 * depth) + f"leave {depth} total={total}")
    return total


async def main():
    print("sum:", await branch(0))


asyncio.run(main())
