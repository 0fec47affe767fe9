# Two tasks hand a ball back and forth through fresh futures.
import asyncio

box = {}


async def player(name, other, rounds):
    loop = asyncio.get_running_loop()
    for i in range(rounds):
        fut = loop.create_future()
        box[name] = fut
        ball = await fut
        print(name, "got", ball, "at", loop.time())
        await asyncio.sleep(0.1)
        box[other].set_result(ball + 1)
    return name


async def main():
    loop = asyncio.get_running_loop()
    ping = asyncio.create_task(player("ping", "pong", 3))
    pong = asyncio.create_task(player("pong", "ping", 3))
    await asyncio.sleep(0)
    box["ping"].set_result(0)
    done, pending = await asyncio.wait([ping])
    print("ping finished; pong pending:", len(pending), pong.done())
    pong.cancel()
    try:
        await pong
    except asyncio.CancelledError:
        print("pong cancelled at", loop.time())


asyncio.run(main())
