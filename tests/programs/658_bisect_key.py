# bisect with key= (3.10+): searching records sorted by a field, and insort with a key.
import bisect
from operator import itemgetter

events = [(1, "wake"), (5, "breakfast"), (9, "work"), (17, "home"), (22, "sleep")]
hours = itemgetter(0)
for hour in (0, 5, 12, 23):
    i = bisect.bisect_right(events, hour, key=hours)
    print(hour, "->", events[i - 1][1] if i else "nothing yet")
bisect.insort(events, (12, "lunch"), key=hours)
print(events)
words = ["a", "bb", "dddd"]
bisect.insort_left(words, "ccc", key=len)
bisect.insort_right(words, "xx", key=len)
print(words, bisect.bisect_left(words, 2, key=len), bisect.bisect_right(words, 2, key=len))
temps = [-5.5, -1.0, 0.0, 3.25, 8.0]
print(bisect.bisect(temps, 0.0), bisect.bisect_left(temps, 0.0), bisect.bisect(temps, -100))
