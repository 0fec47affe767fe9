# map with a timeout: results that arrive in time are yielded, then TimeoutError is raised.
from concurrent.futures import ProcessPoolExecutor
import time


def nap(t):
    time.sleep(t)
    return t


if __name__ == "__main__":
    start = time.monotonic()
    with ProcessPoolExecutor(max_workers=2) as pool:
        got = []
        try:
            for r in pool.map(nap, [0.1, 0.6], timeout=0.3):
                got.append(r)
        except TimeoutError as e:
            print("caught:", type(e).__name__, repr(str(e)))
            print("is the builtin TimeoutError:", type(e) is TimeoutError)
        print("got before timeout:", got)
        waited = time.monotonic() - start
        print("timeout fired early:", 0.25 < waited < 0.5)
    print("with-block waited for the slow task:", time.monotonic() - start >= 0.6)
