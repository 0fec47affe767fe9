# A worker returning a lambda or a generator fails when the result is pickled in the child.
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


def give_lambda():
    return lambda: 1


def give_generator():
    return (i for i in range(3))


def count_calls():
    global calls
    calls += 1
    return calls


calls = 0

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        for fn in [give_lambda, give_generator]:
            try:
                pool.submit(fn).result()
            except Exception as e:
                print(fn.__name__, "->", type(e).__module__ + "." + type(e).__name__)
                print("  message:", mask(str(e)))
                print("  cause:", type(e.__cause__).__name__)
        print("worker survived, calls:", pool.submit(count_calls).result())
