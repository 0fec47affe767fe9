# A BoundedSemaphore refuses to be released more times than it was acquired.
# realclock
import threading

sem = threading.BoundedSemaphore(1)
sem.acquire()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
plain = threading.Semaphore(1)
plain.release()
print("a plain Semaphore just grows:", plain._value)
