# A thread cannot join itself, and a thread that never started cannot be joined.
# realclock
import threading

try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

t = threading.Thread(target=print)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
