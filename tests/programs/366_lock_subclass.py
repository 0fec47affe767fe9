# A user subclass of asyncio.Lock that logs; `async with` goes through its overrides.
import asyncio


class LoggingLock(asyncio.Lock):
    def __init__(self, name):
        super().__init__()
        self.name = name

    async def acquire(self):
        print(self.name, "acquire by", asyncio.current_task().get_name())
        return await super().acquire()

    def release(self):
        print(self.name, "release")
        super().release()


async def worker(lock):
    async with lock:
        await asyncio.sleep(0.1)


async def main():
    lock = LoggingLock("L")
    await asyncio.gather(*(worker(lock) for _ in range(3)))
    print(type(lock).__mro__[1].__name__, type(lock).__mro__[1].__module__, lock.locked())


asyncio.run(main())
