# Printing containers of tasks and futures uses repr() for each element.
import asyncio


def clean(text):
    return str(text).replace(__file__, "FILE")


async def value(v):
    return v


async def main():
    tasks = [asyncio.create_task(value(i), name=f"t{i}") for i in range(3)]
    print(clean(tasks))
    await asyncio.sleep(0)
    print(clean(tasks))
    by_name = {t.get_name(): t for t in tasks}
    print(clean(by_name))
    print(clean(tuple(t.result() for t in tasks)))
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print(names)


asyncio.run(main())
