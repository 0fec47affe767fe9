# asyncio.wait with FIRST_COMPLETED over equal sleeps, and with a timeout equal to them.
import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    tasks = [asyncio.create_task(job(n, 0.04), name=n) for n in "wxyz"]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), sorted(t.get_name() for t in pending))
    await asyncio.gather(*pending)
    more = [asyncio.create_task(job(n, 0.04), name=n) for n in "pq"]
    done, pending = await asyncio.wait(more, timeout=0.04)
    print(len(done), len(pending))
    await asyncio.gather(*pending)


asyncio.run(main())
