# expect-exit: 2
# expect-stderr: 90_threading_unmodelled.py:12:11: error: unsupported: `threading.settrace`
# expect-stderr: coroviz models these names of `threading`
import threading


def tracer(frame, event, arg):
    return tracer


print("refused before it runs: this line never prints")
threading.settrace(tracer)
