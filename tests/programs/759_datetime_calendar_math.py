# Everyday date calculations: days until an event, the last day of a month, adding months, weekdays in a range.
import calendar
from datetime import date, timedelta


def last_day(year, month):
    return calendar.monthrange(year, month)[1]


def add_months(d, months):
    m = d.month - 1 + months
    year, month = d.year + m // 12, m % 12 + 1
    return d.replace(year=year, month=month, day=min(d.day, last_day(year, month)))


start = date(2024, 1, 31)
print([str(add_months(start, n)) for n in range(5)])
print([last_day(2023, 2), last_day(2024, 2), calendar.isleap(2100), calendar.isleap(2000)])
days = [start + timedelta(days=i) for i in range(14)]
print(sum(1 for d in days if d.weekday() < 5), [d.strftime("%a") for d in days[:7]])
print(calendar.day_name[date(2024, 7, 4).weekday()], calendar.month_name[7], calendar.month_abbr[12])
print((date(2024, 12, 25) - date(2024, 3, 1)).days, calendar.weekday(2024, 3, 1))
print(calendar.month(2024, 2))
