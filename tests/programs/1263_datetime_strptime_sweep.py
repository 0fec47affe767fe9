# datetime.strptime: numbers of one or two digits, names in any case, %p with %I, %f, %j, %z offsets, week numbers, and the mismatch messages.
from datetime import datetime

cases = [
    ("2024-03-05 17:45", "%Y-%m-%d %H:%M"), ("5 March 24", "%d %B %y"), ("Mon, 01 Jan 2024", "%a, %d %b %Y"),
    ("07/04/2024 01:30 PM", "%m/%d/%Y %I:%M %p"), ("12:00 am", "%I:%M %p"), ("12:15 PM", "%I:%M %p"), ("1/2/3", "%m/%d/%y"),
    ("31/12/69", "%d/%m/%y"), ("1/1/68", "%d/%m/%y"), ("2024 60", "%Y %j"), ("2024 366", "%Y %j"), ("123", "%H%M"),
    ("1212", "%m%d"), ("20240229", "%Y%m%d"), ("10:20:30.5", "%H:%M:%S.%f"), ("10:20:30.1234", "%H:%M:%S.%f"),
    ("2024-03-15T10:20:30+0200", "%Y-%m-%dT%H:%M:%S%z"), ("2024-03-15 10:20 -05:30", "%Y-%m-%d %H:%M %z"),
    ("2024-03-15 10:20 Z", "%Y-%m-%d %H:%M %z"), ("2024-03-15 10:20 +01:02:03.5", "%Y-%m-%d %H:%M %z"),
    ("15 UTC", "%d %Z"), ("MONDAY 2024 10", "%A %Y %W"), ("Sun 2024 00", "%a %Y %U"), ("3 2024 5", "%w %Y %U"),
    ("2024-W10-3", "%G-W%V-%u"), ("  7  8", " %d %m"), ("7\t\t8", "%d %m"), ("Feb 29", "%b %d"),
    ("Thu Jul  4 09:05:03 2024", "%c"), ("07/04/24", "%x"), ("09:05:03", "%X"), ("100%", "%H%%"), ("59", "%S"), ("61", "%S"),
]
for text, fmt in cases:
    try:
        print(f"{text!r:32} {fmt!r:24} {datetime.strptime(text, fmt)!r}")
    except ValueError as e:
        print(f"{text!r:32} {fmt!r:24} ValueError: {e}")
for text, fmt in (("2024-02-30", "%Y-%m-%d"), ("March 5", "%Y-%m-%d"), ("2024-03-05 junk", "%Y-%m-%d"), ("24:00", "%H:%M"),
                  ("2024", "%Y %"), ("2024", "%Y %Q"), ("", "%Y"), ("2024-1-1", "%Y-%m-%d %H"), ("2024 10", "%G %V"),
                  ("2024 10 1", "%Y %V %u"), ("x", "x%"), ("13 PM", "%I %p"), ("0", "%d"), ("2024 2", "%Y %U")):
    try:
        print(repr(datetime.strptime(text, fmt)))
    except ValueError as e:
        print("ValueError:", e)
for args in ((2024, "%Y"), ("2024", None)):
    try:
        datetime.strptime(*args)
    except TypeError as e:
        print("TypeError:", e)
