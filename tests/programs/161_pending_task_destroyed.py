# A loop closed with a pending task: "Task was destroyed but it is pending!" when the task is collected.
import asyncio

loop = asyncio.new_event_loop()


async def forever():
    try:
        await asyncio.sleep(1000)
    finally:
        print("forever finally (only when closed)")


t = loop.create_task(forever())
loop.run_until_complete(asyncio.sleep(1))
print("t done?", t.done(), "at", loop.time())
loop.close()
print("loop closed")
del t
print("task reference dropped")
