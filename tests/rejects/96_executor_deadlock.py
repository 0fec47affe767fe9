# expect-exit: 3
# file: ../threads/2114_executor_deadlock.py
# expect-stderr: coroviz: deadlock: no thread can run and none will wake
# expect-stderr:   ThreadPoolExecutor-0_0 in wait_on_b at line 8 → Future.result of future b
# expect-stderr:   ThreadPoolExecutor-0_1 in wait_on_a at line 14 → Future.result of future a
# expect-stderr:   cycle: wait_on_b (ThreadPoolExecutor-0_0) waits on future b, whose work is wait_on_a (ThreadPoolExecutor-0_1), which waits on future a, whose work is wait_on_b
# expect-stderr: coroviz: deadlock: blocked threads: MainThread, ThreadPoolExecutor-0_0, ThreadPoolExecutor-0_1
# The notes' executor deadlock (the program is tests/threads/2114): coroviz names both jobs and the cycle.
