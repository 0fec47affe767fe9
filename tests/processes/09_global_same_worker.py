# With one worker, a later task in that same process sees the global its earlier task changed.
from concurrent.futures import ProcessPoolExecutor

seen = []


def remember(x):
    seen.append(x)
    return list(seen)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        for x in ["a", "b", "c"]:
            print("task", x, "sees", pool.submit(remember, x).result())
    print("parent list:", seen)
    with ProcessPoolExecutor(max_workers=1) as pool2:
        print("a new pool starts fresh:", pool2.submit(remember, "z").result())
