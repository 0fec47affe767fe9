# asyncio.shield(arg=...) by keyword: the inner task survives when the outer await is cancelled.
import asyncio


async def important():
    await asyncio.sleep(2)
    print("important work finished")
    return "saved"


async def caller(inner):
    return await asyncio.shield(arg=inner)


async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.create_task(caller(inner))
    await asyncio.sleep(1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner done?", inner.done())
    print(await inner)
    print(await asyncio.shield(arg=asyncio.sleep(0.5, result="direct")))


asyncio.run(main())
