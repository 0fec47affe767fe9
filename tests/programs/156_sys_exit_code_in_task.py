# SystemExit raised inside a task escapes asyncio.run with its exit code.
import asyncio
import sys


async def quitter():
    await asyncio.sleep(1)
    print("quitting at", asyncio.get_running_loop().time())
    sys.exit(7)


async def main():
    try:
        await asyncio.create_task(quitter())
    finally:
        print("main finally")


asyncio.run(main())
print("not reached")
