# Submitting a lambda: submit() succeeds, but result() raises the PicklingError from the feeder thread.
import pickle
from concurrent.futures import ProcessPoolExecutor


def mask(text):
    parts = text.split(" at 0x")
    out = parts[0]
    for part in parts[1:]:
        i = 0
        while i < len(part) and part[i] in "0123456789abcdef":
            i += 1
        out += " at 0x..." + part[i:]
    return out


def ok(x):
    return x + 1


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        f = pool.submit(lambda x: x * 2, 21)
        print("submit returned a future:", type(f).__name__)
        try:
            f.result()
        except Exception as e:
            print("module:", type(e).__module__)
            print("name:", type(e).__name__)
            print("message:", mask(str(e)))
            print("cause:", type(e.__cause__).__name__)
            print("is a PicklingError:", isinstance(e, pickle.PicklingError))
        print("pool still works:", pool.submit(ok, 1).result())
