"""submit() hands a call to a pool of threads and returns a Future at once."""
from concurrent.futures import ThreadPoolExecutor, as_completed
import time

start = time.monotonic()


def elapsed():
    return f"{time.monotonic() - start:.1f}s"


def fetch(page, seconds):
    time.sleep(seconds)  # stands for a slow download
    return f"{page}: {len(page) * 100} bytes"


def report(future):
    print(elapsed(), "callback:", future.result())


pool = ThreadPoolExecutor(max_workers=2)
# submit(fn, *args, **kwargs): one of the pool's threads calls fetch("home", 2).
home = pool.submit(fetch, "home", 2)
about = pool.submit(fetch, "about", 1)
about.add_done_callback(report)  # runs when about's result is set
print(elapsed(), "submitted; done?", home.done(), about.done())

time.sleep(1.5)  # the main thread does something else meanwhile
print(elapsed(), "done?", home.done(), about.done())
text = about.result()  # finished already: returns at once
print(elapsed(), text)
text = home.result()  # not yet: blocks until fetch returns
print(elapsed(), text)
pool.shutdown()

# as_completed: each Future as soon as it is done, whatever the order of submitting.
with ThreadPoolExecutor(max_workers=3) as pool:
    jobs = [("blog", 3), ("news", 1), ("shop", 2)]
    futures = {pool.submit(fetch, page, s): page for page, s in jobs}
    for future in as_completed(futures):
        print(elapsed(), futures[future], "->", future.result())
print(elapsed(), "all done")
