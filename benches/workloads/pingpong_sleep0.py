# Benchmark: two tasks ping-pong over sleep(0), 100,000 hand-overs in total.
import asyncio

ROUNDS = 50000
state = {"turns": 0, "last": ""}


async def player(name):
    for i in range(ROUNDS):
        state["turns"] += 1
        state["last"] = name
        await asyncio.sleep(0)
    return name


async def main():
    ping = asyncio.create_task(player("ping"))
    pong = asyncio.create_task(player("pong"))
    await ping
    await pong
    print("turns:", state["turns"], "last:", state["last"])
    print("virtual time:", asyncio.get_running_loop().time())


asyncio.run(main())
