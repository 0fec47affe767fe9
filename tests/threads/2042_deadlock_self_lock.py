# A thread that acquires a plain Lock it already holds waits for itself forever.
import threading

lock = threading.Lock()


def careless():
    with lock:
        print("careless: got the lock, taking it again")
        with lock:
            print("never here")


t = threading.Thread(target=careless, name="careless")
t.start()
t.join()
