# The default pool size is min(32, os.cpu_count() + 4): 8 workers for the model's 4 CPUs.
import os
from concurrent.futures import ThreadPoolExecutor

print("cpu_count:", os.cpu_count())
with ThreadPoolExecutor() as pool:
    print("max_workers:", pool._max_workers)
