# main returns right after creating tasks: asyncio.run cancels them before they ever start.
import asyncio


async def never_started(name):
    print(name, "started?")
    await asyncio.sleep(1)


async def started(name):
    try:
        print(name, "started")
        await asyncio.sleep(1)
    finally:
        print(name, "finally")


async def main():
    asyncio.create_task(started("s1"))
    await asyncio.sleep(0)
    asyncio.create_task(never_started("n1"))
    asyncio.create_task(never_started("n2"))
    print("main returns")


asyncio.run(main())
print("done")
