# A one-worker pool whose job waits for another job in the same pool waits forever.
from concurrent.futures import ThreadPoolExecutor

pool = ThreadPoolExecutor(max_workers=1)


def outer():
    inner = pool.submit(lambda: "inner result")
    return inner.result()


print("submitting")
print(pool.submit(outer).result())
