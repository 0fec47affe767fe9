# Submit one call to a process pool and read its result back from the future.
from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


def add(a, b, scale=1):
    return (a + b) * scale


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        f = pool.submit(square, 7)
        print("result:", f.result())
        print("done after result:", f.done())
        g = pool.submit(add, 2, 3, scale=10)
        print("with kwargs:", g.result())
        print("same future twice:", f.result() == f.result())
    print("pool closed")
