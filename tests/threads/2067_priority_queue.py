# queue.PriorityQueue hands out the smallest item first.
# realclock
import queue

q = queue.PriorityQueue()
for job in [(3, "sweep"), (1, "fire!"), (2, "dishes")]:
    q.put(job)
while not q.empty():
    priority, task = q.get()
    print(priority, task)
