# A thread's repr shows its name and state.
# realclock
import threading

t = threading.Thread(target=print, args=("hi",), name="greeter")
print(repr(t))
d = threading.Thread(target=print, name="bg", daemon=True)
print(repr(d))
t.start()
t.join()
print(repr(t).replace(str(t.ident), "IDENT"))
