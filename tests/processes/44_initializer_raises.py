# An initializer that raises kills its worker: the pending futures fail with BrokenProcessPool.
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def bad_setup(name):
    raise RuntimeError(f"cannot initialise {name}")


def work(x):
    return x


if __name__ == "__main__":
    pool = ProcessPoolExecutor(max_workers=1, initializer=bad_setup, initargs=("db",))
    f = pool.submit(work, 1)
    try:
        f.result()
    except BrokenProcessPool as e:
        print("future:", type(e).__name__, "-", e)
        print("is a RuntimeError subclass:", isinstance(e, RuntimeError))
        print("mro:", [c.__name__ for c in type(e).__mro__])
    try:
        pool.submit(work, 2)
    except BrokenProcessPool as e:
        print("submit:", e)
    pool.shutdown()
    print("shutdown after broken is fine")
