# A top-level function can be passed as an argument; it is sent by name and looked up in the worker.
from concurrent.futures import ProcessPoolExecutor


def double(x):
    return x * 2


def negate(x):
    return -x


def apply(fn, values):
    return fn.__name__, [fn(v) for v in values]


def pick(name):
    return {"double": double, "negate": negate}[name]


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        print(pool.submit(apply, double, [1, 2, 3]).result())
        print(pool.submit(apply, negate, [1, 2, 3]).result())
        print(pool.submit(apply, abs, [-4, 5]).result())
        fn = pool.submit(pick, "double").result()
        print("returned function is the parent's own:", fn is double)
