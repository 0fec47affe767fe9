# asyncio.wait never raises the tasks' exceptions: failed tasks are simply in `done`.
import asyncio


async def job(n):
    await asyncio.sleep(0.1 * n)
    if n == 2:
        raise ZeroDivisionError("n was " + str(n))
    return n


async def main():
    tasks = [asyncio.create_task(job(n), name="job-" + str(n)) for n in range(4)]
    done, pending = await asyncio.wait(tasks)
    for t in sorted(done, key=lambda t: t.get_name()):
        e = t.exception()
        if e is None:
            print(t.get_name(), "->", t.result())
        else:
            print(t.get_name(), "failed:", repr(e))


asyncio.run(main())
