# dates, datetimes, times, timedeltas and timezones as dict keys and set members: equal values hash alike (aware datetimes by their UTC moment).
from datetime import date, datetime, time, timedelta, timezone

cet = timezone(timedelta(hours=1), "CET")
print({timedelta(hours=24): "a", timedelta(days=1): "b", timedelta(0): "c"}, timedelta(seconds=1) in {timedelta(microseconds=10**6)})
print(date(2024, 1, 1) in {date(2024, 1, 1): 1}, len({date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 2)}))
print(len({timezone(timedelta(hours=1), "A"), timezone(timedelta(hours=1)), timezone.utc, timezone(timedelta(0))}))
t = datetime(2024, 6, 1, 12, tzinfo=timezone.utc)
by_moment = {t: "noon UTC", t.astimezone(cet): "same moment", datetime(2024, 6, 1, 12): "naive"}
print(len(by_moment), sorted(by_moment.values()), by_moment[t])
print(len({time(12), time(12, 0), time(12, tzinfo=cet), time(11, tzinfo=timezone.utc)}))
counts = {}
for stamp in ("2024-03-02 09:15", "2024-03-01 23:59", "2024-03-02 00:00", "2024-03-01 08:00"):
    day = datetime.fromisoformat(stamp).date()
    counts[day] = counts.get(day, 0) + 1
print(counts, sorted(counts), min(counts))
