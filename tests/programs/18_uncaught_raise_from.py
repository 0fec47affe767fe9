# `raise X from Y` inside a task: the traceback shows both, the last line names X; exit status 1.
import asyncio


async def parse(text):
    await asyncio.sleep(0)
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("could not parse " + repr(text)) from e


async def main():
    t = asyncio.create_task(parse("12"))
    print("parsed", await t)
    u = asyncio.create_task(parse("twelve"))
    print("parsed", await u)


asyncio.run(main())
