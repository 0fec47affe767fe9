# shield: the task awaiting the shield is cancelled; the shielded task runs on and its
# result can still be awaited.
import asyncio


async def important():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    print("important work finished at", loop.time())
    return "saved"


async def impatient(t):
    try:
        return await asyncio.shield(t)
    except asyncio.CancelledError:
        print("impatient cancelled at", asyncio.get_running_loop().time(), "inner done?", t.done())
        raise


async def main():
    t = asyncio.create_task(important())
    w = asyncio.create_task(impatient(t))
    await asyncio.sleep(0.5)
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    print("w cancelled:", w.cancelled(), "t cancelled:", t.cancelled())
    print("t result:", await t)
    done = asyncio.shield(t)
    print("shield of a done task is the task:", done is t)


asyncio.run(main())
