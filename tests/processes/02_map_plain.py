# pool.map returns results in input order, like the builtin map.
from concurrent.futures import ProcessPoolExecutor


def cube(x):
    return x ** 3


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=3) as pool:
        it = pool.map(cube, range(8))
        print("iterator type is list:", type(it) is list)
        print(list(it))
        print("empty input:", list(pool.map(cube, [])))
        print("from a generator:", list(pool.map(cube, (i for i in range(3)))))
