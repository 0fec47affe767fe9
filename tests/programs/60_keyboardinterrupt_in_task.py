# A KeyboardInterrupt raised inside a task escapes the loop at once (exit 130), other tasks never finish.
import asyncio


async def other():
    try:
        await asyncio.sleep(5)
        print("other finished")
    finally:
        print("other finally")


async def impatient():
    await asyncio.sleep(1)
    print("impatient raises KeyboardInterrupt at", asyncio.get_running_loop().time())
    raise KeyboardInterrupt


async def main():
    asyncio.create_task(other())
    try:
        await asyncio.create_task(impatient())
    finally:
        print("main finally")


asyncio.run(main())
