# Workers are forked at the first submit: globals set before it are copied, later changes are not.
from concurrent.futures import ProcessPoolExecutor
import time

setting = "initial"


def read_setting():
    return setting


def read_setting_slowly(_):
    time.sleep(0.1)
    return setting


if __name__ == "__main__":
    setting = "set before first submit"
    with ProcessPoolExecutor(max_workers=2) as pool:
        print("first:", pool.submit(read_setting).result())
        setting = "set after first submit"
        print("second:", pool.submit(read_setting).result())
        # both workers were forked at the first submit, so both have the old value
        print("all workers:", sorted(set(pool.map(read_setting_slowly, range(4)))))
        print("parent has:", setting)
    with ProcessPoolExecutor(max_workers=1) as fresh:
        print("a pool created later sees:", fresh.submit(read_setting).result())
