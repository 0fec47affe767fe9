# An exception in a worker that the parent does not catch ends the program (exit 1) with both tracebacks.
from concurrent.futures import ProcessPoolExecutor


def check(n):
    if n > 2:
        raise ValueError(f"n too big: {n}")
    return n


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        for r in pool.map(check, [1, 2, 3, 4]):
            print("got", r)
