# Two accounts, one lock each, always taken in the same order: transfers never deadlock.
# realclock
import threading
import time


class Account:
    def __init__(self, name, balance):
        self.name, self.balance = name, balance
        self.lock = threading.Lock()


def transfer(src, dst, amount):
    first, second = sorted((src, dst), key=lambda a: a.name)
    with first.lock:
        time.sleep(0.05)
        with second.lock:
            src.balance -= amount
            dst.balance += amount


alice, bob = Account("alice", 100), Account("bob", 100)
ts = [threading.Thread(target=transfer, args=a) for a in ((alice, bob, 30), (bob, alice, 10), (alice, bob, 5))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(alice.balance, bob.balance, alice.balance + bob.balance)
