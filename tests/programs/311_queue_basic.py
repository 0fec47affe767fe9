# asyncio.Queue: qsize/empty/full/maxsize, put_nowait/get_nowait, and get() waiting for put().
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue(maxsize=3)
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    for i in range(3):
        q.put_nowait(i)
    print(q.qsize(), q.empty(), q.full())
    print([q.get_nowait() for _ in range(3)])

    async def later():
        await asyncio.sleep(0.5)
        await q.put("late")
        print("put late at", loop.time())

    t = asyncio.create_task(later())
    print("got", await q.get(), "at", loop.time())
    await t
    print("unbounded full?", asyncio.Queue().full(), asyncio.Queue(0).maxsize)
    print(str(asyncio.Queue(2)))


asyncio.run(main())
