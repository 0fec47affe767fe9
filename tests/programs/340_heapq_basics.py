# heapq: push/pop order, heapify, pushpop/replace, nlargest/nsmallest, merge.
import heapq

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data)
print(heapq.heappushpop(data, 0), heapq.heappushpop(data, 5), data)
print(heapq.heapreplace(data, 10), data)
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(3, words))
print(heapq.nsmallest(1, [3, 1, 2]), heapq.nlargest(10, [3, 1, 2]), heapq.nlargest(0, [1]))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
print(list(heapq.merge(["a", "ccc"], ["bb"], key=len)))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (2, "test"))
while tasks:
    print(heapq.heappop(tasks))
for f in (lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapify({}), lambda: heapq.heappop("x")):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
