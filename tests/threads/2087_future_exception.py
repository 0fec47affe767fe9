# An exception in the worker is kept in the Future: exception() returns it, result() raises it.
# realclock
from concurrent.futures import ThreadPoolExecutor


def parse(text):
    return int(text)


with ThreadPoolExecutor() as pool:
    good = pool.submit(parse, "42")
    bad = pool.submit(parse, "forty-two")
    print("good:", good.result(), good.exception())
    print("bad exception:", repr(bad.exception()))
    try:
        bad.result()
    except ValueError as e:
        print("result() raised:", e)
