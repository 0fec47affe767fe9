# SystemExit raised in a call_later callback ends the program with its code, after finally blocks.
import asyncio
import sys


async def main():
    asyncio.get_running_loop().call_later(0.5, sys.exit, 4)
    try:
        await asyncio.sleep(1)
    finally:
        print("main finally at", asyncio.get_running_loop().time())


try:
    asyncio.run(main())
finally:
    print("outer finally")
