# wait with a timeout returns whatever finished by then; the rest are in not_done.
from concurrent.futures import ProcessPoolExecutor, wait, FIRST_EXCEPTION
import time


def nap(t):
    time.sleep(t)
    return t


def fail_after(t):
    time.sleep(t)
    raise KeyError("late failure")


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=3) as pool:
        futures = [pool.submit(nap, 0.1), pool.submit(nap, 0.6)]
        start = time.monotonic()
        done, not_done = wait(futures, timeout=0.3)
        waited = time.monotonic() - start
        print("done:", [f.result() for f in done], "not done:", len(not_done))
        print("returned at the timeout:", 0.25 < waited < 0.45)
        print("slow one running:", futures[1].running())
        fs = [pool.submit(fail_after, 0.1), pool.submit(nap, 0.4)]
        done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
        print("FIRST_EXCEPTION:", [type(f.exception()).__name__ for f in done], len(not_done))
