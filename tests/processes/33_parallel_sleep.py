# Four workers each sleeping 0.2 s finish together, not one after another.
from concurrent.futures import ProcessPoolExecutor
import time


def nap(i):
    time.sleep(0.2)
    return i


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=4) as pool:
        start = time.monotonic()
        results = list(pool.map(nap, range(4)))
        elapsed = time.monotonic() - start
    print(results)
    print("ran in parallel:", elapsed < 0.35)
    print("but still slept:", elapsed >= 0.2)
