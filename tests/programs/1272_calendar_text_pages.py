# calendar's plain-text core: month pages (weeks from Monday or Sunday, wider columns), grids, leap years, weekdays and bad months.
import calendar
from datetime import date

print(calendar.month(2024, 2), end="")
print(calendar.month(2023, 12, w=3, l=2), end="")
sunday = calendar.TextCalendar(firstweekday=calendar.SUNDAY)
print(sunday.formatmonth(2024, 9), end="")
print(sunday.formatweekheader(9), "|", calendar.weekheader(2), "|", calendar.weekheader(1), "|", sunday.getfirstweekday(), list(sunday.iterweekdays()))
print(calendar.monthcalendar(2024, 3), calendar.Calendar(6).monthdayscalendar(2021, 2)[0])
print(calendar.Calendar().monthdatescalendar(2024, 2)[0], calendar.Calendar().monthdays2calendar(2024, 2)[-1])
print([calendar.monthrange(2024, m) for m in (1, 2, 12)], calendar.monthrange(1900, 2), calendar.monthrange(2000, 2))
print([y for y in range(1896, 1913) if calendar.isleap(y)], calendar.leapdays(1900, 2024), calendar.leapdays(2024, 2000))
print(calendar.weekday(2024, 7, 4), calendar.weekday(10000, 1, 1), calendar.weekday(1, 1, 1), calendar.day_name[calendar.weekday(2024, 12, 25)])
print(calendar.month_name[1], calendar.month_abbr[12], list(calendar.day_abbr), calendar.MONDAY, calendar.SUNDAY, calendar.mdays[2])
print(calendar.timegm((2024, 3, 15, 12, 30, 0, 0, 0, 0)), calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm(date(2000, 1, 1).timetuple()))
for call in (lambda: calendar.monthrange(2024, 13), lambda: calendar.monthrange(2024, 0), lambda: calendar.setfirstweekday(7)):
    try:
        print(call())
    except ValueError as e:
        print(type(e).__name__ + ":", e, isinstance(e, ValueError))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 6)[0], calendar.weekheader(3))
calendar.prmonth(2025, 1)
