# date: ordinals across centuries and leap years, ISO calendar weeks at year edges, fromisocalendar, replace, timetuple, and its errors.
import datetime
from datetime import date, timedelta

for y, m, d in ((1, 1, 1), (1600, 2, 29), (1900, 3, 1), (1999, 12, 31), (2000, 2, 29), (2004, 12, 31), (2020, 12, 28), (2021, 1, 3), (9999, 12, 31)):
    x = date(y, m, d)
    print(x, x.toordinal(), date.fromordinal(x.toordinal()) == x, x.weekday(), x.isoweekday(), x.isocalendar(), x.ctime())
for year in (2015, 2020, 2021, 2026, 2027):
    print(year, [tuple(date(year, 12, day).isocalendar()) for day in (28, 29, 30, 31)], date(year + 1, 1, 1).isocalendar().week)
ic = date(2024, 2, 28).isocalendar()
print(repr(ic), ic.year, ic.week, ic.weekday, ic[0], ic[-1], list(ic), len(ic), ic == (2024, 9, 3), tuple(ic) == (2024, 9, 3))
y, w, wd = date(2026, 12, 3).isocalendar()
print(y, w, wd, date.fromisocalendar(y, w, wd), date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2024, 1, 1))
print(date(2024, 1, 31).replace(month=2, day=29), date(2024, 2, 29).replace(year=2028), date(2024, 5, 5).replace(day=1))
tt = date(2024, 12, 31).timetuple()
print(tt, tt.tm_yday, tt[6], date(2023, 12, 31).timetuple().tm_yday, date(2024, 3, 1).timetuple()[:3])
print(date.min, date.max, repr(date.resolution), date.min + timedelta(days=1), date.max - timedelta(days=365))
print(date(2024, 3, 1) - date(2024, 2, 1), date(2024, 3, 1) - date(2023, 3, 1), date(2000, 1, 1) - date(2024, 1, 1))
print(date(2024, 1, 1) + timedelta(hours=47), date(2024, 1, 1) - timedelta(hours=1), timedelta(weeks=2) + date(2024, 2, 20))
print(sorted([date(2024, 3, 1), date(2023, 3, 1), date(2024, 1, 1)]), date(2024, 1, 1) in [date(2024, 1, 1)])
print(date(year=2024, month=6, day=7), datetime.date(2024, 6, 7) == date(2024, 6, 7), date(2024, 6, 7) != date(2024, 6, 8))
print(datetime.MINYEAR, datetime.MAXYEAR, type(date.today()).__name__, date.__name__, date.__module__)
for call in (lambda: date(2023, 2, 29), lambda: date(2024, 13, 1), lambda: date(0, 1, 1), lambda: date(10000, 1, 1),
             lambda: date(2024, 4, 31), lambda: date(2024, 1, 0), lambda: date(2024.0, 1, 1), lambda: date("2024", 1, 1),
             lambda: date(2024, 1), lambda: date(), lambda: date.fromordinal(0), lambda: date.fromordinal(3652060),
             lambda: date.max + timedelta(1), lambda: date.min - timedelta(1), lambda: date.fromisocalendar(2024, 53, 1),
             lambda: date.fromisocalendar(2024, 0, 1), lambda: date.fromisocalendar(2024, 1, 8), lambda: date(2024, 1, 1) + 1,
             lambda: date(2024, 1, 1) - 1, lambda: date(2024, 1, 1) < 1, lambda: date(2024, 1, 1).replace(month=13),
             lambda: date(2024, 1, 1).year_day, lambda: date(2024, 1, 1) + date(2024, 1, 1)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(date(2024, 1, 1) == 1, date(2024, 1, 1) == "2024-01-01", str(date(5, 6, 7)), repr(date(5, 6, 7)))
