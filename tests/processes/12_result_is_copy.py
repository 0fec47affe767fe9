# A result travels back by pickling, so the parent gets a new object equal to, but not identical to, its input.
from concurrent.futures import ProcessPoolExecutor

SHARED = {"key": [1, 2, 3]}


def echo(x):
    return x


def give_global():
    return SHARED


def pair_same_list():
    inner = [0]
    return [inner, inner]


if __name__ == "__main__":
    data = {"a": [1, 2], "b": (3, 4)}
    with ProcessPoolExecutor(max_workers=1) as pool:
        back = pool.submit(echo, data).result()
        print("equal:", back == data, "identical:", back is data)
        print("inner list identical:", back["a"] is data["a"])
        g = pool.submit(give_global).result()
        print("global equal:", g == SHARED, "identical:", g is SHARED)
        g["key"].append(4)
        print("parent global after editing the copy:", SHARED)
        p = pool.submit(pair_same_list).result()
        p[0].append(99)
        print("shared inner object preserved within one result:", p, p[0] is p[1])
        print("small ints and None:", pool.submit(echo, None).result() is None)
