# The datetime module, written for coroviz after the behaviour of CPython 3.11's C
# implementation (_datetime): the same values, reprs, rounding and error messages. Days
# are counted as proleptic Gregorian ordinals (0001-01-01 is day 1); a timedelta keeps
# whole microseconds. "Now" is the virtual clock's time.time(), and local time is UTC
# (the oracle runs CPython with TZ=UTC), so local and UTC conversions agree.

import time as _time_module
from time import time as _clock

MINYEAR = 1
MAXYEAR = 9999

# Days since 0001-01-01 (ordinal 1) of 1970-01-01.
_EPOCH_ORDINAL = 719163
_MAX_ORDINAL = 3652059
_US_PER_SECOND = 1000000
_US_PER_DAY = 86400000000
_MAX_DELTA_DAYS = 999999999

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAY_ABBR = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTH_ABBR = ('', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct',
               'Nov', 'Dec')


# --- calendar arithmetic ----------------------------------------------------------------


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_length(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _to_ordinal(year, month, day):
    # A March-based year puts the leap day last, so the days before a month follow a line.
    if month <= 2:
        year -= 1
        month += 12
    cycles, year_in_cycle = divmod(year, 400)
    days_of_year = (153 * (month - 3) + 2) // 5 + day - 1
    days_of_cycle = (year_in_cycle * 365 + year_in_cycle // 4 - year_in_cycle // 100
                     + days_of_year)
    # Day 0 of that count is 0000-03-01, which is ordinal -305.
    return cycles * 146097 + days_of_cycle - 305


def _from_ordinal(ordinal):
    # The inverse of _to_ordinal: (year, month, day).
    count = ordinal + 305
    cycles, days_of_cycle = divmod(count, 146097)
    year_in_cycle = (days_of_cycle - days_of_cycle // 1460 + days_of_cycle // 36524
                     - days_of_cycle // 146096) // 365
    days_of_year = days_of_cycle - (365 * year_in_cycle + year_in_cycle // 4
                                    - year_in_cycle // 100)
    shifted_month = (5 * days_of_year + 2) // 153
    day = days_of_year - (153 * shifted_month + 2) // 5 + 1
    month = shifted_month + 3 if shifted_month < 10 else shifted_month - 9
    year = year_in_cycle + cycles * 400 + (1 if month <= 2 else 0)
    return year, month, day


def _day_of_year(year, month, day):
    return _to_ordinal(year, month, day) - _to_ordinal(year, 1, 1) + 1


def _week1_monday(year):
    # The Monday of ISO week 1: the week holding 4 January.
    jan4 = _to_ordinal(year, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _iso_calendar(ordinal, year):
    start = _week1_monday(year)
    if ordinal < start:
        year -= 1
        start = _week1_monday(year)
    else:
        following = _week1_monday(year + 1)
        if ordinal >= following:
            year += 1
            start = following
    week, weekday = divmod(ordinal - start, 7)
    return year, week + 1, weekday + 1


def _iso_to_ordinal(year, week, day):
    # None when the week or the day is out of range (the caller words the error).
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    if week <= 0 or week >= 53:
        long_year = False
        if week == 53:
            # A year has 53 weeks when it starts on a Thursday, or a Wednesday in leap years.
            first = (_to_ordinal(year, 1, 1) + 6) % 7
            long_year = first == 3 or (first == 2 and _is_leap(year))
        if not long_year:
            return 'week'
    if day <= 0 or day >= 8:
        return 'day'
    return _week1_monday(year) + (week - 1) * 7 + day - 1


# --- argument checks --------------------------------------------------------------------


def _index(value):
    # What C's "i" argument format accepts: ints and objects with __index__.
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError(f"'{_tp_name(value)}' object cannot be interpreted as an integer")
    return index(value)


def _check_date_fields(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _month_length(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute, second = _index(hour), _index(minute), _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type "
                        f"'{_tp_name(tz)}'")


def _missing(name, position):
    return TypeError(f"function missing required argument '{name}' (pos {position})")


_NO_ARG = object()

# The classes CPython writes in C, and so names with their module in messages and reprs.
_C_TYPES = {}


def _tp_name(obj):
    cls = type(obj)
    return _C_TYPES.get(cls, cls.__name__)


def _arg_name(obj):
    # How Argument Clinic's messages name a wrong argument: None as itself.
    return 'None' if obj is None else _tp_name(obj)


def _type_label(self):
    # What C's reprs start with: tp_name, the module-qualified name of the C type itself.
    return _C_TYPES.get(type(self), type(self).__name__)


def _divide_nearest(a, b):
    # a / b rounded to the nearest integer, ties to even (b may be negative).
    if b < 0:
        a, b = -a, -b
    q, r = divmod(a, b)
    twice = 2 * r
    if twice > b or (twice == b and q % 2 == 1):
        q += 1
    return q


def _round_half_away(x):
    # C's round() on a double.
    whole = float(int(x))
    if abs(x - whole) >= 0.5:
        whole += 1.0 if x > 0 else -1.0
    return whole


def _split_float(x):
    # C's modf: (fractional part, integral part), both with x's sign.
    whole = float(int(x))
    return x - whole, whole


# --- timedelta --------------------------------------------------------------------------


def _delta_from_us(cls, us):
    seconds, micro = divmod(us, _US_PER_SECOND)
    days, seconds = divmod(seconds, 86400)
    if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        raise OverflowError(f"days={days}; must have magnitude <= {_MAX_DELTA_DAYS}")
    if cls is timedelta:
        d = object.__new__(timedelta)
        d._days, d._seconds, d._microseconds = days, seconds, micro
        d._hashcode = -1
        return d
    return cls(days, seconds, micro)


_UNITS = (('microseconds', 1), ('milliseconds', 1000), ('seconds', 1000000),
          ('minutes', 60000000), ('hours', 3600000000), ('days', 86400000000),
          ('weeks', 604800000000))


class timedelta:
    """Difference between two datetime values."""

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
                 hours=0, weeks=0):
        given = (microseconds, milliseconds, seconds, minutes, hours, days, weeks)
        total = 0
        leftover = 0.0
        for (name, factor), value in zip(_UNITS, given):
            if isinstance(value, int):
                total += value * factor
            elif isinstance(value, float):
                # The whole part is exact; only the fraction goes through float arithmetic.
                fraction, whole = _split_float(value)
                total += int(whole) * factor
                if fraction != 0.0:
                    fraction, whole = _split_float(float(factor) * fraction)
                    total += int(whole)
                    leftover += fraction
            else:
                raise TypeError(f"unsupported type for timedelta {name} component: "
                                f"{_tp_name(value)}")
        if leftover != 0.0:
            whole = _round_half_away(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2.0 * _round_half_away((leftover + odd) * 0.5) - odd
            total += int(whole)
        seconds, micro = divmod(total, _US_PER_SECOND)
        days, seconds = divmod(seconds, 86400)
        if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
            raise OverflowError(f"days={days}; must have magnitude <= {_MAX_DELTA_DAYS}")
        self._days, self._seconds, self._microseconds = days, seconds, micro
        self._hashcode = -1

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    def total_seconds(self):
        return self._us() / 10**6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append(f"days={self._days}")
        if self._seconds:
            parts.append(f"seconds={self._seconds}")
        if self._microseconds:
            parts.append(f"microseconds={self._microseconds}")
        return f"{_type_label(self)}({', '.join(parts) or '0'})"

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = "%d:%02d:%02d" % (hours, minutes, seconds)
        if self._days:
            plural = "s" if self._days != 1 and self._days != -1 else ""
            text = "%d day%s, %s" % (self._days, plural, text)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(timedelta, self._us() + other._us())
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(timedelta, self._us() + other._us())
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(timedelta, self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(timedelta, other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return _delta_from_us(timedelta, -self._us())

    def __pos__(self):
        return _delta_from_us(timedelta, self._us())

    def __abs__(self):
        if self._days < 0:
            return _delta_from_us(timedelta, -self._us())
        return _delta_from_us(timedelta, self._us())

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta_from_us(timedelta, self._us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _delta_from_us(timedelta, _divide_nearest(self._us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(timedelta, _divide_nearest(self._us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(timedelta, _divide_nearest(self._us() * den, num))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if other._us() == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._us() // other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(timedelta, self._us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if other._us() == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return _delta_from_us(timedelta, self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if other._us() == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._us(), other._us())
            return q, _delta_from_us(timedelta, r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), self._key())


_C_TYPES[timedelta] = 'datetime.timedelta'
timedelta.min = timedelta(-_MAX_DELTA_DAYS)
timedelta.max = timedelta(days=_MAX_DELTA_DAYS, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# --- strftime ---------------------------------------------------------------------------


def _format_offset(offset, sep):
    # "+HH:MM", with ":SS" and ".ffffff" when they are not zero; "" for None.
    if offset is None:
        return ""
    sign = '+'
    if offset._days < 0:
        sign = '-'
        offset = -offset
    us = offset._us()
    seconds, micro = divmod(us, _US_PER_SECOND)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = "%s%02d%s%02d" % (sign, hours, sep, minutes)
    if seconds or micro:
        text += "%s%02d" % (sep, seconds)
        if micro:
            text += ".%06d" % micro
    return text


def _strftime(obj, fmt, timetuple, microsecond, zone_of):
    # %z, %Z and %f are ours; the rest goes to time.strftime with the time tuple.
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {_arg_name(fmt)}")
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 == n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == 'z':
            out.append(_format_offset(zone_of('utcoffset'), ''))
        elif d == 'Z':
            name = zone_of('tzname')
            out.append('' if name is None else name.replace('%', '%%'))
        elif d == 'f':
            out.append("%06d" % microsecond)
        else:
            out.append('%' + d)
    return _time_module.strftime(''.join(out), timetuple)


def _format_spec(self, fmt):
    if not isinstance(fmt, str):
        raise TypeError(f"format() argument 2 must be str, not {_arg_name(fmt)}")
    if fmt:
        return self.strftime(fmt)
    return str(self)


def _time_text(hour, minute, second, microsecond, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if microsecond else 'seconds'
    if timespec == 'hours':
        return "%02d" % hour
    if timespec == 'minutes':
        return "%02d:%02d" % (hour, minute)
    if timespec == 'seconds':
        return "%02d:%02d:%02d" % (hour, minute, second)
    if timespec == 'milliseconds':
        return "%02d:%02d:%02d.%03d" % (hour, minute, second, microsecond // 1000)
    if timespec == 'microseconds':
        return "%02d:%02d:%02d.%06d" % (hour, minute, second, microsecond)
    raise ValueError("Unknown timespec value")


# --- ISO 8601 parsing (CPython 3.11's forms) ---------------------------------------------


def _digits(s, pos, count):
    # `count` ASCII digits at pos as an int, or None.
    value = 0
    for k in range(pos, pos + count):
        c = s[k] if k < len(s) else '\0'
        if not '0' <= c <= '9':
            return None
        value = value * 10 + ord(c) - 48
    return value


def _char(s, pos):
    return s[pos] if 0 <= pos < len(s) else '\0'


def _parse_iso_date(s, end):
    # (year, month, day) of the date in s[:end], or None when it does not read as one.
    year = _digits(s, 0, 4)
    if year is None:
        return None
    pos = 4
    dashed = _char(s, pos) == '-'
    if dashed:
        pos += 1
    if _char(s, pos) == 'W':
        week = _digits(s, pos + 1, 2)
        if week is None:
            return None
        pos += 3
        day = 1
        if pos < end:
            if dashed:
                if _char(s, pos) != '-':
                    return None
                pos += 1
            day = _digits(s, pos, 1)
            if day is None:
                return None
        ordinal = _iso_to_ordinal(year, week, day)
        if isinstance(ordinal, str):
            return None
        return _from_ordinal(ordinal)
    month = _digits(s, pos, 2)
    if month is None:
        return None
    pos += 2
    if dashed:
        if _char(s, pos) != '-':
            return None
        pos += 1
    day = _digits(s, pos, 2)
    if day is None:
        return None
    return year, month, day


def _parse_clock(s, pos, end):
    # [HH[:MM[:SS[.ffffff]]]] from pos (stopping before end): (status, fields) where status
    # is 0 at the end of the text, 1 when more text follows, negative when malformed.
    fields = [0, 0, 0, 0]
    colons = True
    fraction = False
    for k in range(3):
        value = _digits(s, pos, 2)
        if value is None:
            return -3, fields
        fields[k] = value
        pos += 2
        c = _char(s, pos)
        pos += 1
        if k == 0:
            colons = c == ':'
        if pos >= end:
            return (1 if c != '\0' else 0), fields
        if colons and c == ':':
            continue
        if c == '.' or c == ',':
            fraction = True
            break
        if not colons:
            pos -= 1
        else:
            return -4, fields
    if not fraction and k == 2:
        # Three fields read with more text after them and no fraction mark.
        pass
    remaining = end - pos
    width = 6 if remaining >= 6 else remaining
    value = _digits(s, pos, width)
    if value is None or width == 0:
        return -3, fields
    pos += width
    fields[3] = value * 10 ** (6 - width)
    while '0' <= _char(s, pos) <= '9':
        pos += 1
    return (1 if _char(s, pos) != '\0' else 0), fields


def _parse_iso_time(s, pos):
    # The time after pos in s: (hour, minute, second, microsecond, tz) or None.
    end = len(s)
    mark = pos
    while True:
        c = _char(s, mark)
        if c == 'Z' or c == '+' or c == '-':
            break
        mark += 1
        if mark >= end:
            break
    status, fields = _parse_clock(s, pos, mark)
    if status < 0:
        return None
    if mark >= end:
        if status == 1:
            return None
        return fields[0], fields[1], fields[2], fields[3], None
    if _char(s, mark) == 'Z':
        if mark + 1 != end:
            return None
        return fields[0], fields[1], fields[2], fields[3], timezone.utc
    sign = -1 if _char(s, mark) == '-' else 1
    status, tzfields = _parse_clock(s, mark + 1, end)
    if status != 0:
        return None
    seconds = sign * (tzfields[0] * 3600 + tzfields[1] * 60 + tzfields[2])
    micro = sign * tzfields[3]
    if seconds == 0 and micro == 0:
        tz = timezone.utc
    else:
        tz = timezone(timedelta(seconds=seconds, microseconds=micro))
    return fields[0], fields[1], fields[2], fields[3], tz


def _iso_separator(s):
    # Where the date ends in a date-and-time text (its forms differ by length).
    n = len(s)
    if n == 7:
        return 7
    if _char(s, 4) == '-':
        if _char(s, 5) == 'W':
            if n < 8:
                return -1
            if n > 8 and _char(s, 8) == '-':
                if n == 9:
                    return -1
                if n > 10 and '0' <= _char(s, 10) <= '9':
                    return 8
                return 10
            return 8
        return 10
    if _char(s, 4) == 'W':
        k = 7
        while k < n and '0' <= s[k] <= '9':
            k += 1
        if k < 9:
            return k
        return 7 if k % 2 == 0 else 8
    return 8


def _invalid_iso(text):
    return ValueError(f"Invalid isoformat string: {text!r}")


# --- tzinfo -----------------------------------------------------------------------------


class tzinfo:
    """Abstract base class for time zone info objects."""

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        saving = dt.dst()
        if saving is None:
            raise ValueError("fromutc: non-None dst() result required")
        shift = offset - saving
        if shift:
            dt = dt + shift
            saving = dt.dst()
            if saving is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + saving


_C_TYPES[tzinfo] = 'datetime.tzinfo'


def _checked_offset(value, what):
    if value is None:
        return None
    if not isinstance(value, timedelta):
        raise TypeError(f"tzinfo.{what}() must return None or timedelta, not "
                        f"'{_tp_name(value)}'")
    if not -timedelta(1) < value < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24).")
    return value


def _zone_offset(tz, what, arg):
    if tz is None:
        return None
    return _checked_offset(getattr(tz, what)(arg), what)


def _zone_name(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError(f"tzinfo.tzname() must return None or a string, not "
                        f"'{_tp_name(name)}'")
    return name


# --- date -------------------------------------------------------------------------------


def _new_date(cls, year, month, day):
    if cls is date:
        d = object.__new__(date)
        d._year, d._month, d._day = year, month, day
        d._hashcode = -1
        return d
    return cls(year, month, day)


class date:
    """date(year, month, day) --> date object"""

    def __init__(self, year=_NO_ARG, month=_NO_ARG, day=_NO_ARG):
        if year is _NO_ARG:
            raise _missing('year', 1)
        if month is _NO_ARG:
            raise _missing('month', 2)
        if day is _NO_ARG:
            raise _missing('day', 3)
        self._year, self._month, self._day = _check_date_fields(year, month, day)
        self._hashcode = -1

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_clock())

    @classmethod
    def fromtimestamp(cls, t):
        seconds = _floor_seconds(t)
        year, month, day = _from_ordinal(seconds // 86400 + _EPOCH_ORDINAL)
        return cls(year, month, day)

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORDINAL:
            raise ValueError(f"year {_from_ordinal(n)[0]} is out of range")
        year, month, day = _from_ordinal(n)
        return cls(year, month, day)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        n = len(text)
        parsed = None
        if n == 7 or n == 8 or n == 10:
            parsed = _parse_iso_date(text, n)
        if parsed is None:
            raise _invalid_iso(text)
        return cls(*parsed)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        year, week, day = _index(year), _index(week), _index(day)
        ordinal = _iso_to_ordinal(year, week, day)
        if ordinal == 'week':
            raise ValueError(f"Invalid week: {week}")
        if ordinal == 'day':
            raise ValueError(f"Invalid day: {day} (range is [1, 7])")
        return cls(*_from_ordinal(ordinal))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return f"{_type_label(self)}({self._year}, {self._month}, {self._day})"

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        weekday = (self.toordinal() + 6) % 7
        return "%s %s %2d 00:00:00 %04d" % (_DAY_ABBR[weekday], _MONTH_ABBR[self._month],
                                            self._day, self._year)

    def strftime(self, fmt):
        return _strftime(self, fmt, self.timetuple(), 0, lambda what: None)

    def __format__(self, fmt):
        return _format_spec(self, fmt)

    def timetuple(self):
        y, m, d = self._year, self._month, self._day
        return _time_module.struct_time((y, m, d, 0, 0, 0, (self.toordinal() + 6) % 7,
                                         _day_of_year(y, m, d), -1))

    def toordinal(self):
        return _to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return (self.toordinal() + 6) % 7 + 1

    def isocalendar(self):
        return _IsoCalendarDate(*_iso_calendar(self.toordinal(), self._year))

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _key(self):
        return (self._year, self._month, self._day)

    def _compare_ok(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        if self._compare_ok(other):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if self._compare_ok(other):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if self._compare_ok(other):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if self._compare_ok(other):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if self._compare_ok(other):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if self._compare_ok(other):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def _shifted(self, days):
        ordinal = self.toordinal() + days
        if not 1 <= ordinal <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        year, month, day = _from_ordinal(ordinal)
        return _new_date(type(self), year, month, day)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._shifted(other._days)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self._shifted(other._days)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._shifted(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), self._key())


_C_TYPES[date] = 'datetime.date'
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate:  # the module does not offer the name (see the del below)
    """The (year, week, weekday) of date.isocalendar(), also readable by name."""

    def __init__(self, year, week, weekday):
        self._items = (year, week, weekday)

    @property
    def year(self):
        return self._items[0]

    @property
    def week(self):
        return self._items[1]

    @property
    def weekday(self):
        return self._items[2]

    def __repr__(self):
        y, w, d = self._items
        return f"{_type_label(self)}(year={y}, week={w}, weekday={d})"

    def __len__(self):
        return 3

    def __getitem__(self, index):
        return self._items[index]

    def __iter__(self):
        return iter(self._items)

    def __eq__(self, other):
        if isinstance(other, _IsoCalendarDate):
            return self._items == other._items
        return self._items == other

    def __ne__(self, other):
        return not self == other

    def __lt__(self, other):
        if isinstance(other, _IsoCalendarDate):
            other = other._items
        return self._items < other

    def __hash__(self):
        return hash(self._items)


_C_TYPES[IsoCalendarDate] = 'datetime.IsoCalendarDate'
_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate


# --- timezone ---------------------------------------------------------------------------


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    def __init__(self, offset=_NO_ARG, name=None):
        if offset is _NO_ARG:
            raise TypeError("timezone() missing required argument 'offset' (pos 1)")
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not "
                            f"{_arg_name(offset)}")
        if name is not None and not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {_arg_name(name)}")
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not "
                             f"{offset!r}.")
        self._offset = offset
        self._name = name

    def __new__(cls, offset=_NO_ARG, name=None):
        # timezone(timedelta(0)) is timezone.utc itself.
        if (cls is timezone and name is None and isinstance(offset, timedelta)
                and not offset and _UTC is not None):
            return _UTC
        return object.__new__(cls)

    def _check_arg(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError(f"{what}(dt) argument must be a datetime instance or None, "
                            f"not {_tp_name(dt)}")

    def utcoffset(self, dt):
        self._check_arg(dt, 'utcoffset')
        return self._offset

    def dst(self, dt):
        self._check_arg(dt, 'dst')
        return None

    def tzname(self, dt):
        self._check_arg(dt, 'tzname')
        return self._text()

    def _text(self):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, ':')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return f"{_type_label(self)}({self._offset!r})"
        return f"{_type_label(self)}({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self._text()

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())


_UTC = None
_C_TYPES[timezone] = 'datetime.timezone'
_UTC = timezone(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = _UTC


# --- time -------------------------------------------------------------------------------


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""

    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond = _check_time_fields(hour, minute, second,
                                                               microsecond, fold)
        _check_tzinfo(tzinfo)
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        start = 1 if text[:1] == 'T' else 0
        parsed = _parse_iso_time(text, start)
        if parsed is None:
            raise _invalid_iso(text)
        hour, minute, second, micro, tz = parsed
        return cls(hour, minute, second, micro, tz)

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def __repr__(self):
        if self._microsecond:
            fields = "%d, %d, %d, %d" % (self._hour, self._minute, self._second,
                                         self._microsecond)
        elif self._second:
            fields = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            fields = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            fields += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            fields += ", fold=1"
        return f"{_type_label(self)}({fields})"

    def isoformat(self, timespec='auto'):
        text = _time_text(self._hour, self._minute, self._second, self._microsecond,
                          timespec)
        return text + _format_offset(self.utcoffset(), ':')

    def __str__(self):
        return self.isoformat()

    def strftime(self, fmt):
        timetuple = _time_module.struct_time((1900, 1, 1, self._hour, self._minute,
                                              self._second, 0, 1, -1))
        return _strftime(self, fmt, timetuple, self._microsecond, self._zone_of)

    def _zone_of(self, what):
        if what == 'tzname':
            return self.tzname()
        return self.utcoffset()

    def __format__(self, fmt):
        return _format_spec(self, fmt)

    def utcoffset(self):
        return _zone_offset(self._tzinfo, 'utcoffset', None)

    def dst(self):
        return _zone_offset(self._tzinfo, 'dst', None)

    def tzname(self):
        return _zone_name(self._tzinfo, None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def _us_of_day(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 \
            + self._microsecond

    def _compare(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            a, b = self._us_of_day(), other._us_of_day()
        else:
            mine, theirs = self.utcoffset(), other.utcoffset()
            if mine == theirs:
                a, b = self._us_of_day(), other._us_of_day()
            elif mine is None or theirs is None:
                if op == 'eq':
                    return False
                if op == 'ne':
                    return True
                raise TypeError("can't compare offset-naive and offset-aware times")
            else:
                a = self._us_of_day() - mine._us()
                b = other._us_of_day() - theirs._us()
        return _compare_result(a, b, op)

    def __eq__(self, other):
        return self._compare(other, 'eq')

    def __ne__(self, other):
        return self._compare(other, 'ne')

    def __lt__(self, other):
        return self._compare(other, 'lt')

    def __le__(self, other):
        return self._compare(other, 'le')

    def __gt__(self, other):
        return self._compare(other, 'gt')

    def __ge__(self, other):
        return self._compare(other, 'ge')

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.utcoffset()
            if offset is None:
                self._hashcode = hash((self._hour, self._minute, self._second,
                                       self._microsecond))
            else:
                self._hashcode = hash(self._us_of_day() - offset._us())
        return self._hashcode

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond,
                             self._tzinfo))


def _compare_result(a, b, op):
    if op == 'eq':
        return a == b
    if op == 'ne':
        return a != b
    if op == 'lt':
        return a < b
    if op == 'le':
        return a <= b
    if op == 'gt':
        return a > b
    return a >= b


_C_TYPES[time] = 'datetime.time'
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# --- datetime ---------------------------------------------------------------------------


def _timestamp_seconds(t):
    # A POSIX timestamp as (whole seconds, microseconds), the fraction rounded half to
    # even, as _PyTime_ObjectToTimeval does.
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        fraction, whole = _split_float(t)
        micro = float(round(fraction * 1e6))
        if micro >= 1e6:
            micro -= 1e6
            whole += 1.0
        elif micro < 0:
            micro += 1e6
            whole -= 1.0
        if not -9.223372036854776e18 <= whole < 9.223372036854776e18:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(whole), int(micro)
    seconds = _index(t)
    if not -2**63 <= seconds < 2**63:
        raise OverflowError("timestamp out of range for platform time_t")
    return seconds, 0


def _floor_seconds(t):
    # A POSIX timestamp rounded down to whole seconds (date.fromtimestamp's rounding).
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if not -9.223372036854776e18 <= t < 9.223372036854776e18:
            raise OverflowError("timestamp out of range for platform time_t")
        whole = int(t)
        return whole - 1 if whole > t else whole
    return _index(t)


def _fields_from_seconds(seconds):
    # UTC (and so local) calendar fields of whole POSIX seconds.
    days, rest = divmod(seconds, 86400)
    ordinal = days + _EPOCH_ORDINAL
    if not 1 <= ordinal <= _MAX_ORDINAL:
        year = _from_ordinal(ordinal)[0]
        raise ValueError(f"year {year} is out of range")
    year, month, day = _from_ordinal(ordinal)
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    return year, month, day, hour, minute, second


def _new_datetime(cls, year, month, day, hour, minute, second, micro, tz, fold=0):
    if cls is datetime:
        d = object.__new__(datetime)
        d._year, d._month, d._day = year, month, day
        d._hour, d._minute, d._second = hour, minute, second
        d._microsecond, d._tzinfo, d._fold = micro, tz, fold
        d._hashcode = -1
        return d
    if fold:
        return cls(year, month, day, hour, minute, second, micro, tz, fold=fold)
    return cls(year, month, day, hour, minute, second, micro, tz)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""

    def __init__(self, year=_NO_ARG, month=_NO_ARG, day=_NO_ARG, hour=0, minute=0,
                 second=0, microsecond=0, tzinfo=None, *, fold=0):
        if year is _NO_ARG:
            raise _missing('year', 1)
        if month is _NO_ARG:
            raise _missing('month', 2)
        if day is _NO_ARG:
            raise _missing('day', 3)
        self._year, self._month, self._day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond = _check_time_fields(hour, minute, second,
                                                               microsecond, fold)
        _check_tzinfo(tzinfo)
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1

    # Constructors.

    @classmethod
    def _from_posix(cls, t, tz, utc):
        seconds, micro = _timestamp_seconds(t)
        year, month, day, hour, minute, second = _fields_from_seconds(seconds)
        if tz is None:
            return _new_datetime(cls, year, month, day, hour, minute, second, micro, None)
        result = _new_datetime(cls, year, month, day, hour, minute, second, micro, tz)
        return tz.fromutc(result)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        return cls._from_posix(t, tz, False)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_posix(t, None, True)

    @classmethod
    def now(cls, tz=None):
        _check_tzinfo(tz)
        return cls._from_posix(_clock(), tz, False)

    @classmethod
    def utcnow(cls):
        return cls._from_posix(_clock(), None, True)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_clock())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORDINAL:
            raise ValueError(f"year {_from_ordinal(n)[0]} is out of range")
        year, month, day = _from_ordinal(n)
        return cls(year, month, day)

    @classmethod
    def combine(cls, date_part, time_part, tzinfo=True):
        if not isinstance(date_part, date):
            raise TypeError("combine() argument 1 must be datetime.date, not "
                            f"{_arg_name(date_part)}")
        if not isinstance(time_part, time):
            raise TypeError("combine() argument 2 must be datetime.time, not "
                            f"{_arg_name(time_part)}")
        if tzinfo is True:
            tzinfo = time_part._tzinfo
        t = time_part
        return _new_datetime(cls, date_part._year, date_part._month, date_part._day,
                             t._hour, t._minute, t._second, t._microsecond, tzinfo,
                             t._fold)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        end = _iso_separator(text)
        parsed = None
        if end >= 0:
            parsed = _parse_iso_date(text, end)
        if parsed is None:
            raise _invalid_iso(text)
        clock = (0, 0, 0, 0, None)
        if end < len(text):
            clock = _parse_iso_time(text, end + 1)
            if clock is None:
                raise _invalid_iso(text)
        year, month, day = parsed
        hour, minute, second, micro, tz = clock
        return cls(year, month, day, hour, minute, second, micro, tz)

    @classmethod
    def strptime(cls, text, fmt):
        fields, micro, tz = _strptime_fields(text, fmt, 'strptime')
        year, month, day, hour, minute, second = fields
        if tz is None:
            return cls(year, month, day, hour, minute, second, micro)
        return cls(year, month, day, hour, minute, second, micro, tz)

    # Fields.

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    # Time zones.

    def utcoffset(self):
        return _zone_offset(self._tzinfo, 'utcoffset', self)

    def dst(self):
        return _zone_offset(self._tzinfo, 'dst', self)

    def tzname(self):
        return _zone_name(self._tzinfo, self)

    def _local_seconds(self):
        # Whole seconds since the epoch of the fields read as UTC (local time is UTC).
        days = self.toordinal() - _EPOCH_ORDINAL
        return days * 86400 + self._hour * 3600 + self._minute * 60 + self._second

    def timestamp(self):
        offset = self.utcoffset()
        if offset is None:
            return self._local_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not "
                            f"type '{_tp_name(tz)}'")
        if tz is None:
            tz = _LOCAL
            if self._tzinfo is None:
                return self.replace(tzinfo=tz)
        if self._tzinfo is tz:
            return self
        offset = self.utcoffset()
        if offset is None:
            offset = timedelta(0)
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    # Text.

    def __repr__(self):
        fields = "%d, %d, %d, %d, %d" % (self._year, self._month, self._day, self._hour,
                                         self._minute)
        if self._microsecond:
            fields += ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            fields += ", %d" % self._second
        if self._tzinfo is not None:
            fields += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            fields += ", fold=1"
        return f"{_type_label(self)}({fields})"

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not "
                            f"{_arg_name(sep)}")
        text = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        text += _time_text(self._hour, self._minute, self._second, self._microsecond,
                           timespec)
        return text + _format_offset(self.utcoffset(), ':')

    def __str__(self):
        return self.isoformat(' ')

    def ctime(self):
        weekday = (self.toordinal() + 6) % 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_ABBR[weekday], _MONTH_ABBR[self._month], self._day, self._hour,
            self._minute, self._second, self._year)

    def strftime(self, fmt):
        return _strftime(self, fmt, self.timetuple(), self._microsecond, self._zone_of)

    def _zone_of(self, what):
        if what == 'tzname':
            return self.tzname()
        return self.utcoffset()

    def __format__(self, fmt):
        return _format_spec(self, fmt)

    def timetuple(self):
        saving = self.dst()
        if saving is None:
            flag = -1
        else:
            flag = 1 if saving else 0
        y, m, d = self._year, self._month, self._day
        return _time_module.struct_time((y, m, d, self._hour, self._minute, self._second,
                                         (self.toordinal() + 6) % 7,
                                         _day_of_year(y, m, d), flag))

    def utctimetuple(self):
        offset = self.utcoffset()
        value = self
        if offset:
            value = self - offset
        y, m, d = value._year, value._month, value._day
        return _time_module.struct_time((y, m, d, value._hour, value._minute,
                                         value._second, (value.toordinal() + 6) % 7,
                                         _day_of_year(y, m, d), 0))

    # Arithmetic.

    def _us_total(self):
        return (((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60
                + self._second) * 1000000 + self._microsecond

    def _shifted_us(self, us):
        total = self._us_total() + us
        days, rest = divmod(total, _US_PER_DAY)
        if not 1 <= days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        year, month, day = _from_ordinal(days)
        seconds, micro = divmod(rest, 1000000)
        hour, seconds = divmod(seconds, 3600)
        minute, second = divmod(seconds, 60)
        return _new_datetime(type(self), year, month, day, hour, minute, second, micro,
                             self._tzinfo)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._shifted_us(other._us())
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self._shifted_us(other._us())
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._shifted_us(-other._us())
        if not isinstance(other, datetime):
            return NotImplemented
        difference = self._us_total() - other._us_total()
        if self._tzinfo is not other._tzinfo:
            mine, theirs = self.utcoffset(), other.utcoffset()
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if mine is not None and mine != theirs:
                difference += theirs._us() - mine._us()
        return _delta_from_us(timedelta, difference)

    def _compare(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op == 'eq':
                    return False
                if op == 'ne':
                    return True
                raise TypeError(f"can't compare {_tp_name(self)} to {_tp_name(other)}")
            return NotImplemented
        a, b = self._us_total(), other._us_total()
        if self._tzinfo is not other._tzinfo:
            mine, theirs = self.utcoffset(), other.utcoffset()
            if mine != theirs:
                if mine is None or theirs is None:
                    if op == 'eq':
                        return False
                    if op == 'ne':
                        return True
                    raise TypeError("can't compare offset-naive and offset-aware datetimes")
                a -= mine._us()
                b -= theirs._us()
        return _compare_result(a, b, op)

    def __eq__(self, other):
        return self._compare(other, 'eq')

    def __ne__(self, other):
        return self._compare(other, 'ne')

    def __lt__(self, other):
        return self._compare(other, 'lt')

    def __le__(self, other):
        return self._compare(other, 'le')

    def __gt__(self, other):
        return self._compare(other, 'gt')

    def __ge__(self, other):
        return self._compare(other, 'ge')

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.utcoffset()
            total = self._us_total()
            if offset is not None:
                total -= offset._us()
            self._hashcode = hash(total)
        return self._hashcode

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self._microsecond, self._tzinfo))


_C_TYPES[datetime] = 'datetime.datetime'
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)
# What astimezone() gives naive values: local time, which is UTC under the name 'UTC'.
_LOCAL = timezone(timedelta(0), 'UTC')


# --- strptime ---------------------------------------------------------------------------

_DAY_NAMES = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')
_MONTH_NAMES = ('', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
                'august', 'september', 'october', 'november', 'december')
_DAY_ABBRS = tuple(name[:3] for name in _DAY_NAMES)
_MONTH_ABBRS = ('',) + tuple(name[:3] for name in _MONTH_NAMES[1:])

# Numeric directives: the lengths each may take, in the order the matcher tries them.
_NUMBER_WIDTHS = {
    'd': (2, 1), 'm': (2, 1), 'H': (2, 1), 'I': (2, 1), 'M': (2, 1), 'S': (2, 1),
    'j': (3, 2, 1), 'U': (2, 1), 'W': (2, 1), 'V': (2, 1), 'Y': (4,), 'G': (4,),
    'y': (2,), 'w': (1,), 'u': (1,), 'f': (6, 5, 4, 3, 2, 1),
}
_NUMBER_RANGES = {
    'd': (1, 31), 'm': (1, 12), 'H': (0, 23), 'I': (1, 12), 'M': (0, 59), 'S': (0, 61),
    'j': (1, 366), 'U': (0, 53), 'W': (0, 53), 'V': (1, 53), 'w': (0, 6), 'u': (1, 7),
}
_EXPANSIONS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S',
               'D': '%m/%d/%y', 'T': '%H:%M:%S', 'R': '%H:%M', 'r': '%I:%M:%S %p',
               'F': '%Y-%m-%d'}
_KNOWN_DIRECTIVES = 'dmHIMSjUWVYGywufaAbBpzZ%'


def _strptime_tokens(fmt):
    # The format as ('lit', char), ('space',) and ('dir', letter) tokens.
    tokens = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '%':
            if i + 1 >= n:
                raise ValueError(f"stray % in format '{fmt}'")
            d = fmt[i + 1]
            i += 2
            if d in _EXPANSIONS:
                tokens.extend(_strptime_tokens(_EXPANSIONS[d]))
            elif d in _KNOWN_DIRECTIVES:
                if d == '%':
                    tokens.append(('lit', '%'))
                else:
                    tokens.append(('dir', d))
            else:
                raise ValueError(f"'{d}' is a bad directive in format '{fmt}'")
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            tokens.append(('space',))
        else:
            tokens.append(('lit', c))
            i += 1
    return tokens


def _directive_options(d, text, pos):
    # The (end, value) pairs the directive can match at pos, the preferred one first.
    options = []
    if d in _NUMBER_WIDTHS:
        low_high = _NUMBER_RANGES.get(d)
        for width in _NUMBER_WIDTHS[d]:
            value = _digits(text, pos, width)
            if value is None:
                continue
            if low_high is not None:
                low, high = low_high
                if not low <= value <= high:
                    continue
            options.append((pos + width, text[pos:pos + width]))
        if d == 'd' and _char(text, pos) == ' ' and '1' <= _char(text, pos + 1) <= '9':
            options.append((pos + 2, text[pos + 1]))
        return options
    if d in 'aAbBpZ':
        if d == 'a':
            names = _DAY_ABBRS
        elif d == 'A':
            names = _DAY_NAMES
        elif d == 'b':
            names = _MONTH_ABBRS
        elif d == 'B':
            names = _MONTH_NAMES
        elif d == 'p':
            names = ('am', 'pm')
        else:
            names = ('utc', 'gmt')
        lowered = text[pos:].lower()
        for name in sorted(names, key=len, reverse=True):
            if lowered.startswith(name):
                options.append((pos + len(name), text[pos:pos + len(name)]))
        return options
    if d == 'z':
        if _char(text, pos) == 'Z':
            return [(pos + 1, 'Z')]
        if _char(text, pos) not in '+-' or _char(text, pos) == '\0':
            return options
        end = pos + 1
        if _digits(text, end, 2) is None:
            return options
        end += 2
        colon = _char(text, end) == ':'
        if colon:
            end += 1
        minutes = _digits(text, end, 2)
        if minutes is None or minutes > 59:
            return options
        end += 2
        shorter = end
        seconds_at = end + 1 if _char(text, end) == ':' else end
        seconds = _digits(text, seconds_at, 2)
        if seconds is not None and seconds <= 59:
            end = seconds_at + 2
            if _char(text, end) == '.':
                k = end + 1
                while k < len(text) and k - end - 1 < 6 and '0' <= text[k] <= '9':
                    k += 1
                if k > end + 1:
                    end = k
        options.append((end, text[pos:end]))
        if end != shorter:
            options.append((shorter, text[pos:shorter]))
        return options
    return options


def _strptime_match(tokens, k, text, pos, found):
    # Backtracking over the tokens as the regular expression CPython builds would.
    if k == len(tokens):
        return pos
    token = tokens[k]
    kind = token[0]
    if kind == 'lit':
        c = _char(text, pos)
        if pos < len(text) and c.lower() == token[1].lower():
            return _strptime_match(tokens, k + 1, text, pos + 1, found)
        return -1
    if kind == 'space':
        end = pos
        while end < len(text) and text[end].isspace():
            end += 1
        while end > pos:
            result = _strptime_match(tokens, k + 1, text, end, found)
            if result >= 0:
                return result
            end -= 1
        return -1
    d = token[1]
    for end, value in _directive_options(d, text, pos):
        previous = found.get(d)
        found[d] = value
        result = _strptime_match(tokens, k + 1, text, end, found)
        if result >= 0:
            return result
        if previous is None:
            del found[d]
        else:
            found[d] = previous
    return -1


def _strptime_fields(text, fmt, func):
    for arg, position in ((text, 1), (fmt, 2)):
        if not isinstance(arg, str):
            raise TypeError(f"{func}() argument {position} must be str, not {_arg_name(arg)}")
    tokens = _strptime_tokens(fmt)
    found = {}
    # A directive given twice keeps its first match (a regex group may not repeat).
    end = _strptime_match(tokens, 0, text, 0, found)
    if end < 0:
        raise ValueError(f"time data {text!r} does not match format {fmt!r}")
    if end != len(text):
        raise ValueError(f"unconverted data remains: {text[end:]}")
    year = None
    month = day = 1
    hour = minute = second = micro = 0
    weekday = julian = week = None
    offset = None
    zone = None
    week_starts_monday = True
    iso_year = iso_week = None
    for d, value in found.items():
        if d == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif d == 'Y':
            year = int(value)
        elif d == 'm':
            month = int(value)
        elif d == 'B':
            month = _MONTH_NAMES.index(value.lower())
        elif d == 'b':
            month = _MONTH_ABBRS.index(value.lower())
        elif d == 'd':
            day = int(value)
        elif d == 'H':
            hour = int(value)
        elif d == 'I':
            hour = int(value)
            marker = found.get('p', '').lower()
            if marker in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif marker == 'pm' and hour != 12:
                hour += 12
        elif d == 'M':
            minute = int(value)
        elif d == 'S':
            second = int(value)
        elif d == 'f':
            micro = int(value + '0' * (6 - len(value)))
        elif d == 'A':
            weekday = _DAY_NAMES.index(value.lower())
        elif d == 'a':
            weekday = _DAY_ABBRS.index(value.lower())
        elif d == 'w':
            weekday = (int(value) + 6) % 7
        elif d == 'u':
            weekday = int(value) - 1
        elif d == 'j':
            julian = int(value)
        elif d == 'U' or d == 'W':
            week = int(value)
            week_starts_monday = d == 'W'
        elif d == 'G':
            iso_year = int(value)
        elif d == 'V':
            iso_week = int(value)
        elif d == 'z':
            offset = _strptime_offset(value)
        elif d == 'Z':
            zone = value
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO "
                             "year directive '%G'. Use '%Y' instead.")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year "
                             "directive '%G' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")
    leap_fix = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_fix = True
        else:
            year = 1900
    if julian is None and weekday is not None:
        if week is not None:
            first = (_to_ordinal(year, 1, 1) + 6) % 7
            day_of_week = weekday
            if not week_starts_monday:
                first = (first + 1) % 7
                day_of_week = (day_of_week + 1) % 7
            week0 = (7 - first) % 7
            if week == 0:
                julian = 1 + day_of_week - first
            else:
                julian = 1 + week0 + 7 * (week - 1) + day_of_week
        elif iso_year is not None and iso_week is not None:
            # Day 1 of the ISO year's week 1 counted from 1 January of iso_year.
            jan1 = _to_ordinal(iso_year, 1, 1)
            year = iso_year
            julian = _week1_monday(iso_year) + (iso_week - 1) * 7 + weekday - jan1 + 1
            if julian < 1:
                year -= 1
                julian += jan1 - _to_ordinal(year, 1, 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is not None:
        year, month, day = _from_ordinal(julian - 1 + _to_ordinal(year, 1, 1))
    else:
        _check_date_fields(year, month, day)
    if leap_fix:
        year = 1900
    tz = None
    if offset is not None:
        seconds, fraction = offset
        delta = timedelta(seconds=seconds, microseconds=fraction)
        tz = timezone(delta, zone) if zone else timezone(delta)
    return (year, month, day, hour, minute, second), micro, tz


def _strptime_offset(value):
    if value == 'Z':
        return 0, 0
    sign = -1 if value[0] == '-' else 1
    body = value[1:]
    if ':' in body:
        if len(body) > 5 and body[5] != ':':
            raise ValueError(f"Inconsistent use of : in {value}")
        body = body.replace(':', '')
    hours, minutes = int(body[0:2]), int(body[2:4])
    seconds = int(body[4:6] or 0)
    fraction = 0
    if len(body) > 7:
        digits = body[7:]
        fraction = int(digits + '0' * (6 - len(digits)))
    return sign * (hours * 3600 + minutes * 60 + seconds), sign * fraction
