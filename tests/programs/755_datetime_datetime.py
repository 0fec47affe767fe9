# datetime.datetime values: reprs, str, isoformat with timespec, arithmetic with timedelta, differences, combine.
from datetime import date, datetime, time, timedelta

dt = datetime(2024, 3, 15, 14, 30, 5, 123456)
print(repr(dt), dt, dt.isoformat(), dt.isoformat(sep=" ", timespec="seconds"), dt.isoformat(timespec="milliseconds"))
print(datetime(2024, 1, 1), repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 9)), repr(datetime(2024, 1, 1, 9, 0, 7)))
print(dt.date(), dt.time(), dt.hour, dt.minute, dt.second, dt.microsecond, dt.weekday())
meeting = dt + timedelta(days=2, hours=20)
print(meeting, meeting - dt, (meeting - dt).total_seconds(), dt - timedelta(microseconds=123457))
print(datetime.combine(date(2024, 5, 1), time(8, 15)), dt.replace(year=2025, microsecond=0), dt.timetuple()[:6])
print(datetime(2024, 3, 10, 23, 59) < datetime(2024, 3, 11), datetime(2024, 1, 1) == datetime(2024, 1, 1, 0, 0))
print(repr(time(7, 5)), time(7, 5, 3, 10), time(23, 59).isoformat(), repr(time()), time(12) < time(13))
print(datetime.fromtimestamp(1_700_000_000), datetime.utcfromtimestamp(0), datetime(2024, 3, 15).timestamp())
try:
    datetime(2024, 3, 15) < date(2024, 3, 16)
except TypeError as e:
    print("TypeError:", e)
print(datetime(2024, 3, 15) == date(2024, 3, 15), isinstance(dt, date))
