# asyncio.Semaphore(2) with five tasks: at most two inside, the rest served first come first.
import asyncio

inside = []


async def job(sem, name, d):
    loop = asyncio.get_running_loop()
    async with sem:
        inside.append(name)
        print(f"{loop.time():.1f} {name} in  (inside={inside}, locked={sem.locked()})")
        await asyncio.sleep(d)
        inside.remove(name)
        print(f"{loop.time():.1f} {name} out")


async def main():
    sem = asyncio.Semaphore(2)
    jobs = [("a", 0.5), ("b", 0.2), ("c", 0.3), ("d", 0.1), ("e", 0.4)]
    await asyncio.gather(*(job(sem, n, d) for n, d in jobs))
    print("done; locked:", sem.locked())


asyncio.run(main())
