# heapq corners: merge with key/reverse and ties across inputs (the exact comparisons made), nsmallest/nlargest with key ties, n<=0, n==1, unsized inputs, error texts, heapify's visiting order above 2500 items, a heap resized by __lt__.
import heapq


class Rec:
    log = []

    def __init__(self, k, tag):
        self.k, self.tag = k, tag

    def __lt__(self, other):
        Rec.log.append(f"{self.tag}<{other.tag}")
        return self.k < other.k

    def __eq__(self, other):
        Rec.log.append(f"{self.tag}={other.tag}")
        return self.k == other.k

    def __repr__(self):
        return f"{self.tag}{self.k}"


def show(label, value):
    print(label, value, len(Rec.log), " ".join(Rec.log))
    Rec.log.clear()


def result(label, value):
    # The final sort's comparisons are list.sort's business, not heapq's: only the result.
    print(label, value)
    Rec.log.clear()


a = [Rec(1, "a"), Rec(3, "b"), Rec(3, "c")]
b = [Rec(1, "d"), Rec(3, "e")]
c = [Rec(2, "f"), Rec(3, "g")]
show("merge", list(heapq.merge(a, b, c)))
show("merge empty", list(heapq.merge([], a, [], b)))
show("merge key", list(heapq.merge(a, b, key=lambda r: -r.k * 0)))
ra = [Rec(5, "h"), Rec(2, "i"), Rec(2, "j")]
rb = [Rec(4, "k"), Rec(2, "l")]
show("merge reverse", list(heapq.merge(ra, rb, reverse=True)))
show("merge reverse key", list(heapq.merge(["aaa", "b"], ["cc", "d"], key=len, reverse=True)))
show("merge one", list(heapq.merge(iter(a))))
show("merge none", list(heapq.merge()))
items = [Rec(k, t) for k, t in zip([5, 1, 4, 1, 5, 9, 2, 6, 5, 3], "ABCDEFGHIJ")]
result("nsmallest 3", heapq.nsmallest(3, items))
result("nlargest 3", heapq.nlargest(3, items))
result("nsmallest iter", heapq.nsmallest(4, iter(items)))
result("nlargest iter", heapq.nlargest(4, iter(items)))
result("nsmallest key", heapq.nsmallest(3, items, key=lambda r: r.k % 3))
result("nlargest key", heapq.nlargest(3, iter(items), key=lambda r: r.k % 3))
show("nsmallest 1", heapq.nsmallest(1, items))
show("nlargest 1 key", heapq.nlargest(1, items, key=lambda r: -r.k))
show("n zero", heapq.nsmallest(0, iter(items)))
show("n negative", heapq.nlargest(-2, items))
result("n big", heapq.nsmallest(20, items))
show("n1 empty", heapq.nlargest(1, []))
show("empty iter", heapq.nsmallest(3, iter([])))
h = []
for r in items:
    heapq.heappush(h, r)
show("pushed", h)
show("pops", [heapq.heappop(h) for _ in range(4)])
show("pushpop", heapq.heappushpop(h, Rec(0, "Z")))
show("replace", heapq.heapreplace(h, Rec(7, "Y")))
heapq.heapify(h)
show("heapify", h)
for f in (lambda: heapq.heapreplace([], 1), lambda: heapq.heappushpop([], 1),
          lambda: heapq.heappushpop(None, 1), lambda: heapq.heapreplace("s", 1),
          lambda: heapq.nlargest(2, 5), lambda: list(heapq.merge([1], 2))):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(heapq.nsmallest(2, {3: "x", 1: "y", 2: "z"}), heapq.nlargest(2, "hello"))
print(heapq.__all__)


class Num:
    seen = []

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Num.seen.append((self.v, other.v))
        return self.v < other.v


# Above 2500 items heapify() visits the parents in another order: same heap, same
# comparisons, in a different sequence, which a checksum over the sequence pins.
for size in (2500, 3001):
    data = [Num((i * 7919) % 1009) for i in range(size)]
    heapq.heapify(data)
    check = sum((i % 9973 + 1) * (a * 1013 + b) for i, (a, b) in enumerate(Num.seen)) % 1000003
    print(size, len(Num.seen), check, [x.v for x in data[:8]])
    Num.seen.clear()


class Shrinks:
    def __init__(self, heap):
        self.heap = heap

    def __lt__(self, other):
        self.heap.pop()
        return True


h = [1, 2, 3]
h.append(Shrinks(h))
try:
    heapq.heappush(h, Shrinks(h))
except RuntimeError as e:
    print("RuntimeError:", e)
