# Results read in submission order versus as_completed, which yields the fastest task first.
from concurrent.futures import ProcessPoolExecutor, as_completed
import time


def nap(t):
    time.sleep(t)
    return t


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=3) as pool:
        futures = [pool.submit(nap, t) for t in (0.1, 0.3, 0.2)]
        print("submission order:", [f.result() for f in futures])
        futures = [pool.submit(nap, t) for t in (0.1, 0.3, 0.2)]
        print("completion order:", [f.result() for f in as_completed(futures)])
        print("map keeps input order:", list(pool.map(nap, (0.2, 0.1))))
