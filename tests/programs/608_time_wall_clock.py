# time's wall-clock readers on the virtual clock: time.time() is 1_700_000_000 + virtual seconds, local time is UTC.
import asyncio
import time

print(time.time())
print(time.ctime())
print(time.asctime())
print(time.localtime())
print(time.gmtime().tm_year, time.gmtime().tm_yday, time.localtime().tm_zone)
print(time.strftime("%Y-%m-%d %H:%M:%S"), time.strftime("%a %d %b %Y, %I:%M %p"))
print(time.strftime("%j %U %w %%"), time.strftime("%H:%M:%S", time.gmtime(0)))
time.sleep(75.5)
print(time.strftime("%H:%M:%S"), time.ctime(), time.localtime().tm_sec)


async def main():
    for _ in range(3):
        await asyncio.sleep(3600)
        print("tick", time.strftime("%H:%M"), time.ctime(time.time() + 86400))


asyncio.run(main())
print(time.mktime(time.localtime()), time.strftime("%c"))
