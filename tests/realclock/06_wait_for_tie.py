# wait_for whose timeout equals the inner sleep: the timeout's timer was set first, so it wins.
import asyncio


async def job(d):
    await asyncio.sleep(d)
    return "finished"


async def main():
    for inner in (0.03, 0.05, 0.08):
        try:
            print(inner, await asyncio.wait_for(job(inner), timeout=0.05))
        except asyncio.TimeoutError:
            print(inner, "timed out")


asyncio.run(main())
