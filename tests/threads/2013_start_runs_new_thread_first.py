# Under the model start() runs the new thread at once, until it blocks; then the starter goes on.
import threading
import time


def worker(n):
    print(f"worker {n}: first line")
    time.sleep(0.1)
    print(f"worker {n}: after its sleep")


for n in range(3):
    threading.Thread(target=worker, args=(n,)).start()
    print(f"main: started worker {n}")
