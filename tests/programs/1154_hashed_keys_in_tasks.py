# Frozen and unsafe_hash dataclasses, NamedTuple-like value objects, and frozensets as keys shared between asyncio tasks.
import asyncio
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Job:
    kind: str
    n: int


@dataclass(unsafe_hash=True)
class Tag:
    name: str
    weight: int = field(default=0, compare=False)


class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        return isinstance(other, Version) and (self.major, self.minor) == (other.major, other.minor)

    def __hash__(self):
        return self.major * 1000 + self.minor

    def __repr__(self):
        return f"v{self.major}.{self.minor}"


results = {}
seen = set()


async def worker(name, jobs):
    for job in jobs:
        await asyncio.sleep(job.n / 10)
        results.setdefault(job, []).append(name)
        seen.add(Job(job.kind, job.n))
        print(f"{name} did {job} -> {results[Job(job.kind, job.n)]}")


async def main():
    a = [Job("build", 1), Job("test", 2)]
    b = [Job("build", 1), Job("lint", 1)]
    await asyncio.gather(worker("A", a), worker("B", b))
    print(len(results), sorted(results, key=lambda j: (j.kind, j.n)))
    print(Job("build", 1) in seen, Job("deploy", 1) in seen, len(seen))
    tags = {Tag("x", 1): "first"}
    tags[Tag("x", 99)] = "second"
    print(tags, Tag("x") in tags, hash(Tag("x", 1)) == hash(Tag("x", 2)))
    releases = {Version(1, 2): "old", Version(2, 0): "new"}
    print(releases[Version(2, 0)], Version(1, 2) in releases, hash(Version(3, 4)))
    groups = {}
    for members in [{"a", "b"}, {"b", "a"}, {"c"}]:
        groups[frozenset(members)] = groups.get(frozenset(members), 0) + 1
    print(sorted((sorted(k), v) for k, v in groups.items()))
    q = asyncio.Queue()
    for j in [Job("x", 1), Job("x", 1), Job("y", 2)]:
        q.put_nowait(j)
    unique = set()
    while not q.empty():
        unique.add(await q.get())
    print(sorted(unique, key=lambda j: j.kind), {Job("x", 1): 1} == {Job("x", 1): 1})
    try:
        hash(Job("z", [1]))
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
