# timedelta: normalisation into days/seconds/microseconds, repr and str, arithmetic, total_seconds, division.
from datetime import timedelta

for td in (timedelta(hours=25), timedelta(minutes=90, seconds=30), timedelta(seconds=-1), timedelta(days=-1, hours=3),
           timedelta(milliseconds=1500), timedelta(microseconds=1), timedelta(0), timedelta(weeks=2, days=3)):
    print(repr(td), "|", str(td), "|", td.days, td.seconds, td.microseconds, td.total_seconds())
a, b = timedelta(hours=3), timedelta(minutes=45)
print(a + b, a - b, b - a, a * 2, a / 4, a // b, a / b, a % b, -a, abs(-a), divmod(a, b))
print(a > b, timedelta(seconds=60) == timedelta(minutes=1), sum([a, b], timedelta()), timedelta(days=1.5))
print(timedelta.max, timedelta.min, timedelta.resolution, timedelta(hours=1) * 1.5)
try:
    timedelta(days=1_000_000_000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    a + 5
except TypeError as e:
    print("TypeError:", e)
