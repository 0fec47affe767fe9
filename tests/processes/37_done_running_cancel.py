# Future states with one worker: running, queued in the call queue (also "running"), and pending (cancellable).
from concurrent.futures import ProcessPoolExecutor, CancelledError
import time


def nap(t):
    time.sleep(t)
    return t


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        first = pool.submit(nap, 0.3)
        time.sleep(0.1)  # the worker has picked up `first` by now
        second = pool.submit(nap, 0.1)
        third = pool.submit(nap, 0.1)
        fourth = pool.submit(nap, 0.1)
        time.sleep(0.1)
        # one call is in the worker, max_workers + 1 = 2 more sit in the call queue
        for name, f in [("first", first), ("second", second), ("third", third), ("fourth", fourth)]:
            print(name, "running:", f.running(), "done:", f.done())
        print("cancel first:", first.cancel())
        print("cancel second:", second.cancel())
        print("cancel fourth:", fourth.cancel())
        print("fourth cancelled:", fourth.cancelled(), "done:", fourth.done())
        try:
            fourth.result()
        except CancelledError as e:
            print("result of cancelled:", type(e).__name__, repr(str(e)))
        print("others:", first.result(), second.result(), third.result())
        print("cancel after finishing:", first.cancel(), first.cancelled())
