# A producer and two consumers share a list and poll with short sleeps (a sleep(0) poll would never let virtual time pass).
import asyncio

queue = []
done_flag = {"done": False}


async def producer(n):
    for i in range(n):
        queue.append(i)
        print("produced", i, "at", asyncio.get_running_loop().time())
        await asyncio.sleep(0.2)
    done_flag["done"] = True


async def consumer(name, pause):
    got = []
    while True:
        if queue:
            item = queue.pop(0)
            got.append(item)
            print(name, "consumed", item)
            await asyncio.sleep(pause)
        elif done_flag["done"]:
            break
        else:
            await asyncio.sleep(0.05)
    return got


async def main():
    results = await asyncio.gather(producer(5), consumer("c1", 0.3), consumer("c2", 0.1))
    print("c1 got", results[1], "c2 got", results[2])


asyncio.run(main())
