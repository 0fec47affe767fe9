# Flag and IntFlag in 3.11: combining with |, membership, iteration over a combination, ~, and their reprs.
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), repr(Perm(0)))
print(~Perm.R, repr(~rw), Perm.R & Perm.W, rw ^ Perm.R, [p.value for p in Perm], Perm(7))
print(Mode.READ | Mode.WRITE, repr(Mode.READ | Mode.WRITE), Mode(7), repr(Mode(0)), Mode.READ | 8)
print(Mode.READ == 4, Mode.READ + 1, int(Mode.READ | Mode.EXEC), list(Mode(6)), str(Mode.EXEC), f"{Mode(5)}")
print(rw.name, Perm.R.name, (Perm.R | Perm.X).value, len(rw))
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
