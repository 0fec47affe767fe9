# time's calendar half, written for coroviz: struct_time and the functions that convert
# between timestamps, struct_time and text. CPython hands these to the C library; coroviz's
# local time is UTC (as the oracle's TZ=UTC), so localtime is gmtime with another zone name,
# and "now" is the virtual clock's time.time(). Texts are those of glibc in the C locale.

from time import time as _now

_DAY_ABBR = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_DAY_NAME = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
_MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
               'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
_MONTH_NAME = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
               'August', 'September', 'October', 'November', 'December']
_FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst']

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')


class struct_time:
    """A 9-field time tuple, also readable by field name (tm_zone and tm_gmtoff too)."""

    def __init__(self, seq):
        items = list(seq)
        if len(items) < 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence ({len(items)}-sequence given)")
        if len(items) > 11:
            raise TypeError(f"time.struct_time() takes an at most 11-sequence ({len(items)}-sequence given)")
        while len(items) < 11:
            items.append(None)
        self._items = tuple(items[:9])
        self.tm_year, self.tm_mon, self.tm_mday = items[0], items[1], items[2]
        self.tm_hour, self.tm_min, self.tm_sec = items[3], items[4], items[5]
        self.tm_wday, self.tm_yday, self.tm_isdst = items[6], items[7], items[8]
        self.tm_zone, self.tm_gmtoff = items[9], items[10]

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in zip(_FIELDS, self._items))
        return f'time.struct_time({shown})'

    def __len__(self):
        return 9

    def __getitem__(self, index):
        return self._items[index]

    def __iter__(self):
        return iter(self._items)

    def __eq__(self, other):
        if isinstance(other, struct_time):
            return self._items == other._items
        return self._items == other

    def __hash__(self):
        return hash(self._items)


def _timestamp(secs):
    # _PyTime_ObjectToTime_t with ROUND_FLOOR; None means now.
    if secs is None:
        secs = _now()
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        whole = int(secs)
        return whole - 1 if whole > secs else whole
    if isinstance(secs, int):
        return secs
    raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")


def _civil(days):
    # Days since 1970-01-01 to (year, month, day) in the proleptic Gregorian calendar.
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    year = yoe + era * 400 + (1 if month <= 2 else 0)
    return year, month, day


def _days(year, month, day):
    # (year, month, day) to days since 1970-01-01; the inverse of _civil.
    if month <= 2:
        year -= 1
    era = year // 400
    yoe = year - era * 400
    doy = (153 * (month - 3 if month > 2 else month + 9) + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _split(secs, zone):
    days, rest = divmod(secs, 86400)
    year, month, day = _civil(days)
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    yday = days - _days(year, 1, 1) + 1
    return struct_time((year, month, day, hour, minute, second, (days + 3) % 7, yday, 0,
                        zone, 0))


def gmtime(secs=None):
    return _split(_timestamp(secs), 'GMT')


def localtime(secs=None):
    return _split(_timestamp(secs), 'UTC')


def _fields(t, func):
    # gettmarg: a struct_time or a tuple of 9 ints.
    if isinstance(t, struct_time):
        return list(t._items), t.tm_zone
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError(f"{func}(): illegal time tuple argument")
    for v in t:
        if not isinstance(v, int):
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return list(t), None


def _check(f):
    # checktm: the ranges C's struct tm allows; a zero month, day or day of the year
    # stands for the lowest valid value, as CPython allows.
    if f[1] == 0:
        f[1] = 1
    if f[2] == 0:
        f[2] = 1
    if f[7] == 0:
        f[7] = 1
    if not 1 <= f[1] <= 12:
        raise ValueError("month out of range")
    if not 1 <= f[2] <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= f[3] <= 23:
        raise ValueError("hour out of range")
    if not 0 <= f[4] <= 59:
        raise ValueError("minute out of range")
    if not 0 <= f[5] <= 61:
        raise ValueError("seconds out of range")
    # C takes the weekday as (tm_wday + 1) % 7, which is negative only below -1.
    if f[6] < -1:
        raise ValueError("day of week out of range")
    if not 1 <= f[7] <= 366:
        raise ValueError("day of year out of range")


def asctime(t=None):
    if t is None:
        f = list(localtime()._items)
    else:
        f = _fields(t, 'asctime')[0]
    _check(f)
    return _asctime(f)


def _asctime(f):
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAY_ABBR[f[6] % 7], _MONTH_ABBR[f[1] - 1],
                                            f[2], f[3], f[4], f[5], f[0])


