# Invalid max_workers values are rejected at construction; the last one is left uncaught (exit 1).
from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":
    for value in [0, -3, "x", 2.5]:
        try:
            pool = ProcessPoolExecutor(max_workers=value)
            print(repr(value), "accepted")
            pool.shutdown()
        except Exception as e:
            print(repr(value), "->", type(e).__name__ + ":", e)
    try:
        ProcessPoolExecutor(max_workers=2, initializer=5)
    except TypeError as e:
        print("initializer=5 ->", e)
    ProcessPoolExecutor(max_workers=0)
    print("never printed")
