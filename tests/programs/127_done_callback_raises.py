# An exception in a done callback is logged by the loop's exception handler (stderr); the loop goes on.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()

    def bad(fut):
        print("bad callback runs")
        raise ValueError("boom in callback")

    f.add_done_callback(bad)
    f.add_done_callback(lambda fut: print("second callback still runs"))
    f.set_result(1)
    await asyncio.sleep(0)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    print("main continues at", loop.time())


asyncio.run(main())
print("after run")
