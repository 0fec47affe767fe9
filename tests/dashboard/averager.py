# A send-driven averager inside a task, next to a plain generator.
import asyncio


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return (count, average)


def countdown(n):
    while n > 0:
        yield n
        n -= 1


async def main():
    avg = averager()
    next(avg)
    for term in (10, 30):
        print("average", avg.send(term))
        await asyncio.sleep(0.5)
    try:
        avg.send(None)
    except StopIteration as e:
        print("result", e.value)
    c = countdown(3)
    print(next(c), next(c))
    await asyncio.sleep(0.5)


asyncio.run(main())
