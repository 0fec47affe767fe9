# After shutdown the pool refuses new work with RuntimeError; shutdown twice is fine.
from concurrent.futures import ProcessPoolExecutor


def one():
    return 1


if __name__ == "__main__":
    pool = ProcessPoolExecutor(max_workers=1)
    print(pool.submit(one).result())
    pool.shutdown()
    pool.shutdown()
    print("second shutdown ok")
    for attempt in ["submit", "map"]:
        try:
            if attempt == "submit":
                pool.submit(one)
            else:
                pool.map(abs, [1])
        except RuntimeError as e:
            print(attempt, "->", type(e).__name__ + ":", e)
    # map with empty input never calls submit, so it does not notice the shutdown
    print("map over nothing:", list(pool.map(abs, [])))
    never_used = ProcessPoolExecutor(max_workers=1)
    never_used.shutdown()
    try:
        never_used.submit(one)
    except RuntimeError as e:
        print("unused pool ->", e)
