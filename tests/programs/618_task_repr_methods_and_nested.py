# Task reprs name the coroutine by its qualified name: methods, nested coroutines, and a coroutine passed along.
import asyncio


def show(task):
    print(repr(task).replace(__file__, "FILE"))


class Worker:
    def __init__(self, name):
        self.name = name

    async def run(self):
        await asyncio.sleep(1)
        return self.name


async def main():
    async def helper():
        await asyncio.sleep(1)

    t1 = asyncio.create_task(Worker("w").run())
    t2 = asyncio.create_task(helper(), name="helper")
    await asyncio.sleep(0)
    show(t1)
    show(t2)
    await asyncio.gather(t1, t2)
    show(t1)
    show(t2)


asyncio.run(main())
