# A thread's ident is None until it starts, then it equals get_ident() inside the thread.
# realclock
import threading

seen = {}


def record():
    seen["inside"] = threading.get_ident()
    seen["native"] = threading.get_native_id()


t = threading.Thread(target=record)
print("ident before start:", t.ident)
t.start()
t.join()
print("ident matches:", t.ident == seen["inside"])
print("native_id matches:", t.native_id == seen["native"])
print("differs from main:", t.ident != threading.get_ident())
