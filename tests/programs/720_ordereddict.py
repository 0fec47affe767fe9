# collections.OrderedDict: move_to_end, popitem(last=False), order-sensitive equality, reprs; an LRU cache.
from collections import OrderedDict

od = OrderedDict([("b", 2), ("a", 1), ("c", 3)])
print(od, list(od), repr(OrderedDict()))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
x, y = OrderedDict(a=1, b=2), OrderedDict(b=2, a=1)
print(x == y, dict(x) == dict(y), x == {"b": 2, "a": 1}, list(reversed(x)))


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get_or(self, key, default=None):
        if key not in self:
            return default
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            print("evict", self.popitem(last=False))


cache = LRU(2)
cache.put("x", 1)
cache.put("y", 2)
cache.get_or("x")
cache.put("z", 3)
print(cache, cache.get_or("y", "gone"))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
