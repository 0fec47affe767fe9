# A worker that changes a module global changes only its own copy; the parent never sees it.
from concurrent.futures import ProcessPoolExecutor

counter = 0
names = ["parent"]


def bump(n):
    global counter
    counter += n
    names.append("worker")
    return counter, list(names)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        print("worker sees:", pool.submit(bump, 5).result())
        print("parent counter:", counter)
        print("parent names:", names)
        counter = 100
        print("worker after parent set 100:", pool.submit(bump, 1).result())
    print("parent at end:", counter, names)
