# Workers run in other processes: their pid differs from the parent's and their parent pid is ours.
from concurrent.futures import ProcessPoolExecutor
import os


def ids():
    return os.getpid(), os.getppid()


if __name__ == "__main__":
    parent = os.getpid()
    with ProcessPoolExecutor(max_workers=1) as pool:
        pid, ppid = pool.submit(ids).result()
        pid2, _ = pool.submit(ids).result()
    print("worker pid != parent:", pid != parent)
    print("worker's parent is us:", ppid == parent)
    print("same worker reused:", pid == pid2)
    with ProcessPoolExecutor(max_workers=1) as other:
        pid3, _ = other.submit(ids).result()
    print("a new pool has a new process:", pid3 != pid)
