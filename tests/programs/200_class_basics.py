# Classes: class attributes, __init__, methods, instance attributes, a repr.
import asyncio


class Worker:
    """A worker with a name and a count of jobs done."""

    kind = "worker"
    created = 0

    def __init__(self, name, delay=0.5):
        self.name = name
        self.delay = delay
        self.done = 0
        Worker.created += 1

    def describe(self):
        return f"{self.kind} {self.name} (delay {self.delay}, done {self.done})"

    async def run(self, jobs):
        for job in jobs:
            await asyncio.sleep(self.delay)
            self.done += 1
            print(f"{asyncio.get_running_loop().time():.1f} {self.name} finished {job}")
        return self.done

    def __repr__(self):
        return f"Worker({self.name!r}, done={self.done})"


async def main():
    a = Worker("a")
    b = Worker("b", delay=0.75)
    print(Worker.created, a.kind, b.describe())
    results = await asyncio.gather(a.run(["x", "y", "z"]), b.run(["p", "q"]))
    print(results, [a, b])
    a.kind = "special"
    print(a.kind, b.kind, Worker.kind)
    del a.kind
    print(a.kind, Worker.__doc__)
    print(a.__dict__)


asyncio.run(main())
