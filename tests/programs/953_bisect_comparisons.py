# bisect edge cases: the comparisons made (seen by a printing __lt__ and key), lo/hi bounds, and its errors.
import bisect


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(f"  {self.v} < {other.v}?")
        return self.v < other.v

    def __repr__(self):
        return f"L{self.v}"


row = [Loud(v) for v in (1, 3, 5, 7, 9)]
print("right", bisect.bisect_right(row, Loud(5)))
print("left", bisect.bisect_left(row, Loud(5)))
bisect.insort(row, Loud(4))
print(row)


def key(item):
    print("  key", item)
    return item[0]


pairs = [(1, "a"), (4, "b"), (9, "c")]
bisect.insort_left(pairs, (4, "z"), key=key)
print(pairs, bisect.bisect_left(pairs, 4, key=key), bisect.bisect_right(pairs, 4, 1, 2, key=key))
data = [10, 20, 30, 40, 50]
print(bisect.bisect(data, 35, 0, 2), bisect.bisect_left(data, 5, 3), bisect.bisect_right(data, 60, hi=3), bisect.bisect(data, 30, hi=None))
print(bisect.bisect([], 1), bisect.bisect_left("aceg", "d"), bisect.bisect_right((1, 1, 1), 1))
for bad in (lambda: bisect.insort_right(data, 1, lo=-5), lambda: bisect.bisect(None, 1), lambda: bisect.bisect([1, "a"], 2)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
