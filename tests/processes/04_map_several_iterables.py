# map over several iterables zips them and stops at the shortest one.
from concurrent.futures import ProcessPoolExecutor


def combine(a, b, c):
    return f"{a}-{b}-{c}"


def power(base, exp):
    return base ** exp


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        print(list(pool.map(power, [2, 3, 4], [10, 2, 0])))
        print(list(pool.map(combine, "abcd", [1, 2, 3], (True, False, None, True))))
        print(list(pool.map(power, [5, 6], [2, 2], chunksize=2)))
