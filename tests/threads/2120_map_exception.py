# An exception in one of map()'s calls is raised when iteration reaches that result.
# realclock
from concurrent.futures import ThreadPoolExecutor


def invert(x):
    return 1 / x


with ThreadPoolExecutor(max_workers=2) as pool:
    results = pool.map(invert, [1, 2, 0, 4])
    try:
        for r in results:
            print(r)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
