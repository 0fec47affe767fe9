"""asyncio's three steps: get an event loop, hand it a coroutine, close it."""
import asyncio


# The notes (Python 3.4 style):
#     @asyncio.coroutine
#     def hello():
#         print("Hello world!")
#         r = yield from asyncio.sleep(1)
#         print("Hello again!")
async def hello():
    print("Hello world!")
    # Suspend here; the loop is free to run anything else until the 1 s timer fires.
    r = await asyncio.sleep(1)
    print("Hello again! sleep returned", r)


loop = asyncio.new_event_loop()  # 1. create the event loop (notes: asyncio.get_event_loop())
loop.run_until_complete(hello())  # 2. run the coroutine in it until it is done
loop.close()  # 3. close it
print("loop closed:", loop.is_closed())
