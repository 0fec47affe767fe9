# asyncio.run cancels leftover tasks at the end; one swallows the cancel and keeps working, one fails while cancelled.
import asyncio


async def swallower():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("swallower cancelled at", loop.time(), "- finishing work")
        await asyncio.sleep(2)
        print("swallower finished at", loop.time())
        return "late"


async def failer():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("failer cancelled, raising instead")
        raise RuntimeError("failure during shutdown")


async def main():
    asyncio.create_task(swallower(), name="a-swallower")
    asyncio.create_task(failer(), name="b-failer")
    await asyncio.sleep(1)
    print("main returns at", asyncio.get_running_loop().time())
    return "main result"


print(asyncio.run(main()))
print("after run")
