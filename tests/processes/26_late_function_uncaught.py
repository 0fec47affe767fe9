# Uncaught version: the child prints its AttributeError, the parent dies with BrokenProcessPool (exit 1).
from concurrent.futures import ProcessPoolExecutor


def early():
    return "early ok"


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        print(pool.submit(early).result())

        def late():
            return "late ok"

        print(pool.submit(late).result())
