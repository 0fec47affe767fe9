# Inside a coroutine get_event_loop() returns the running loop; outside, get_running_loop() raises.
import asyncio


async def main():
    running = asyncio.get_running_loop()
    print("get_event_loop is running loop:", asyncio.get_event_loop() is running)
    print("current task name:", asyncio.current_task().get_name())
    print("loop running:", running.is_running())


try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("outside:", e)
try:
    asyncio.current_task()
except RuntimeError as e:
    print("current_task outside:", e)
asyncio.run(main())
