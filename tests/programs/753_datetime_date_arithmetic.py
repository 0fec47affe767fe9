# datetime.date: construction, reprs, weekday, adding timedelta, differences, replace, ordinal and comparisons.
from datetime import date, timedelta

d = date(2024, 2, 28)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar())
print(d + timedelta(days=1), d + timedelta(days=2), d - timedelta(weeks=9), d.replace(day=1))
birthday, today = date(1990, 7, 15), date(2024, 3, 1)
age = today.year - birthday.year - ((today.month, today.day) < (birthday.month, birthday.day))
print((today - birthday).days, age, today - birthday, type(today - birthday).__name__)
print(date(2024, 1, 1) < date(2024, 1, 2), max(date(2023, 5, 1), date(2022, 12, 31)), date.min, date.max)
print(d.toordinal(), date.fromordinal(738944), date.fromisoformat("2023-12-25"), d.isoformat(), d.ctime())
print(date(2024, 12, 31).timetuple().tm_yday, date(2023, 12, 31).timetuple().tm_yday)
for bad in ((2023, 2, 29), (2024, 13, 1), (0, 1, 1)):
    try:
        date(*bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    d + 1
except TypeError as e:
    print("TypeError:", e)
