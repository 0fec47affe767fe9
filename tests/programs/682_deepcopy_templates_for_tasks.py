# Each task gets a deepcopy of a template dict, so one task's changes do not leak into the others.
import asyncio
import copy

TEMPLATE = {"status": "new", "log": [], "retries": {"left": 2}}


async def job(n, state):
    state["status"] = "running"
    state["log"].append(f"job {n} started")
    await asyncio.sleep(0.1 * n)
    state["retries"]["left"] -= n % 2
    state["status"] = "done"
    return state


async def main():
    shared = copy.copy(TEMPLATE)
    states = await asyncio.gather(*(job(n, copy.deepcopy(TEMPLATE)) for n in range(3)))
    for s in states:
        print(s)
    await job(5, shared)
    print("template after a shallow copy was used:", TEMPLATE)


asyncio.run(main())
