"""CPU-bound work on a thread pool and on a process pool: one GIL, or one per process."""
import os
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

calls = 0


def crunch(n):
    global calls
    calls += 1
    total = 0
    for i in range(n):
        total += i * i
    return total


def whose(n):
    global calls
    calls += 1
    time.sleep(0.2)
    return os.getpid(), calls


if __name__ == "__main__":
    jobs = [30_000] * 4
    expected = [crunch(n) for n in jobs]
    calls = 0

    print("four jobs on four threads: one GIL, the threads take turns")
    with ThreadPoolExecutor(max_workers=4) as pool:
        print("same results:", list(pool.map(crunch, jobs)) == expected)
    print("calls counted in this process:", calls)

    print("four jobs on four processes: a GIL and a core each")
    with ProcessPoolExecutor(max_workers=4) as pool:
        print("same results:", list(pool.map(crunch, jobs)) == expected)
    print("calls counted in this process:", calls)

    print("each worker is a process of its own, with its own copy of the globals")
    calls = 0
    with ProcessPoolExecutor(max_workers=2) as pool:
        for turn in (1, 2):
            answers = list(pool.map(whose, range(2)))
            pids = set(pid for pid, _ in answers)
            print("round", turn, "- workers:", len(pids),
                  "- their counts:", sorted(count for _, count in answers))
    print("this process counted:", calls, "- its pid among them:", os.getpid() in pids)

    print("what goes to a worker is pickled: a lambda cannot be")
    with ProcessPoolExecutor(max_workers=1) as pool:
        try:
            pool.submit(lambda: 1).result()
        except Exception as e:
            print(type(e).__name__ + ":", str(e).split(" at 0x")[0] + " ...")
