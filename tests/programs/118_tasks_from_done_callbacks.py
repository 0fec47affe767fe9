# Tasks created inside done callbacks start in the order the callbacks ran.
import asyncio

results = []


async def child(name, d):
    await asyncio.sleep(d)
    print("child", name, "done at", asyncio.get_running_loop().time())
    return name


def spawn(fut):
    name = fut.result()
    print("callback for", name)
    if len(name) < 3:
        for suffix in "xy":
            t = asyncio.get_running_loop().create_task(child(name + suffix, 0.5))
            t.add_done_callback(spawn)
            results.append(t)


async def main():
    for n, d in (("a", 1), ("b", 1), ("c", 0.5)):
        t = asyncio.create_task(child(n, d))
        t.add_done_callback(spawn)
        results.append(t)
    while not all(t.done() for t in results):
        await asyncio.sleep(0.25)
    print(sorted(t.result() for t in results))
    print("finished at", asyncio.get_running_loop().time())


asyncio.run(main())
