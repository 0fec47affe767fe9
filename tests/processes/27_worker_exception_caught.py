# An exception raised in a worker is re-raised by result() in the parent with the same type and args.
from concurrent.futures import ProcessPoolExecutor


def fail(kind):
    if kind == "value":
        raise ValueError("bad value", 42)
    if kind == "key":
        return {}["missing"]
    if kind == "zero":
        return 1 / 0
    return "fine"


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(fail, k) for k in ["value", "key", "zero", "none"]]
        for f in futures:
            try:
                print("ok:", f.result())
            except Exception as e:
                print(type(e).__name__, e.args, repr(str(e)))
        try:
            list(pool.map(fail, ["none", "zero", "none"]))
        except ZeroDivisionError as e:
            print("map re-raises:", type(e).__name__, e)
