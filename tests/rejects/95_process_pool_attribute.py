# expect-exit: 2
# expect-stderr: 95_process_pool_attribute.py:7:25: error: unsupported: `concurrent.futures.ProcessPoolExecutor`
# expect-stderr: coroviz models these names of `concurrent.futures`
import concurrent.futures

print("before")
with concurrent.futures.ProcessPoolExecutor() as pool:
    print(pool.submit(sum, [1, 2]).result())
