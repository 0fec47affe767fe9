# collections.deque errors: empty pops, bad indexes, a full insert, mutation while iterating.
from collections import deque

d = deque([1, 2, 3], maxlen=3)
cases = [
    lambda: deque().pop(),
    lambda: deque().popleft(),
    lambda: d.remove(9),
    lambda: d.index(9),
    lambda: d[5],
    lambda: d["a"],
    lambda: d.insert(0, 1),
    lambda: deque(maxlen=-1),
    lambda: deque(d) + [1],
]
for f in cases:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
deque().pop()
