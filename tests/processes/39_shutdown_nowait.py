# shutdown(wait=False) returns at once, yet the already-submitted work still finishes.
from concurrent.futures import ProcessPoolExecutor
import time


def nap(t):
    time.sleep(t)
    return f"slept {t}"


if __name__ == "__main__":
    pool = ProcessPoolExecutor(max_workers=2)
    futures = [pool.submit(nap, 0.3), pool.submit(nap, 0.2)]
    start = time.monotonic()
    pool.shutdown(wait=False)
    print("shutdown returned quickly:", time.monotonic() - start < 0.1)
    print("not done yet:", [f.done() for f in futures])
    print("results:", [f.result() for f in futures])
    print("waited for them:", time.monotonic() - start >= 0.29)
