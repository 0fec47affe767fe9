# Reprs without addresses: asyncio.timeout() through its states, TaskGroup as it fills and empties, gather's future.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(2)
    print(cm)
    async with cm:
        print(cm)
        cm.reschedule(loop.time() + 5)
        print(cm, cm.when())
    print(cm)
    try:
        async with asyncio.timeout(0.5) as late:
            await asyncio.sleep(1)
    except TimeoutError:
        print(late, late.expired())
    async with asyncio.TaskGroup() as tg:
        print(tg)
        tg.create_task(asyncio.sleep(1))
        tg.create_task(asyncio.sleep(2))
        print(tg)
    print(tg)
    g = asyncio.gather(asyncio.sleep(0.1, "a"), asyncio.sleep(0.2, "b"))
    print(g)
    await g
    print(g)


asyncio.run(main())
