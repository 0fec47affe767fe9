# A function defined inside another function cannot be pickled, so its future fails.
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


def make_adder(n):
    def adder(x):
        return x + n
    return adder


def run(pool):
    def inner(x):
        return x
    return pool.submit(inner, 1)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        for f in [pool.submit(make_adder(5), 1), run(pool)]:
            try:
                print(f.result())
            except Exception as e:
                print(type(e).__module__, type(e).__name__)
                print(" ", mask(str(e)))
        # passing the nested function as an argument fails the same way
        try:
            pool.submit(print, make_adder(1)).result()
        except Exception as e:
            print("as argument:", type(e).__name__, mask(str(e)))
