# match: inside coroutines, on the results of tasks, with awaits in the subject, in guards and in case bodies; the interleaving of two tasks is unchanged by the match.
import asyncio


async def fetch(n):
    await asyncio.sleep(0.1 * n)
    match n % 3:
        case 0:
            return {"status": "ok", "value": n}
        case 1:
            return {"status": "error", "reason": f"bad {n}"}
        case _:
            return ("partial", n)


async def is_big(v):
    await asyncio.sleep(0)
    return v > 2


async def handle(n):
    match await fetch(n):
        case {"status": "ok", "value": v} if await is_big(v):
            print(f"task {n}: big ok {v}")
        case {"status": "ok", "value": v}:
            await asyncio.sleep(0.05)
            print(f"task {n}: ok {v}")
        case {"status": "error", "reason": why}:
            print(f"task {n}: error {why}")
        case ("partial", m):
            print(f"task {n}: partial {m}")


async def ticker():
    for i in range(6):
        print("tick", i)
        await asyncio.sleep(0.1)


async def main():
    await asyncio.gather(ticker(), *(handle(n) for n in range(6)))


asyncio.run(main())
