# User exceptions raised inside tasks: awaited, gathered, retrieved from the task.
import asyncio


class JobFailed(Exception):
    def __init__(self, job, why):
        super().__init__(f"{job}: {why}")
        self.job = job


class Timeout(JobFailed):
    pass


async def job(name, delay, fail=None):
    await asyncio.sleep(delay)
    if fail:
        raise fail(name, "broken")
    return name.upper()


async def main():
    results = await asyncio.gather(
        job("a", 0.1), job("b", 0.2, JobFailed), job("c", 0.3, Timeout), return_exceptions=True
    )
    for r in results:
        print(type(r).__name__, r, getattr(r, "job", "-"))
    t = asyncio.create_task(job("d", 0.1, Timeout))
    await asyncio.sleep(0.5)
    print(t.done(), repr(t.exception()), isinstance(t.exception(), JobFailed))
    try:
        await t
    except JobFailed as e:
        print("awaited:", e, type(e).__mro__[1].__name__)
    try:
        await asyncio.gather(job("e", 0.1, JobFailed), job("f", 0.2))
    except JobFailed as e:
        print("gather raised", e)
    await job("g", 0.1, Timeout)


asyncio.run(main())
