# print(task) of a pending task: before its first step, then suspended with wait_for=<Future pending cb=[Task.task_wakeup()]>.
import asyncio


def show(label, obj):
    print(label, repr(obj).replace(__file__, "FILE"))


async def work(n):
    await asyncio.sleep(1)
    return n


async def main():
    task = asyncio.create_task(work(5))
    show("created:", task)
    await asyncio.sleep(0)
    show("suspended:", task)
    print("str is repr:", str(task) == repr(task))
    named = asyncio.create_task(work(6), name="worker-1")
    await asyncio.sleep(0)
    show("named:", named)
    print(f"f-string: {named!s}".replace(__file__, "FILE"))
    await asyncio.gather(task, named)


asyncio.run(main())
