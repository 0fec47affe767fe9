"""How deep recursion may go before RecursionError from each place the loop runs code: the main task, awaited coroutines, created tasks, call_soon/call_later callbacks, async generators, gather, wakeups, and a loop run without asyncio.run."""
import asyncio, sys
def depth():
    f = sys._getframe(); n = 0
    while f: n += 1; f = f.f_back
    return n
def probe():
    # how deep can we go from here
    def dive(n):
        try:
            return dive(n + 1)
        except RecursionError:
            return n
    return dive(1)
def cb(tag):
    print(tag, "callback", probe())
async def inner():
    print("awaited coroutine", probe())
async def child():
    print("created task", probe())
async def agen():
    yield probe()
async def main():
    print("main task", probe())
    await inner()
    await asyncio.create_task(child())
    asyncio.get_running_loop().call_soon(cb, "soon")
    await asyncio.sleep(0)
    asyncio.get_running_loop().call_later(0.01, cb, "later")
    await asyncio.sleep(0.02)
    async for v in agen():
        print("async gen", v)
    print("gathered", await asyncio.gather(asyncio.sleep(0, probe())))
print("module", probe())
asyncio.run(main())
