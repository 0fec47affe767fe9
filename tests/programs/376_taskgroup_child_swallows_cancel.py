# A TaskGroup child swallows its cancellation and returns normally: the group still ends
# with the other child's error, once the stubborn one has finished.
import asyncio


async def stubborn():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: cancelled at", loop.time(), "- finishing anyway")
        await asyncio.sleep(0.5)
        print("stubborn: done at", loop.time())
        return "ok"


async def failing():
    await asyncio.sleep(0.5)
    raise LookupError("nope")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            s = tg.create_task(stubborn())
            tg.create_task(failing())
    except ExceptionGroup as eg:
        print("group at", asyncio.get_running_loop().time(), eg.exceptions, s.result())


asyncio.run(main())
