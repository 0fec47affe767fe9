# The calendar module's plain-text core, written for coroviz after CPython 3.11's
# behaviour: leap years, weekdays, month ranges and grids, and TextCalendar's month and
# year pages in the C locale (English names, weeks starting on Monday unless set).

import datetime as _datetime

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

day_name = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
day_abbr = [name[:3] for name in day_name]
month_name = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
              'September', 'October', 'November', 'December']
month_abbr = [''] + [name[:3] for name in month_name[1:]]


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % self.month


# Like IllegalMonthError: the number is kept, the message made when shown.
class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % self.weekday


def isleap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    # Leap years in [y1, y2).
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def weekday(year, month, day):
    # Years outside datetime's range are moved by 400-year cycles, which repeat weekdays.
    if not _datetime.MINYEAR <= year <= _datetime.MAXYEAR:
        year = 2000 + year % 400
    return _datetime.date(year, month, day).weekday()


def monthrange(year, month):
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    first = weekday(year, month, 1)
    length = mdays[month] + (1 if month == 2 and isleap(year) else 0)
    return first, length


def _month_length(year, month):
    return mdays[month] + (1 if month == 2 and isleap(year) else 0)


_first_weekday = 0


def firstweekday():
    return _first_weekday


def setfirstweekday(weekday):
    global _first_weekday
    if not MONDAY <= weekday <= SUNDAY:
        raise IllegalWeekdayError(weekday)
    _first_weekday = weekday


class Calendar:
    """Month and year grids, the week starting on `firstweekday` (0 is Monday)."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday  # kept as given; read back modulo 7

    def getfirstweekday(self):
        return self._firstweekday % 7

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        for i in range(self.firstweekday, self.firstweekday + 7):
            yield i % 7

    def itermonthdays2(self, year, month):
        # (day, weekday) for whole weeks around the month; days outside it are 0.
        first, length = monthrange(year, month)
        lead = (first - self.firstweekday) % 7
        for k in range(lead):
            yield 0, (self.firstweekday + k) % 7
        for day in range(1, length + 1):
            yield day, (first + day - 1) % 7
        tail = (7 - (lead + length) % 7) % 7
        for k in range(tail):
            yield 0, (first + length + k) % 7

    def itermonthdays(self, year, month):
        for day, _ in self.itermonthdays2(year, month):
            yield day

    def itermonthdates(self, year, month):
        first, length = monthrange(year, month)
        lead = (first - self.firstweekday) % 7
        start = _datetime.date(year, month, 1) - _datetime.timedelta(days=lead)
        total = lead + length
        total += (7 - total % 7) % 7
        for k in range(total):
            yield start + _datetime.timedelta(days=k)

    def monthdays2calendar(self, year, month):
        days = list(self.itermonthdays2(year, month))
        return [days[i:i + 7] for i in range(0, len(days), 7)]

    def monthdayscalendar(self, year, month):
        days = list(self.itermonthdays(year, month))
        return [days[i:i + 7] for i in range(0, len(days), 7)]

    def monthdatescalendar(self, year, month):
        dates = list(self.itermonthdates(year, month))
        return [dates[i:i + 7] for i in range(0, len(dates), 7)]


class TextCalendar(Calendar):
    """Calendar pages as plain text."""

    def formatday(self, day, weekday, width):
        text = '' if day == 0 else '%2i' % day
        return text.center(width)

    def formatweek(self, theweek, width):
        return ' '.join(self.formatday(d, wd, width) for (d, wd) in theweek)

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return ' '.join(self.formatweekday(i, width) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        text = month_name[themonth]
        if withyear:
            text = "%s %r" % (text, theyear)
        return text.center(width)

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        l = max(1, l)
        page = self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip()
        page += '\n' * l
        page += self.formatweekheader(w).rstrip()
        page += '\n' * l
        for week in self.monthdays2calendar(theyear, themonth):
            page += self.formatweek(week, w).rstrip()
            page += '\n' * l
        return page

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')


def monthcalendar(year, month):
    return TextCalendar(_first_weekday).monthdayscalendar(year, month)


def month(theyear, themonth, w=0, l=0):
    return TextCalendar(_first_weekday).formatmonth(theyear, themonth, w, l)


def prmonth(theyear, themonth, w=0, l=0):
    print(month(theyear, themonth, w, l), end='')


def weekheader(width):
    return TextCalendar(_first_weekday).formatweekheader(width)


def timegm(tuple):
    year, month, day, hour, minute, second = tuple[:6]
    days = _datetime.date(year, month, 1).toordinal() - 719163 + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second
