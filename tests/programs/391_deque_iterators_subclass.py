# deque details CPython's C deque fixes: which operations stop running iterators (rotate(0) does, reverse() and clear() of an empty deque do not), mutation inside __eq__, subclass reprs/copies, NaN found by identity, self-containing reprs.
from collections import deque
def probe(label, d, op):
    it = iter(d)
    op(d)
    try:
        print(label, list(it))
    except RuntimeError as e:
        print(label, "RuntimeError", e)
probe("reverse", deque([1, 2, 3]), lambda d: d.reverse())
probe("rotate0", deque([1, 2, 3]), lambda d: d.rotate(0))
probe("rotate3", deque([1, 2, 3]), lambda d: d.rotate(3))
probe("rotate1 single", deque([1]), lambda d: d.rotate(1))
probe("clear empty", deque(), lambda d: d.clear())
probe("setitem", deque([1, 2]), lambda d: d.__setitem__(0, 9))
probe("extend maxlen0", deque(maxlen=0), lambda d: d.extend([1, 2]))
probe("append maxlen0", deque(maxlen=0), lambda d: d.append(1))
probe("extend empty", deque([1]), lambda d: d.extend([]))
probe("imul 1", deque([1, 2]), lambda d: d.__imul__(1))
probe("iadd empty", deque([1, 2]), lambda d: d.__iadd__([]))
probe("remove", deque([1, 2]), lambda d: d.remove(2))
probe("insert", deque([1, 2]), lambda d: d.insert(0, 0))
probe("copy", deque([1, 2]), lambda d: d.copy())
probe("index", deque([1, 2]), lambda d: d.index(2))
probe("reinit", deque([1, 2]), lambda d: d.__init__([3, 4]))
class Mut:
    def __init__(self, d): self.d = d
    def __eq__(self, other):
        self.d.append(0)
        return False
for name in ("index", "remove", "count", "__contains__"):
    d = deque([1, 2, 3])
    try:
        print(name, getattr(d, name)(Mut(d)))
    except Exception as e:
        print(name, type(e).__name__, e)
print(deque([1, 2], maxlen=3) * 5, deque([7], maxlen=4) * 10**15, deque([1, 2]) * 0, 3 * deque("ab"))
class D(deque):
    pass
x = D("ab")
x.append(x)
print(x, repr(D()), D("xy", 3).copy(), D("x") + deque("y"), D("z") * 2)
print(deque([1, 2, 3], maxlen=5).copy())
nan = float("nan")
d = deque([nan, 1])
print(nan in d, d.count(nan), d.index(nan))
d.remove(nan)
print(d, type(iter(d)).__name__, type(reversed(d)).__name__, type(reversed(d)).__module__)
for bad in (lambda: d.index(1, "a"), lambda: d.index(1, None), lambda: deque([1]) * 1.5, lambda: d.index(1, 0, 1.0)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
e = deque([1])
e.append(e)
e.appendleft(e)
print(e, list(reversed(deque(range(5)))))
