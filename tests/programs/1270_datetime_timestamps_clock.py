# Timestamps on the virtual clock: time.time() and datetime.now() agree across blocking sleeps, fromtimestamp rounding, timestamp() back again.
import time
from datetime import date, datetime, timedelta, timezone

start = datetime.now()
print(start, repr(start), start.timestamp(), time.time(), datetime.fromtimestamp(time.time()) == start, date.today(), repr(date.today()))
time.sleep(0.5)
print(datetime.now() - start, datetime.utcnow() - start, datetime.now(timezone.utc).replace(tzinfo=None) - start, datetime.today() - start)
time.sleep(86400 * 3 + 3600.25)
later = datetime.now()
print(later, later - start, date.today(), date.today() - start.date(), datetime.now().ctime(), time.ctime())
for t in (0, 1.5, -1.5, 1e9 + 0.9999996, 1.5e9 + 5e-7, 1700000000.000001, 951782400, -86400 * 365.25, 2**31, 253402300799):
    print(t, repr(datetime.fromtimestamp(t)), datetime.utcfromtimestamp(t), datetime.fromtimestamp(t, timezone(timedelta(hours=-5))), date.fromtimestamp(t))
for dt in (datetime(1970, 1, 1), datetime(2024, 3, 15, 14, 30, 5, 123456), datetime(1960, 1, 1, 0, 0, 0, 1), datetime(2024, 3, 15, tzinfo=timezone(timedelta(hours=2))),
           datetime(9999, 12, 31, 23, 59, 59, 999999), datetime(1, 1, 1, tzinfo=timezone.utc)):
    try:
        print(dt.timestamp(), datetime.fromtimestamp(dt.timestamp(), timezone.utc))
    except ValueError as e:
        print(dt.timestamp(), "ValueError:", e)
for call in (lambda: datetime.fromtimestamp(1e20), lambda: datetime.fromtimestamp(float("nan")), lambda: date.fromtimestamp("x"),
             lambda: datetime.fromtimestamp(None), lambda: datetime.utcfromtimestamp(2.6e11), lambda: datetime.fromtimestamp(0, 5)):
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
