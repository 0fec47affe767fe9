# expect-exit: 3
# expect-stderr: coroviz: deadlock: no thread can run and none will wake
# expect-stderr:   ThreadPoolExecutor-0_0 in wait_on_b at line 13 → Future.result of future b
# expect-stderr:   ThreadPoolExecutor-0_1 in wait_on_a at line 19 → Future.result of future a
# expect-stderr:   cycle: wait_on_b (ThreadPoolExecutor-0_0) waits on future b, whose work is wait_on_a (ThreadPoolExecutor-0_1), which waits on future a, whose work is wait_on_b
# expect-stderr: coroviz: deadlock: blocked threads: MainThread, ThreadPoolExecutor-0_0, ThreadPoolExecutor-0_1
import time
from concurrent.futures import ThreadPoolExecutor


def wait_on_b():
    time.sleep(0.5)
    print(b.result())
    return 5


def wait_on_a():
    time.sleep(0.5)
    print(a.result())
    return 6


executor = ThreadPoolExecutor(max_workers=2)
a = executor.submit(wait_on_b)
b = executor.submit(wait_on_a)
