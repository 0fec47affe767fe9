# time.sleep argument checking and float accumulation of many small blocking sleeps.
import time

for arg in (0, 0.1, True, -1, -0.0, "1", None):
    try:
        time.sleep(arg)
        print("slept", repr(arg), "now", time.monotonic())
    except (ValueError, TypeError) as e:
        print(repr(arg), type(e).__name__ + ":", e)
for _ in range(10):
    time.sleep(0.1)
print("after ten 0.1 sleeps", time.monotonic(), time.time())
t0 = time.perf_counter()
time.sleep(1e-9)
print(time.perf_counter() - t0, time.monotonic_ns() if False else "ns-skip")
