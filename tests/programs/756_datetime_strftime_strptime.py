# strftime and strptime with the common directives; day and month names in the C locale.
from datetime import date, datetime

dt = datetime(2024, 7, 4, 9, 5, 3)
for fmt in ("%Y-%m-%d", "%d/%m/%y", "%A %d %B %Y", "%a %b %d", "%H:%M:%S", "%I:%M %p",
            "%j", "%U %W", "%w %u", "%y%m%d_%H%M", "%c", "%x", "%X", "%%Y", "week %V of %G"):
    print(f"{fmt:16} -> {dt.strftime(fmt)}")
print(format(dt, "%d.%m.%Y"), f"{dt:%H:%M}", f"{date(2024, 12, 25):%b %d}", "{:%Y}".format(dt))
parsed = datetime.strptime("2024-03-05 17:45", "%Y-%m-%d %H:%M")
print(repr(parsed), datetime.strptime("5 March 24", "%d %B %y"), datetime.strptime("Mon, 01 Jan 2024", "%a, %d %b %Y"))
print(datetime.strptime("07/04/2024 01:30 PM", "%m/%d/%Y %I:%M %p"))
try:
    datetime.strptime("2024-02-30", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("March 5", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
