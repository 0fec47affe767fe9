# expect-exit: 2
# expect-stderr: 13_star_args.py:10:26: error: unsupported: star-args in call
# expect-stderr: ^
import asyncio


async def main():
    coros = [asyncio.sleep(1), asyncio.sleep(2)]
    print("start")
    await asyncio.gather(*coros)


asyncio.run(main())
