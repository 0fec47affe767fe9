# wait_for where the inner task finishes in the very iteration the timeout fires, and
# wait_for around shield: the timeout cancels only the shield.
import asyncio


async def job(d, v):
    await asyncio.sleep(d)
    return v


async def main():
    loop = asyncio.get_running_loop()
    try:
        print("race:", await asyncio.wait_for(job(0.5, "inner"), 0.5), loop.time())
    except TimeoutError:
        print("race: timeout at", loop.time())
    t = asyncio.create_task(job(1, "shielded"))
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.2)
    except TimeoutError:
        print("shield timed out at", loop.time(), "task cancelled?", t.cancelled())
    print(await t, loop.time())
    try:
        await asyncio.wait_for(asyncio.wait_for(job(1, "x"), 0.3), 0.6)
    except TimeoutError as e:
        print("nested wait_for: inner timeout at", loop.time())


asyncio.run(main())
