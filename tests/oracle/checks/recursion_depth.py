# The oracle's frames do not count against the recursion limit: depths and the traceback's repeat count as python3's.
import asyncio
import sys
import traceback

depth = 0


def dive(n):
    global depth
    depth = n
    dive(n + 1)


def count_frames(exc):
    tb, frames = exc.__traceback__, 0
    while tb is not None:
        frames, tb = frames + 1, tb.tb_next
    return frames


try:
    dive(1)
except RecursionError as e:
    print("top level", depth, count_frames(e), traceback.format_exc().splitlines()[-2])


async def main():
    try:
        dive(1)
    except RecursionError:
        print("in a task", depth)


asyncio.run(main())
print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
try:
    dive(1)
except RecursionError:
    print("limit 200", depth, sys.getrecursionlimit())
for bad in (0, -5, "x"):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
