# Each asyncio.run uses up task numbers for its main task and its two shutdown steps.
import asyncio


async def whoami(label):
    t = asyncio.create_task(asyncio.sleep(0))
    await t
    print(label, "main:", asyncio.current_task().get_name(), "child:", t.get_name())


asyncio.run(whoami("first run"))
asyncio.run(whoami("second run"))
loop = asyncio.new_event_loop()
loop.run_until_complete(whoami("run_until_complete"))
loop.run_until_complete(whoami("again"))
loop.close()
asyncio.run(whoami("third run"))
