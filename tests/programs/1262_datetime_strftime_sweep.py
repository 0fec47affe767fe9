# strftime on dates, datetimes and times: every common directive, ISO weeks at year edges, %f/%z/%Z, and format() specs.
from datetime import date, datetime, time, timedelta, timezone

directives = "aAbBcdHIjmMpSUwWxXyYGVgu%"
stamps = [datetime(2024, 7, 4, 9, 5, 3, 7), datetime(2021, 1, 3, 23, 59, 59), datetime(1999, 12, 31, 12, 0),
          datetime(2020, 12, 31, 0, 30, 0, 999999), datetime(5, 6, 7, 13, 14, 15)]
for dt in stamps:
    print(" ".join(f"%{d}={dt.strftime('%' + d)}" for d in directives))
    print(dt.strftime("%Y-%m-%d %H:%M:%S.%f|%z|%Z|"), dt.strftime("%e %k %l %D %T %R %F %C %h %n%t|"))
tz = timezone(timedelta(hours=-3, minutes=-30), "NST")
for zone in (timezone.utc, tz, timezone(timedelta(hours=5, minutes=45)), timezone(timedelta(seconds=3661, microseconds=5)), timezone(timedelta(0), "100%")):
    aware = datetime(2024, 3, 15, 14, 30, tzinfo=zone)
    print(aware.strftime("%H:%M %z %Z"), aware.strftime("%c %%z"), time(1, 2, tzinfo=zone).strftime("[%z] [%Z]"))
print(date(2024, 2, 29).strftime("%A %d %B %Y (%j) %H:%M:%S %p %z%Z %f"), time(7, 8, 9, 10).strftime("%H|%I|%p|%f|%Y|%j|%a"))
print(format(stamps[0], "%d.%m.%Y"), f"{stamps[0]:%H:%M}", f"{date(2024, 12, 25):%b %d}", "{:%Y}".format(stamps[1]), format(time(6), "%I %p"))
print(format(stamps[0]), format(date(2024, 1, 1), ""), f"{time(1, 2):}", f"{stamps[0]!r:.20}", f"{date(2024, 1, 1)!s:>12}|")
print(datetime(2024, 1, 1).strftime(""), datetime(2024, 1, 1).strftime("no directives"), datetime(2024, 1, 1).strftime("%"), datetime(2024, 1, 1).strftime("%Q"))
for call in (lambda: date(2024, 1, 1).strftime(1), lambda: format(date(2024, 1, 1), 1), lambda: datetime.now().strftime(None)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
