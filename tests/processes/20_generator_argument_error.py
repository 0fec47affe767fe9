# A generator object cannot be sent to a worker: TypeError "cannot pickle 'generator' object".
from concurrent.futures import ProcessPoolExecutor


def total(it):
    return sum(it)


def numbers():
    yield 1
    yield 2


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        f = pool.submit(total, (i for i in range(5)))
        try:
            f.result()
        except Exception as e:
            print(type(e).__name__, "-", e)
            print("cause:", type(e.__cause__).__name__)
        try:
            pool.submit(total, numbers()).result()
        except TypeError as e:
            print("again:", e)
        print("a list works:", pool.submit(total, list(numbers())).result())
