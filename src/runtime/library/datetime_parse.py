# datetime's arithmetic of days and its readers of text, written for coroviz after CPython
# 3.11's C implementation: proleptic Gregorian ordinals (0001-01-01 is day 1) and ISO
# weeks, fromisoformat's forms (as _datetime.c reads them), and strptime (as _strptime's
# regular expressions match, backtracking included). Results are plain tuples; the
# datetime module makes its objects from them.

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


# --- calendar arithmetic ----------------------------------------------------------------


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_length(year, month):
    return 29 if month == 2 and _is_leap(year) else _DAYS_IN_MONTH[month]


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
    if not 1 <= year <= 9999:
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


def _check_date_range(year, month, day):
    if not 1 <= year <= 9999:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _month_length(year, month):
        raise ValueError("day is out of range for month")


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
    # The time after pos in s: (hour, minute, second, microsecond, offset) or None; the
    # offset is None or (seconds, microseconds) east of UTC.
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
        return fields[0], fields[1], fields[2], fields[3], (0, 0)
    sign = -1 if _char(s, mark) == '-' else 1
    status, tzfields = _parse_clock(s, mark + 1, end)
    if status != 0:
        return None
    seconds = sign * (tzfields[0] * 3600 + tzfields[1] * 60 + tzfields[2])
    return fields[0], fields[1], fields[2], fields[3], (seconds, sign * tzfields[3])


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


def _strptime_fields(text, fmt):
    # What the text gives for the format: ((year, month, day, hour, minute, second),
    # microsecond, offset or None as (seconds, microseconds), %Z's name or None).
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
        _check_date_range(year, month, day)
    if leap_fix:
        year = 1900
    return (year, month, day, hour, minute, second), micro, offset, zone


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
