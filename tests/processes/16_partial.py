# functools.partial of a top-level function pickles fine and keeps its bound arguments.
from concurrent.futures import ProcessPoolExecutor
from functools import partial


def scale(factor, x, offset=0):
    return factor * x + offset


if __name__ == "__main__":
    triple = partial(scale, 3)
    shifted = partial(scale, 2, offset=100)
    with ProcessPoolExecutor(max_workers=2) as pool:
        print(pool.submit(triple, 4).result())
        print(list(pool.map(triple, range(5))))
        print(list(pool.map(shifted, [1, 2])))
        print(pool.submit(partial(scale, x=7), 5).result())
