# run_until_complete / asyncio.run while a loop is running raise RuntimeError.
import asyncio


async def inner():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    c = inner()
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c2 = inner()
    try:
        asyncio.run(c2)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c2.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await c)


asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
