# queue.Queue hands items out first in, first out.
# realclock
import queue

q = queue.Queue()
for word in ("first", "second", "third"):
    q.put(word)
print(q.qsize(), "items")
while not q.empty():
    print(q.get())
