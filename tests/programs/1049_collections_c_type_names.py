"""deque is unhashable through __hash__ = None; the C types of collections name themselves collections.X in messages, Counter (a Python class) does not."""
from collections import deque
try:
    hash(deque())
except TypeError as e:
    print(e)
try:
    {deque(): 1}
except TypeError as e:
    print(e)
print(deque.__hash__)
from collections import defaultdict, OrderedDict, Counter
for o in [deque(), defaultdict(int), OrderedDict(), Counter()]:
    try:
        o.nope
    except AttributeError as e:
        print(e)
    try:
        hash(o)
    except TypeError as e:
        print(e)
class MyDeque(deque): pass
try:
    hash(MyDeque())
except TypeError as e:
    print(e)
