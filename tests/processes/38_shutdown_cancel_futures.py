# shutdown(cancel_futures=True) cancels the calls not yet handed to a worker; handed ones still run.
from concurrent.futures import ProcessPoolExecutor
import time


def nap(t):
    time.sleep(t)
    return t


if __name__ == "__main__":
    pool = ProcessPoolExecutor(max_workers=1)
    futures = [pool.submit(nap, 0.2)]
    time.sleep(0.1)
    futures += [pool.submit(nap, 0.1) for _ in range(5)]
    time.sleep(0.1)
    pool.shutdown(wait=True, cancel_futures=True)
    print("cancelled:", [f.cancelled() for f in futures])
    print("results:", [f.result() for f in futures if not f.cancelled()])
    try:
        pool.submit(nap, 0)
    except RuntimeError as e:
        print("RuntimeError:", e)
