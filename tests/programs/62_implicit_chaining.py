# An exception raised while handling another is chained implicitly; the last stderr line names the new one.
import asyncio


async def cleanup():
    await asyncio.sleep(0)
    raise ValueError("cleanup failed")


async def main():
    try:
        {}["config"]
    except KeyError:
        print("handling KeyError, now cleaning up")
        await cleanup()


asyncio.run(main())
