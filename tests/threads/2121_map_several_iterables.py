# map() with several iterables calls the function with one item of each, like built-in map.
# realclock
from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor(max_workers=2) as pool:
    print(list(pool.map(pow, [2, 3, 4], [5, 2])))
    print(list(pool.map(str.upper, ["a", "b"], chunksize=2)))
