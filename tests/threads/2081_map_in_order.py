# The notes' map(): results come back in the order of the inputs, not of completion.
# realclock
import concurrent.futures
import time


def sleeper(secs):
    time.sleep(secs)
    print("slept", secs)
    return secs * 10


x = [0.3, 0.1, 0.2]
with concurrent.futures.ThreadPoolExecutor(max_workers=3) as executor:
    print(list(executor.map(sleeper, x)))
