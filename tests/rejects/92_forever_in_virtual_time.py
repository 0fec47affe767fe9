# expect-exit: 5
# expect-stderr: coroviz: virtual time limit: the program is still running at t=2592000.0 and waits for t=2595600.0 (past --max-time 2592000.0)
# A loop that never ends: on the virtual clock each hour costs nothing, so a headless run
# stops at thirty virtual days.
import asyncio


async def main():
    hours = 0
    while True:
        await asyncio.sleep(3600)
        hours += 1


asyncio.run(main())
