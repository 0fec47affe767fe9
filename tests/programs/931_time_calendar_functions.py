# time's calendar functions on fixed timestamps: every common strftime directive, strptime forms, mktime normalising, struct_time fields.
import time

stamps = [-1, -86400 * 365, 951782400, 1_709_251_199, 4_102_444_800, 1_700_000_000]
for ts in stamps:
    t = time.gmtime(ts)
    print(ts, t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t.tm_zone, t.tm_gmtoff)
    print("  ", time.strftime("%a %A %b %B %d %e %H %I %j %m %M %p %S %U %w %W %y %Y", t))
    print("  ", time.strftime("%c | %x | %X | %D | %F | %R | %T | %r | %C %u %k %l %h %%", t))
t = time.localtime(1_234_567_890)
print(t.tm_zone, time.strftime("%Z %z", t), time.gmtime(0).tm_zone, time.timezone, time.daylight, time.tzname)
print(t == time.gmtime(1_234_567_890), t[:3], t[3:6], list(t)[-3:])
print(time.mktime((2024, 13, 1, 0, 0, 0, 0, 1, 0)), time.mktime((2024, 3, 0, 25, 61, 0, 0, 1, 0)))
print(time.mktime((1969, 12, 31, 23, 59, 59, 0, 1, 0)), time.mktime(time.gmtime(1e9)))
print(time.asctime((1999, 12, 31, 23, 59, 59, 4, 365, 0)), time.ctime(-1), time.ctime(1e9 + 0.99))
print(time.strftime("%j %U %W", (2024, 12, 31, 0, 0, 0, 1, 366, 0)), time.strftime("%a", (2024, 1, 1, 0, 0, 0, 7, 1, 0)))
for text, fmt in [("15 Mar 2024", "%d %b %Y"), ("Friday, March 15 2024 02:05PM", "%A, %B %d %Y %I:%M%p"),
                  ("99-1-2", "%y-%m-%d"), ("2024 075", "%Y %j"), ("Thu Nov 16 00:14:35 2023", "%a %b %d %H:%M:%S %Y")]:
    print(text, "->", tuple(time.strptime(text, fmt)))
for text, fmt in [("2024-03-15x", "%Y-%m-%d"), ("2024/03/15", "%Y-%m-%d"), ("2024-13-01", "%Y-%m-%d")]:
    try:
        time.strptime(text, fmt)
    except ValueError as e:
        print("ValueError:", e)
for bad in [(2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 60, 0, 0, 1, 0),
            (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0), (2024, 1, 1, 0, 0, 0, -2, 1, 0)]:
    try:
        time.strftime("%Y", bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in [(2024, 0, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 0, 0, 0, 0, 0, 1, 0)]:
    try:
        print(time.asctime(bad))
    except ValueError as e:
        print("asctime ValueError:", e)
print(time.strftime("%Y-%m-%d %j", (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
s = time.struct_time((2020, 2, 29, 12, 0, 0, 5, 60, 0))
print(s, s.tm_zone, len(s), s[-1])
