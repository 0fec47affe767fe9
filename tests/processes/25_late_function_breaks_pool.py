# A function defined after the first submit does not exist in the forked worker: the pool breaks.
from concurrent.futures import ProcessPoolExecutor


def early(x):
    return x + 1


if __name__ == "__main__":
    pool = ProcessPoolExecutor(max_workers=1)
    print("early:", pool.submit(early, 1).result())

    def late(x):  # a module global, but created after the worker was forked
        return x * 2

    f = pool.submit(late, 5)
    try:
        f.result()
    except Exception as e:
        print("future:", type(e).__name__, "-", e)
        print("module:", type(e).__module__)
        print("cause:", e.__cause__)
    try:
        pool.submit(early, 2)
    except Exception as e:
        print("next submit:", type(e).__name__, "-", e)
    pool.shutdown()
    print("done")
