# A task awaiting itself, awaiting a coroutine twice, and awaiting an already-awaited one.
import asyncio


async def selfish():
    me = asyncio.current_task()
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])
    return "selfish done"


async def simple():
    return 7


async def main():
    print(await asyncio.create_task(selfish()))
    c = simple()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    c2 = simple()
    t = asyncio.ensure_future(c2)
    print(await t)
    try:
        await c2
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.create_task(c2)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await t, await t)
    try:
        await asyncio.sleep(-1)
        print("negative sleep ok")
        print(await asyncio.sleep(0.1, result="res"))
    except ValueError as e:
        print(e)


asyncio.run(main())
