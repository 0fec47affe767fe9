# time.ctime/localtime/gmtime/strftime with explicit timestamps and tuples give the same text on any clock.
import time

for ts in (0, 86399, 1_000_000_000, 1_700_000_000.9, 2_000_000_000):
    print(ts, time.ctime(ts), time.strftime("%Y-%m-%d %H:%M:%S %A", time.gmtime(ts)))
t = time.gmtime(1_234_567_890)
print(t)
print(t.tm_year, t[0], t[-1], len(t), tuple(t)[:6])
print(time.asctime(t), time.mktime(time.localtime(1_234_567_890)))
print(time.strftime("%d/%m/%y %I%p %%", (2024, 2, 29, 13, 5, 0, 3, 60, 0)))
print(time.asctime((2024, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strptime("2024-03-15 10:30", "%Y-%m-%d %H:%M"))
try:
    time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print("ValueError:", e)
