# expect-exit: 2
# expect-stderr: 94_process_pool.py:6:32: error: unsupported: `concurrent.futures.ProcessPoolExecutor`
# expect-stderr: coroviz models these names of `concurrent.futures`
from concurrent.futures import ThreadPoolExecutor

from concurrent.futures import ProcessPoolExecutor

with ThreadPoolExecutor() as pool:
    print(pool.submit(sum, [1, 2]).result())
