# add_done_callback on an already-done future does not run the callback immediately: it is scheduled with call_soon.
import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("v")
    fut.add_done_callback(lambda f: print("callback runs with", f.result()))
    print("callback added")
    await asyncio.sleep(0)
    print("after sleep(0)")
    g = asyncio.get_running_loop().create_future()
    g.add_done_callback(lambda f: print("g callback 1"))
    g.add_done_callback(lambda f: print("g callback 2"))
    g.set_result(None)
    print("g set; callbacks pending")
    await asyncio.sleep(0)
    print("after second sleep(0)")
    h = asyncio.get_running_loop().create_future()
    h.add_done_callback(lambda f: print("h cancelled?", f.cancelled()))
    h.cancel()
    await asyncio.sleep(0)


asyncio.run(main())
