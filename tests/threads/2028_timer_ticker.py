# A ticker made of Timers: each tick arms the next one.
# realclock
import threading

ticks = []
done = threading.Event()


def tick(n):
    ticks.append(n)
    print("tick", n)
    if n < 3:
        threading.Timer(0.1, tick, args=(n + 1,)).start()
    else:
        done.set()


threading.Timer(0.1, tick, args=(1,)).start()
done.wait()
print("ticks:", ticks)
