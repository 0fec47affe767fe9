# asyncio.gather over several to_thread calls: blocking work side by side, results in order.
# realclock
import asyncio
import time


def resize(image, secs):
    time.sleep(secs)
    return f"{image} resized"


async def main():
    jobs = [("cat.jpg", 0.3), ("dog.jpg", 0.1), ("owl.jpg", 0.2)]
    print(await asyncio.gather(*(asyncio.to_thread(resize, i, s) for i, s in jobs)))


asyncio.run(main())
