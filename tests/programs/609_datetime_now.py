# datetime.now()/today()/utcnow() and date.today() on the virtual clock, as fromtimestamp(time.time()).
import asyncio
import datetime
from datetime import date, datetime as DateTime, timedelta, timezone

start = DateTime.now()
print(repr(start), start, start.isoformat())
print(DateTime.today(), DateTime.utcnow(), date.today(), repr(date.today()))
print(DateTime.now(timezone.utc), repr(DateTime.now(tz=timezone.utc)))
print(datetime.datetime.now().strftime("%A %d %B %Y %H:%M"), type(start) is DateTime)


async def main():
    await asyncio.sleep(0.25)
    t = DateTime.now()
    print(t, t - start, repr(t - start))
    await asyncio.sleep(90061)
    later = DateTime.now()
    print(later, later - start, (later - start).days, date.today())


asyncio.run(main())
print(DateTime.fromtimestamp(0, timezone.utc), DateTime.now() > start + timedelta(days=1))
