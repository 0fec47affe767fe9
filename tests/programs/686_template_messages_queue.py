# Producer/consumer messages rendered with string.Template, the consumer reading an asyncio.Queue.
import asyncio
from string import Template

MESSAGE = Template("[$when] $who ordered $qty x $item")


async def producer(queue):
    orders = [("ana", "tea", 2), ("ben", "cake", 1), ("cy", "jam", 3)]
    for who, item, qty in orders:
        await asyncio.sleep(0.5)
        await queue.put({"who": who, "item": item, "qty": qty})
    await queue.put(None)


async def consumer(queue):
    loop = asyncio.get_running_loop()
    while (order := await queue.get()) is not None:
        print(MESSAGE.substitute(order, when=f"{loop.time():.1f}"))
    print(MESSAGE.safe_substitute(who="nobody"))


async def main():
    queue = asyncio.Queue()
    await asyncio.gather(producer(queue), consumer(queue))


asyncio.run(main())
