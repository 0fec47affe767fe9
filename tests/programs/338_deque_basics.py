# collections.deque: both ends, maxlen, rotate, indexing, iteration, repr.
from collections import deque
import collections

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d.maxlen)
print(d.pop(), d.popleft(), d)
d.extend([4, 5])
d.extendleft("ab")
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.remove("a")
d[0] = "B"
del d[1]
print(d, "b" in d, "B" in d, d.count(3), d.index(4))
r = deque(range(5), maxlen=3)
print(r, r.maxlen)
r.append(9)
r.appendleft(-1)
print(r, list(reversed(r)))
print([x * 2 for x in r], bool(deque()), bool(r))
print(deque("abc") == deque("abc"), deque([1]) == [1], deque([1, 2]) < deque([1, 3]))
c = r.copy()
c.clear()
print(c, r, type(r).__name__, type(r).__module__, collections.deque is deque)
d2 = deque([1])
d2 += [2, 3]
print(d2 + deque([4]), d2 * 2)
d2.insert(1, "x")
d2.reverse()
print(d2, repr(deque()), str(deque([1], maxlen=2)))