def ctime(secs=None):
    return _asctime(list(localtime(secs)._items))


def mktime(t):
    f = _fields(t, 'mktime')[0]
    # mktime normalises out-of-range fields; the weekday and day of the year are ignored.
    year = f[0] + (f[1] - 1) // 12
    month = (f[1] - 1) % 12 + 1
    days = _days(year, month, 1) + f[2] - 1
    return float(days * 86400 + f[3] * 3600 + f[4] * 60 + f[5])


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    if t is None:
        now = localtime()
        f, zone = list(now._items), now.tm_zone
    else:
        f, zone = _fields(t, 'strftime')
        _check(f)
        if f[8] < -1:
            f[8] = -1
        elif f[8] > 1:
            f[8] = 1
    if zone is None:
        zone = tzname[0]
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 == n:
            out.append(c)
            i += 1
            continue
        out.append(_directive(format[i + 1], f, zone))
        i += 2
    return ''.join(out)


def _directive(d, f, zone):
    year, month, mday, hour, minute, second, yday = f[0], f[1], f[2], f[3], f[4], f[5], f[7]
    wday = f[6] % 7
    hour12 = hour % 12 or 12
    if d == 'Y':
        return str(year)
    if d == 'y':
        return '%02d' % (year % 100)
    if d == 'C':
        # glibc pads the century to one digit only (year 5 is century '0').
        return str(year // 100)
    if d == 'm':
        return '%02d' % month
    if d == 'd':
        return '%02d' % mday
    if d == 'e':
        return '%2d' % mday
    if d == 'H':
        return '%02d' % hour
    if d == 'k':
        return '%2d' % hour
    if d == 'I':
        return '%02d' % hour12
    if d == 'l':
        return '%2d' % hour12
    if d == 'M':
        return '%02d' % minute
    if d == 'S':
        return '%02d' % second
    if d == 'p':
        return 'AM' if hour < 12 else 'PM'
    if d == 'P':
        return 'am' if hour < 12 else 'pm'
    if d == 'a':
        return _DAY_ABBR[wday]
    if d == 'A':
        return _DAY_NAME[wday]
    if d == 'b' or d == 'h':
        return _MONTH_ABBR[month - 1]
    if d == 'B':
        return _MONTH_NAME[month - 1]
    if d == 'j':
        return '%03d' % yday
    if d == 'w':
        return str((wday + 1) % 7)
    if d == 'u':
        return str(wday + 1)
    if d == 'U':
        return '%02d' % ((yday - 1 + 7 - (wday + 1) % 7) // 7)
    if d == 'W':
        return '%02d' % ((yday - 1 + 7 - wday) // 7)
    if d == 'G':
        return str(_iso_week(year, yday, wday)[0])
    if d == 'g':
        return '%02d' % (_iso_week(year, yday, wday)[0] % 100)
    if d == 'V':
        return '%02d' % _iso_week(year, yday, wday)[1]
    if d == 'c':
        return _asctime(f)
    if d == 'x':
        return '%02d/%02d/%02d' % (month, mday, year % 100)
    if d == 'X' or d == 'T':
        return '%02d:%02d:%02d' % (hour, minute, second)
    if d == 'D':
        return '%02d/%02d/%02d' % (month, mday, year % 100)
    if d == 'F':
        return '%d-%02d-%02d' % (year, month, mday)
    if d == 'R':
        return '%02d:%02d' % (hour, minute)
    if d == 'r':
        return '%02d:%02d:%02d %s' % (hour12, minute, second, 'AM' if hour < 12 else 'PM')
    if d == 'Z':
        return zone
    if d == 'z':
        return '+0000'
    if d == 's':
        return str(_days(year, month, mday) * 86400 + hour * 3600 + minute * 60 + second)
    if d == 'n':
        return '\n'
    if d == 't':
        return '\t'
    if d == '%':
        return '%'
    return '%' + d


def _year_length(year):
    return 366 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 365


def _iso_week(year, yday, wday):
    # (ISO year, ISO week) from the day of the year and the weekday (Monday 0), as glibc
    # reads them: a week belongs to the year that holds its Thursday.
    thursday = yday - 1 - wday + 3
    if thursday < 0:
        year -= 1
        thursday += _year_length(year)
    elif thursday >= _year_length(year):
        thursday -= _year_length(year)
        year += 1
    return year, thursday // 7 + 1


def _number(text, pos, width):
    end = pos
    while end < len(text) and end - pos < width and '0' <= text[end] <= '9':
        end += 1
    if end == pos:
        return None, pos
    return int(text[pos:end]), end


def _name(text, pos, names):
    lowered = text[pos:].lower()
    best = None
    for i, name in enumerate(names):
        if lowered.startswith(name.lower()) and (best is None or len(name) > len(names[best])):
            best = i
    if best is None:
        return None, pos
    return best, pos + len(names[best])


def strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    for arg, what in ((data_string, 'strptime() argument 0'), (format, 'strptime() argument 1')):
        if not isinstance(arg, str):
            raise TypeError(f"{what} must be str, not {type(arg).__name__}")
    year, month, mday, hour, minute, second = 1900, 1, 1, 0, 0, 0
    hour12, pm, wday, yday = None, None, None, None
    pos = 0
    i = 0
    mismatch = ValueError(f"time data {data_string!r} does not match format {format!r}")
    while i < len(format):
        c = format[i]
        if c == '%' and i + 1 < len(format):
            d = format[i + 1]
            i += 2
            if d == '%':
                if not data_string.startswith('%', pos):
                    raise mismatch
                pos += 1
                continue
            widths = {'Y': 4, 'm': 2, 'd': 2, 'H': 2, 'M': 2, 'S': 2, 'y': 2, 'j': 3, 'I': 2}
            if d in widths:
                value, pos = _number(data_string, pos, widths[d])
                if value is None:
                    raise mismatch
                if d == 'Y':
                    year = value
                elif d == 'y':
                    year = value + (2000 if value < 69 else 1900)
                elif d == 'm':
                    month = value
                elif d == 'd':
                    mday = value
                elif d == 'H':
                    hour = value
                elif d == 'I':
                    hour12 = value
                elif d == 'M':
                    minute = value
                elif d == 'S':
                    second = value
                else:
                    yday = value
            elif d in 'bBh':
                value, pos = _name(data_string, pos, _MONTH_NAME + _MONTH_ABBR)
                if value is None:
                    raise mismatch
                month = value % 12 + 1
            elif d in 'aA':
                value, pos = _name(data_string, pos, _DAY_NAME + _DAY_ABBR)
                if value is None:
                    raise mismatch
                wday = value % 7
            elif d == 'p':
                value, pos = _name(data_string, pos, ['AM', 'PM'])
                if value is None:
                    raise mismatch
                pm = value == 1
            else:
                raise ValueError(f"{d!r} is a bad directive in format {'%' + d!r}")
        elif c.isspace():
            while i < len(format) and format[i].isspace():
                i += 1
            while pos < len(data_string) and data_string[pos].isspace():
                pos += 1
        else:
            if pos >= len(data_string) or data_string[pos].lower() != c.lower():
                raise mismatch
            pos += 1
            i += 1
    if pos < len(data_string):
        raise ValueError(f"unconverted data remains: {data_string[pos:]}")
    if hour12 is not None:
        hour = hour12 % 12 + (12 if pm else 0)
    if not 1 <= month <= 12 or not 1 <= mday <= 31 or hour > 23 or minute > 59 or second > 61:
        raise mismatch
    if yday is None:
        yday = _days(year, month, mday) - _days(year, 1, 1) + 1
    else:
        # A day of the year, when given, decides the month and the day.
        year, month, mday = _civil(_days(year, 1, 1) + yday - 1)
    days = _days(year, month, mday)
    if wday is None:
        wday = (days + 3) % 7
    return struct_time((year, month, mday, hour, minute, second, wday, yday, -1, None, None))
