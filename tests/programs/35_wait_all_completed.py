# asyncio.wait returns (done, pending) sets once every task finished; sets are unordered, so sort what you print.
import asyncio


async def job(n):
    await asyncio.sleep(n / 4)
    print("job", n, "done at", asyncio.get_running_loop().time())
    return n * n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in [3, 1, 2]]
    done, pending = await asyncio.wait(tasks)
    print("done", len(done), "pending", len(pending))
    print("results", sorted([t.result() for t in done]))
    print("woke at", asyncio.get_running_loop().time())


asyncio.run(main())
