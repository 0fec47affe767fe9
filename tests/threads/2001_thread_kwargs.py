# Keyword arguments reach the thread's target through kwargs=.
# realclock
import threading


def report(item, *, count=1, unit="piece"):
    print(f"{count} {unit}(s) of {item}")


t = threading.Thread(target=report, args=("apples",), kwargs={"count": 3, "unit": "box"})
t.start()
t.join()
threading.Thread(target=report, kwargs={"item": "pears"}).start()
