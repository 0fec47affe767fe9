# wait(return_when=FIRST_COMPLETED) returns as soon as the quickest task is done.
from concurrent.futures import ProcessPoolExecutor, wait, FIRST_COMPLETED, ALL_COMPLETED
import time


def nap(t):
    time.sleep(t)
    return t


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=3) as pool:
        futures = [pool.submit(nap, t) for t in (0.3, 0.1, 0.4)]
        done, not_done = wait(futures, return_when=FIRST_COMPLETED)
        print("done:", [f.result() for f in done])
        print("still running:", len(not_done))
        print("first one done?", futures[0].done(), "second?", futures[1].done())
        done, not_done = wait(futures, return_when=ALL_COMPLETED)
        print("after ALL_COMPLETED:", sorted(f.result() for f in done), len(not_done))
        print("result types:", type(done).__name__, type(not_done).__name__)
