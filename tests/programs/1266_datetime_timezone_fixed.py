# timezone: fixed offsets, names, reprs, equality by offset, min/max, as dict keys; aware arithmetic, naive-vs-aware comparisons and errors.
import datetime as dt_module
from datetime import datetime, time, timedelta, timezone

zones = [timezone.utc, timezone(timedelta(0)), timezone(timedelta(0), "UTC"), timezone(timedelta(hours=1), "CET"),
         timezone(timedelta(hours=5, minutes=30)), timezone(-timedelta(hours=8)), timezone(timedelta(minutes=-90), "NDT"),
         timezone(timedelta(seconds=1)), timezone(timedelta(microseconds=-1)), timezone.min, timezone.max, dt_module.UTC]
for z in zones:
    print(repr(z), "|", z, "|", z.tzname(None), z.utcoffset(None), z.dst(None), z is timezone.utc, z == timezone.utc)
print(timezone(timedelta(hours=1), "A") == timezone(timedelta(hours=1), "B"), timezone(timedelta(hours=1)) != timezone(timedelta(hours=2)))
print(timezone.utc == 0, timezone(timedelta(hours=1), "A") in [timezone(timedelta(hours=1))])
t = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
cet, ist = zones[3], zones[4]
print(repr(t), t, t.astimezone(cet), t.astimezone(ist), t.astimezone(ist).tzname(), repr(t.astimezone(zones[6])))
print(t.utcoffset(), t.astimezone(cet).utcoffset(), t == t.astimezone(ist), t.isoformat(), t.timestamp(), hash(t) == hash(t.astimezone(ist)))
print(t.astimezone(cet) - t.astimezone(ist), t.astimezone(cet) < t.astimezone(ist) + timedelta(microseconds=1), (t + timedelta(hours=36)).astimezone(ist))
naive = datetime(2024, 6, 1, 12, 0)
print(naive.tzinfo, naive.replace(tzinfo=cet), datetime.fromtimestamp(0, tz=ist), datetime.fromtimestamp(1e9, timezone.utc), repr(naive.astimezone()))
print(t == naive, t != naive, naive.astimezone(cet), naive.astimezone(timezone.utc) == t, t.replace(tzinfo=None) == naive)
for call in (lambda: t - naive, lambda: naive - t, lambda: t < naive, lambda: naive >= t, lambda: timezone(3600), lambda: timezone(timedelta(hours=24)),
             lambda: timezone(timedelta(hours=1), 5), lambda: timezone.utc.utcoffset(5), lambda: timezone.utc.tzname("x"), lambda: timezone.utc.dst(1.5),
             lambda: timezone.utc.fromutc(naive), lambda: cet.fromutc(t), lambda: cet.fromutc("x"), lambda: naive.astimezone(5),
             lambda: datetime(2024, 1, 1, tzinfo=5), lambda: time(1, tzinfo=timezone.utc) < time(1), lambda: datetime.now(5), lambda: timezone()):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(cet.fromutc(t.replace(tzinfo=cet)), time(1, tzinfo=timezone.utc) == time(1), time(12, tzinfo=cet) == time(11, tzinfo=timezone.utc), time(12, tzinfo=cet) < time(11, 30, tzinfo=timezone.utc))
