# Inside a worker the thread is MainThread and the process is named ForkProcess-N.
from concurrent.futures import ProcessPoolExecutor
import multiprocessing
import threading


def names():
    return (threading.current_thread().name,
            multiprocessing.current_process().name,
            threading.active_count())


def prefix(_):
    import time
    time.sleep(0.1)
    return multiprocessing.current_process().name.split("-")[0]


if __name__ == "__main__":
    print("parent:", threading.current_thread().name, multiprocessing.current_process().name)
    with ProcessPoolExecutor(max_workers=1) as pool:
        thread_name, proc_name, count = pool.submit(names).result()
    print("worker thread:", thread_name)
    print("worker process:", proc_name)
    print("worker thread count:", count)
    with ProcessPoolExecutor(max_workers=2) as pool:
        print("prefixes:", sorted(set(pool.map(prefix, range(4)))))
    print("parent is still:", multiprocessing.current_process().name)
