# Fixed-offset time zones with datetime.timezone: aware datetimes, astimezone, utcoffset, and aware vs naive errors.
from datetime import datetime, timedelta, timezone

utc = timezone.utc
cet = timezone(timedelta(hours=1), "CET")
ist = timezone(timedelta(hours=5, minutes=30))
t = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
print(repr(t), t, t.astimezone(cet), t.astimezone(ist), t.astimezone(ist).tzname())
print(repr(cet), repr(ist), str(ist), utc, repr(utc), timezone(timedelta(hours=-8)))
print(t.utcoffset(), t.astimezone(cet).utcoffset(), t == t.astimezone(ist), t.isoformat(), t.timestamp())
naive = datetime(2024, 6, 1, 12, 0)
print(naive.tzinfo, naive.replace(tzinfo=cet), datetime.fromtimestamp(0, tz=ist))
try:
    t - naive
except TypeError as e:
    print("TypeError:", e)
try:
    t < naive
except TypeError as e:
    print("TypeError:", e)
print(t == naive, t.strftime("%H:%M %Z %z"), datetime(2024, 1, 1, tzinfo=cet).strftime("%Z|%z"))
