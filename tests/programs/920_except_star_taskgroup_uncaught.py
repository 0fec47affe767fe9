# except*: a TaskGroup failure only partly handled: the unmatched part escapes asyncio.run as an ExceptionGroup (exit code 1, CPython's last traceback line).
import asyncio


async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("handled"), 0.1))
            tg.create_task(fail(OSError("not handled"), 0.2))
            tg.create_task(asyncio.sleep(1))
    except* ValueError as eg:
        print("handled", eg.exceptions)


asyncio.run(main())
