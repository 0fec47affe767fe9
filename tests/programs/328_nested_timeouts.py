# Nested timeouts: the outer one fires first, so only it turns the cancellation into
# TimeoutError; the inner one lets CancelledError through.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.2) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(5)
            except asyncio.CancelledError:
                print("inner saw CancelledError; inner expired?", inner.expired())
                raise
    except TimeoutError:
        print("outer TimeoutError at", loop.time(), outer.expired())
    try:
        async with asyncio.timeout(1):
            async with asyncio.timeout(0.1) as inner2:
                await asyncio.sleep(5)
    except TimeoutError:
        print("inner2 TimeoutError passes through the outer block")
    print("inner2 expired?", inner2.expired(), "at", loop.time())


asyncio.run(main())
