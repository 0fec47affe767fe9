# Only the thread that holds an RLock may release it.
# realclock
import threading

rlock = threading.RLock()
rlock.acquire()


def intruder():
    try:
        rlock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


t = threading.Thread(target=intruder)
t.start()
t.join()
rlock.release()
print("main released it")
