# map(timeout=...) raises TimeoutError when a result is not ready in time.
# realclock
import concurrent.futures
import time


def sleeper(secs):
    time.sleep(secs)
    return secs


with concurrent.futures.ThreadPoolExecutor(max_workers=3) as executor:
    try:
        for r in executor.map(sleeper, [0.1, 0.4, 0.2], timeout=0.25):
            print("got", r)
    except concurrent.futures.TimeoutError:
        print("TimeoutError: the 0.4 s job was too slow")
print("the pool still finished its work before the with ended")
