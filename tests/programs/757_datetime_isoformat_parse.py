# fromisoformat for dates, times and datetimes (3.11 accepts more forms), and isoformat round trips.
from datetime import date, datetime, time

for text in ("2024-03-15", "2024-03-15T10:20", "2024-03-15 10:20:30", "2024-03-15T10:20:30.5",
             "2024-03-15T10:20:30.123456", "2024-03-15T10:20:30+02:00", "2024-03-15T10:20:30Z", "20240315T102030"):
    print(f"{text:28} {datetime.fromisoformat(text)!r}")
print(repr(date.fromisoformat("2024-12-01")), repr(date.fromisoformat("20241201")), repr(time.fromisoformat("08:30")))
print(repr(time.fromisoformat("08:30:15.250")), time.fromisoformat("T0830"))
for dt in (datetime(2024, 1, 2, 3, 4, 5), datetime(2024, 1, 2, 3, 4, 5, 60)):
    print(datetime.fromisoformat(dt.isoformat()) == dt, dt.isoformat())
for bad in ("2024-13-01", "15/03/2024", "2024-03-15T25:00", ""):
    try:
        datetime.fromisoformat(bad)
    except ValueError as e:
        print("ValueError:", e)
