# The notes' comparison: the same three waits done by threads and by coroutines take the same time.
# realclock
import asyncio
import threading
import time


def job_thread(n):
    time.sleep(0.1 * n)
    print("thread job", n)


async def job_coro(n):
    await asyncio.sleep(0.1 * n)
    print("coroutine job", n)


start = time.perf_counter()
threads = [threading.Thread(target=job_thread, args=(n,)) for n in (1, 2, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("threads took about", round(time.perf_counter() - start, 1))


async def main():
    await asyncio.gather(*(job_coro(n) for n in (1, 2, 3)))


start = time.perf_counter()
asyncio.run(main())
print("coroutines took about", round(time.perf_counter() - start, 1))
