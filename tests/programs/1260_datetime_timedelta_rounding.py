# timedelta's constructor with every unit, float parts rounded half to even as CPython does, and its arithmetic with ints and floats.
from datetime import timedelta

cases = [
    dict(microseconds=0.5), dict(microseconds=1.5), dict(microseconds=2.5), dict(microseconds=-0.5),
    dict(microseconds=-1.5), dict(seconds=0.1234565), dict(milliseconds=0.0005), dict(milliseconds=-1.0005),
    dict(days=0.1, hours=0.1, minutes=0.1, seconds=0.1, microseconds=0.1), dict(weeks=0.5),
    dict(days=1e-6), dict(hours=-1.75), dict(minutes=1 / 3), dict(seconds=86400 * 3 + 0.999999),
    dict(days=-1, seconds=-1, microseconds=-1), dict(weeks=-1, days=8), dict(milliseconds=1001, microseconds=-1),
    dict(days=True, seconds=False),
]
for kw in cases:
    td = timedelta(**kw)
    print(sorted(kw), "->", repr(td), "|", td, "|", td.total_seconds())
td = timedelta(hours=1, minutes=2, seconds=3, microseconds=456789)
for factor in (2, -3, 0, 0.5, 1.1, 1 / 3, -0.25, 1e-7):
    print("*", factor, td * factor, factor * td)
for divisor in (2, 3, 7, -4, 0.5, 3.3, 1e6):
    print("/", divisor, td / divisor)
for divisor in (2, 3, -7, 1000000):
    print("//", divisor, td // divisor)
other = timedelta(minutes=17, microseconds=3)
print(td / other, td // other, td % other, divmod(td, other), divmod(-td, other), -td % other)
print(timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2, timedelta(microseconds=-5) / 2, timedelta(microseconds=15) // 2, timedelta(microseconds=-15) // 2)
print(timedelta(days=1, seconds=1).total_seconds(), timedelta(microseconds=1).total_seconds(), timedelta.max.total_seconds(), timedelta.min.total_seconds())
print(bool(timedelta(0)), bool(timedelta(microseconds=1)), abs(timedelta(-1)), +timedelta(1), -(timedelta.max - timedelta(days=1)), timedelta.max + timedelta.min)
print(sorted([timedelta(1), timedelta(hours=-1), timedelta(0), timedelta(seconds=30)]), max(timedelta(1), timedelta(hours=25)))
for call in (lambda: timedelta(1) / 0, lambda: timedelta(1) // 0, lambda: timedelta(1) % timedelta(0), lambda: timedelta(1) / timedelta(0),
             lambda: timedelta(1) / 0.0, lambda: timedelta(1) * float("nan"), lambda: timedelta(days="x"), lambda: timedelta(seconds=[1]),
             lambda: timedelta(1) * timedelta(1), lambda: divmod(timedelta(1), 2), lambda: timedelta(1) < 1, lambda: timedelta(1) + 1,
             lambda: 1 - timedelta(1), lambda: timedelta(days=999999999) + timedelta(1), lambda: timedelta.min - timedelta.resolution,
             lambda: timedelta(1) % 2, lambda: timedelta(1) ** 2):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(timedelta(1) == 1, timedelta(1) != "x", timedelta(0) == timedelta(), [timedelta(hours=h) for h in (-25, -24, -23)])
