# A failed task that is still referenced when the program ends: the message comes at interpreter exit.
import asyncio

keep = []


async def fails():
    raise ZeroDivisionError("never looked at")


async def main():
    keep.append(asyncio.create_task(fails()))
    await asyncio.sleep(0.5)
    print("main ends, task done?", keep[0].done())


asyncio.run(main())
print("program ends")
