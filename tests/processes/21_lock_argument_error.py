# A threading.Lock (or anything holding one) cannot be pickled, so it cannot be an argument.
from concurrent.futures import ProcessPoolExecutor
import threading


class Guarded:
    def __init__(self):
        self.lock = threading.Lock()
        self.value = 1


def use(obj):
    return "used"


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        for arg in [threading.Lock(), threading.RLock(), Guarded()]:
            try:
                pool.submit(use, arg).result()
            except TypeError as e:
                print(type(e).__name__ + ":", e)
        print("plain arg:", pool.submit(use, 5).result())
