# Lock.locked() reports whether someone holds the lock; with releases it.
# realclock
import threading

lock = threading.Lock()
print("before:", lock.locked())
with lock:
    print("inside with:", lock.locked())
print("after:", lock.locked())
print("acquire returns", lock.acquire())
lock.release()
print(type(lock).__name__)
