# args: --max-time 2.5
# expect-exit: 5
# expect-stderr: still running at t=2.0 and waits for t=3.0 (past --max-time 2.5)
# time.sleep in a loop that never ends, stopped at the --max-time given.
import time

while True:
    print("tick")
    time.sleep(1)
