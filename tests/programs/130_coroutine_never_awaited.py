# A coroutine that is created but never awaited: RuntimeWarning on stderr when it is collected.
import asyncio


async def helper():
    print("never printed")


async def main():
    helper()
    print("called helper without await")
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
print("end")
