# Semaphore.acquire(timeout) and acquire(blocking=False) give up instead of waiting forever.
# realclock
import threading
import time

sem = threading.Semaphore(0)
print("non-blocking:", sem.acquire(blocking=False))
print("with timeout:", sem.acquire(timeout=0.1))
threading.Timer(0.1, sem.release).start()
print("released by a timer:", sem.acquire(timeout=0.5))
