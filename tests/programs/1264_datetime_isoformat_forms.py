# fromisoformat as CPython 3.11 reads it: dates with and without dashes, ISO week dates, any separator, times with commas, offsets, Z.
from datetime import date, datetime, time, timedelta, timezone

for text in ("2024-03-15", "20240315", "2024-W10", "2024W10", "2024-W10-3", "2024W103", "2020-W53-7", "2024-03-15T10", "2024-03-15T1020",
             "2024-03-15 10:20:30,5", "2024-03-15x10:20", "2024-W10-3T10:00", "2024W10T08", "2024-03-15T10:20:30.1234567",
             "2024-03-15T10:20:30+0530", "2024-03-15T10:20:30-05:30:15.5", "2024-03-15T10:20Z", "2024-03-15T102030.5",
             "2024-03-15T10-05", "2024-03-15T10:20+01", "2024-03-15T10:20:30.123+01:00", "2024-03-15T00:00+00:00"):
    print(f"{text:32} {datetime.fromisoformat(text)!r}")
for text in ("2024-13-01", "15/03/2024", "2024-03-15T25:00", "", "2024031512", "2024-03-15T", "2024-03-15T10:", "2024-03-15T10:20:",
             "2024-03-15T10:20:30.", "2024-03-15T24:00", "2024-03-15T10:20Z1", "2024-03", "2024-3-15", "2024-03-15T10:20:30 ",
             "2024-001", "2024-W53-1", "2024-03-15T10:20:30+25:00", "2024-02-30", "2024-W01-8", "2024-03-15T10:60"):
    try:
        print(repr(datetime.fromisoformat(text)))
    except ValueError as e:
        print("ValueError:", e)
for text in ("2024-12-01", "20241201", "2024-W01", "2024W01", "2024W017", "2024-W01-7", "2024-12-0", "2024-12-011", "2024120",
             "20241301", "2024-W54", "2024-12-01T00:00"):
    try:
        print(text, repr(date.fromisoformat(text)))
    except ValueError as e:
        print(text, "ValueError:", e)
for text in ("08:30", "T0830", "08:30:15.250", "08", "0830", "083015", "08:30:15+01:00", "08:30Z", "T08:30:15.5-0130", "8:30",
             "08:30:", "25:00", "08:60", "08:30:15.1234567", "08:30:15,5", "08:30+", "08:30:15.000001Z", "T"):
    try:
        print(text, repr(time.fromisoformat(text)))
    except ValueError as e:
        print(text, "ValueError:", e)
samples = [datetime(2024, 1, 2, 3, 4, 5), datetime(2024, 1, 2, 3, 4, 5, 60), datetime(1, 1, 1, tzinfo=timezone.utc),
           datetime(2024, 6, 1, 12, tzinfo=timezone(timedelta(hours=-7, seconds=-30))), datetime(9999, 12, 31, 23, 59, 59, 999999)]
for dt in samples:
    for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"):
        print(dt.isoformat(timespec=spec), end="  ")
    print(datetime.fromisoformat(dt.isoformat()) == dt, dt.isoformat(" "), dt.isoformat(sep="_"))
for call in (lambda: datetime.fromisoformat(20240101), lambda: date.fromisoformat(None), lambda: time.fromisoformat(8.5),
             lambda: datetime(2024, 1, 1).isoformat(sep="ab"), lambda: datetime(2024, 1, 1).isoformat(timespec="nanoseconds"),
             lambda: time(1).isoformat("x"), lambda: datetime(2024, 1, 1).isoformat(1)):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
