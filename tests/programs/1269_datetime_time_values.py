# datetime.time: construction checks, reprs with tzinfo and fold, isoformat timespecs, replace, comparisons and hashing, strftime on 1900-01-01.
from datetime import datetime, time, timedelta, timezone

cet = timezone(timedelta(hours=1), "CET")
values = [time(), time(7, 5), time(7, 5, 3), time(7, 5, 3, 10), time(23, 59, 59, 999999), time(1, 2, tzinfo=timezone.utc),
          time(1, 2, 3, 4000, cet), time(1, fold=1), time(hour=12, second=30), time.min, time.max]
for t in values:
    print(repr(t), "|", t, "|", t.isoformat("minutes"), t.isoformat(timespec="milliseconds"), t.utcoffset(), t.tzname(), t.dst())
print(time(12).replace(minute=30), time(12, tzinfo=cet).replace(tzinfo=None), repr(time(12).replace(tzinfo=timezone.utc, fold=1)))
print(time(9, 30).strftime("%H:%M:%S %p %I %f|%Y-%m-%d %j %a %A %b|%z|%Z|"), time(21, 0, tzinfo=cet).strftime("%I %p %z %Z"), time.resolution)
print(sorted([time(12), time(1, 30), time(23), time(0, 0, 1)]), time(12) > time(11, 59, 59, 999999), time(12) == time(12, 0, 0, 0))
print(time(12, tzinfo=cet) == time(11, tzinfo=timezone.utc), time(12, tzinfo=cet) < time(11, 1, tzinfo=timezone.utc), time(12) == time(12, tzinfo=cet))
print(time(1) != time(2), [bool(time(0)), bool(time(0, tzinfo=cet))])
dt = datetime(2024, 5, 6, 7, 8, 9, 10, tzinfo=cet)
print(repr(dt.time()), repr(dt.timetz()), datetime.combine(dt.date(), dt.timetz()) == dt, datetime.combine(dt, time(1), tzinfo=timezone.utc))
for call in (lambda: time(24), lambda: time(1, 60), lambda: time(1, 1, 60), lambda: time(1, 1, 1, 1000000), lambda: time(-1), lambda: time(1.5),
             lambda: time("1"), lambda: time(1, tzinfo="UTC"), lambda: time(1, fold=2), lambda: time(1).isoformat("days"), lambda: time(1) < 1,
             lambda: time(1) - time(0), lambda: time(1, tzinfo=cet) > time(1), lambda: time(1, 2, 3, 4, 5)):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
