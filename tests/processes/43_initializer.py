# initializer/initargs run once in each worker before any task and can set per-worker globals.
from concurrent.futures import ProcessPoolExecutor
import time

config = {"mode": "unset"}
started = 0


def setup(mode, factor):
    global started
    config["mode"] = mode
    config["factor"] = factor
    started += 1


def work(x):
    time.sleep(0.1)
    return x * config["factor"], config["mode"], started


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2, initializer=setup, initargs=("fast", 3)) as pool:
        results = list(pool.map(work, range(4)))
    print("values:", [v for v, _, _ in results])
    print("modes:", sorted(set(m for _, m, _ in results)))
    print("initializer ran once per worker:", sorted(set(s for _, _, s in results)))
    print("parent config untouched:", config, started)
