# The datetime module, written for coroviz after the behaviour of CPython 3.11's C
# implementation (_datetime): the same values, reprs, rounding and error messages. Days
# are counted as proleptic Gregorian ordinals (0001-01-01 is day 1); a timedelta keeps
# whole microseconds. "Now" is the virtual clock's time.time(), and local time is UTC
# (the oracle runs CPython with TZ=UTC), so local and UTC conversions agree.

import time as _time_module
from time import time as _clock

from _datetime_parse import (_check_date_range, _day_of_year, _from_ordinal,
                             _iso_calendar, _iso_separator, _iso_to_ordinal,
                             _parse_iso_date, _parse_iso_time, _strptime_fields,
                             _to_ordinal)

MINYEAR = 1
MAXYEAR = 9999

# Days since 0001-01-01 (ordinal 1) of 1970-01-01.
_EPOCH_ORDINAL = 719163
_MAX_ORDINAL = 3652059
_US_PER_SECOND = 1000000
_US_PER_DAY = 86400000000
_MAX_DELTA_DAYS = 999999999

_DAY_ABBR = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTH_ABBR = ('', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct',
               'Nov', 'Dec')


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
    _check_date_range(year, month, day)
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


def _invalid_iso(text):
    return ValueError(f"Invalid isoformat string: {text!r}")


def _zone_of_offset(offset, name=None):
    # A timezone from (seconds, microseconds) east of UTC; UTC itself for zero.
    seconds, micro = offset
    if seconds == 0 and micro == 0 and name is None:
        return _UTC
    delta = timedelta(seconds=seconds, microseconds=micro)
    return timezone(delta) if name is None else timezone(delta, name)


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


def _read_only(getter, name=None, owner=None):
    # A field of a C type: readable, and refused with CPython's words when assigned
    # (timedelta's fields are members, the others getters of `owner`).
    if owner is None:
        message = "readonly attribute"
    else:
        message = f"attribute '{name}' of 'datetime.{owner}' objects is not writable"

    def refuse(self, value):
        raise AttributeError(message)

    return property(getter, refuse)


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

    days = _read_only(lambda self: self._days)

    seconds = _read_only(lambda self: self._seconds)

    microseconds = _read_only(lambda self: self._microseconds)

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

    # timedelta - timedelta with us on the right.
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

    # (how many times other fits, what is left), both counted in microseconds.
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

    year = _read_only(lambda self: self._year, 'year', 'date')

    month = _read_only(lambda self: self._month, 'month', 'date')

    day = _read_only(lambda self: self._day, 'day', 'date')

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
        # Each field given replaces ours; the others are kept.
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

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
# The range of dates, and the smallest step between two of them.
date.min, date.max = date(1, 1, 1), date(9999, 12, 31)
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
        # Equal offsets make equal zones, whatever their names.
        if not isinstance(other, timezone):
            return NotImplemented
        return self._offset == other._offset

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)  # as equality: the name plays no part

    def __getinitargs__(self):
        # The name only when one was given: timezone(offset) and timezone(offset, name).
        return (self._offset,) if self._name is None else (self._offset, self._name)

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
        hour, minute, second, micro, offset = parsed
        tz = None if offset is None else _zone_of_offset(offset)
        return cls(hour, minute, second, micro, tz)

    hour = _read_only(lambda self: self._hour, 'hour', 'time')

    minute = _read_only(lambda self: self._minute, 'minute', 'time')

    second = _read_only(lambda self: self._second, 'second', 'time')

    microsecond = _read_only(lambda self: self._microsecond, 'microsecond', 'time')

    tzinfo = _read_only(lambda self: self._tzinfo, 'tzinfo', 'time')

    fold = _read_only(lambda self: self._fold, 'fold', 'time')

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
        # As datetime.replace: None keeps a field, and tzinfo's "not given" is True.
        zone = self._tzinfo if tzinfo is True else tzinfo
        return type(self)(_given_or(hour, self._hour), _given_or(minute, self._minute),
                          _given_or(second, self._second),
                          _given_or(microsecond, self._microsecond), zone,
                          fold=_given_or(fold, self._fold))

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
# Midnight to the last microsecond of the day.
time.min, time.max = time(0, 0, 0), time(23, 59, 59, 999999)
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


def _given_or(value, current):
    # A replace() argument: the value given, or the field as it is when None.
    return current if value is None else value


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
        hour, minute, second, micro, offset = clock
        tz = None if offset is None else _zone_of_offset(offset)
        return cls(year, month, day, hour, minute, second, micro, tz)

    @classmethod
    def strptime(cls, text, fmt):
        for arg, position in ((text, 1), (fmt, 2)):
            if not isinstance(arg, str):
                raise TypeError(f"strptime() argument {position} must be str, not "
                                f"{_arg_name(arg)}")
        fields, micro, offset, zone = _strptime_fields(text, fmt)
        year, month, day, hour, minute, second = fields
        if offset is None:
            return cls(year, month, day, hour, minute, second, micro)
        tz = _zone_of_offset(offset, zone or None)
        return cls(year, month, day, hour, minute, second, micro, tz)

    # Fields.

    hour = _read_only(lambda self: self._hour, 'hour', 'datetime')

    minute = _read_only(lambda self: self._minute, 'minute', 'datetime')

    second = _read_only(lambda self: self._second, 'second', 'datetime')

    microsecond = _read_only(lambda self: self._microsecond, 'microsecond', 'datetime')

    tzinfo = _read_only(lambda self: self._tzinfo, 'tzinfo', 'datetime')

    fold = _read_only(lambda self: self._fold, 'fold', 'datetime')

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
        # Each field given replaces ours. tzinfo=None is a choice (a naive result), so
        # "not given" is its default True instead.
        zone = self._tzinfo if tzinfo is True else tzinfo
        return type(self)(_given_or(year, self._year), _given_or(month, self._month),
                          _given_or(day, self._day), _given_or(hour, self._hour),
                          _given_or(minute, self._minute), _given_or(second, self._second),
                          _given_or(microsecond, self._microsecond), zone,
                          fold=_given_or(fold, self._fold))

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
        if self._tzinfo is not other._tzinfo:
            mine, theirs = self.utcoffset(), other.utcoffset()
            if mine != theirs:
                if mine is None or theirs is None:
                    if op == 'eq':
                        return False
                    if op == 'ne':
                        return True
                    raise TypeError("can't compare offset-naive and offset-aware datetimes")
                a = self._us_total() - mine._us()
                b = other._us_total() - theirs._us()
                return _compare_result(a, b, op)
        # The same offset on both sides: the fields decide, in order.
        return _compare_result(self._fields(), other._fields(), op)

    def _fields(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

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
            # Naive values hash by their fields, aware ones by their UTC moment (so a
            # naive value and its aware twin hash apart, as in CPython).
            offset = self.utcoffset()
            if offset is None:
                self._hashcode = hash(self._fields())
            else:
                self._hashcode = hash(self._us_total() - offset._us())
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
