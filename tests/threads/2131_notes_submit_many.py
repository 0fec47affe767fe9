# The notes' example 11: submit a job per page to a pool and collect each Future's result.
# realclock
from concurrent.futures import ThreadPoolExecutor
import time

PAGES = {"home": 0.2, "about": 0.1, "blog": 0.3}


def load(page):
    time.sleep(PAGES[page])
    return f"<{page}> {len(page) * 100} bytes"


with ThreadPoolExecutor(max_workers=3) as executor:
    futures = {page: executor.submit(load, page) for page in PAGES}
    for page, future in futures.items():
        print(page, "->", future.result())
