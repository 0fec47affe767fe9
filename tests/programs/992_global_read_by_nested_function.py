# A function declaring a name global and assigning it: a lambda inside reads the global.
turn = "ping"


def player(me, other):
    global turn
    mine = lambda: turn == me
    print(me, mine())
    turn = other
    print(me, mine(), [turn == x for x in (me, other)])


player("ping", "pong")
player("pong", "ping")
print(turn)
