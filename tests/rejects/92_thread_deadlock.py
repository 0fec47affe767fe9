# expect-exit: 3
# expect-stderr: coroviz: deadlock: no thread can run and none will wake
# expect-stderr:   MainThread at line 33 → join of Thread-1 (wait_on_b)
# expect-stderr:   Thread-1 (wait_on_b) at line 18 → Lock held by Thread-2 (wait_on_a)
# expect-stderr:   Thread-2 (wait_on_a) at line 25 → Lock held by Thread-1 (wait_on_b)
# expect-stderr:   cycle: Thread-1 (wait_on_b) waits for a lock held by Thread-2 (wait_on_a), which waits for a lock held by Thread-1 (wait_on_b)
# expect-stderr: coroviz: deadlock: blocked threads: MainThread, Thread-1 (wait_on_b), Thread-2 (wait_on_a)
import threading
import time

a = threading.Lock()
b = threading.Lock()


def wait_on_b():
    with a:
        time.sleep(0.05)
        with b:
            print("never")


def wait_on_a():
    with b:
        time.sleep(0.05)
        with a:
            print("never")


t1 = threading.Thread(target=wait_on_b)
t2 = threading.Thread(target=wait_on_a)
t1.start()
t2.start()
t1.join()
