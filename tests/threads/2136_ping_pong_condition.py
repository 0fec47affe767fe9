# Two threads take strict turns with one Condition and a shared "whose turn" variable.
# realclock
import threading

cond = threading.Condition()
turn = "ping"


def player(me, other):
    global turn
    for i in range(3):
        with cond:
            cond.wait_for(lambda: turn == me)
            print(me, i)
            turn = other
            cond.notify_all()


ts = [threading.Thread(target=player, args=("ping", "pong")), threading.Thread(target=player, args=("pong", "ping"))]
for t in ts:
    t.start()
for t in ts:
    t.join()
