# Sorting finished tasks and result records with attrgetter and methodcaller.
import asyncio
from operator import attrgetter, methodcaller


class Result:
    def __init__(self, name, score):
        self.name, self.score = name, score

    def label(self, prefix):
        return f"{prefix}{self.name}={self.score}"


async def play(name, score, delay):
    await asyncio.sleep(delay)
    return Result(name, score)


async def main():
    tasks = [asyncio.create_task(play(n, s, d), name=n) for n, s, d in
             [("cy", 7, 0.3), ("ana", 9, 0.1), ("ben", 7, 0.2)]]
    await asyncio.wait(tasks)
    print([t.get_name() for t in sorted(tasks, key=methodcaller("get_name"))])
    results = [t.result() for t in tasks]
    for r in sorted(results, key=attrgetter("score", "name"), reverse=True):
        print(r.label("#"))
    print(list(map(methodcaller("label", "> "), results)))


asyncio.run(main())
