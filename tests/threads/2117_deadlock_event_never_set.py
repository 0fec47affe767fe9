# Waiting on an Event nobody sets blocks forever.
import threading

ready = threading.Event()
print("main: waiting for ready")
ready.wait()
