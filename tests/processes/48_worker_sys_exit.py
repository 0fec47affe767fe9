# sys.exit in a worker comes back to the parent as SystemExit; left uncaught at the end it exits the parent with code 3.
from concurrent.futures import ProcessPoolExecutor
import os
import sys


def quit_with(code):
    sys.exit(code)


def pid():
    return os.getpid()


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        before = pool.submit(pid).result()
        try:
            pool.submit(quit_with, 3).result()
        except SystemExit as e:
            print("parent caught:", type(e).__name__, "code", e.code)
        print("same worker afterwards:", pool.submit(pid).result() == before)
        print("exception() gives it too:", repr(pool.submit(quit_with, "bye").exception()))
    print("pool closed normally")
    with ProcessPoolExecutor(max_workers=1) as pool:
        pool.submit(quit_with, 3).result()  # uncaught: the parent exits with status 3, no traceback
    print("never printed")
