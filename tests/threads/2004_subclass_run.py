# Subclassing Thread and overriding run() is the other way to give a thread its work.
# realclock
import threading
import time


class Countdown(threading.Thread):
    def __init__(self, start_at):
        super().__init__(name=f"countdown-{start_at}")
        self.start_at = start_at

    def run(self):
        for n in range(self.start_at, 0, -1):
            print(self.name, n)
            time.sleep(0.1)
        print(self.name, "liftoff")


c = Countdown(3)
c.start()
c.join()
