# Parsing log timestamps, sorting by datetime and grouping by day with the dates as dict keys.
from collections import defaultdict
from datetime import datetime

lines = [
    "2024-03-02 09:15:00 login ana",
    "2024-03-01 23:59:59 logout ben",
    "2024-03-02 00:00:01 login ben",
    "2024-03-01 08:00:00 login ana",
]
events = []
for line in lines:
    day, clock, action, who = line.split()
    events.append((datetime.strptime(f"{day} {clock}", "%Y-%m-%d %H:%M:%S"), action, who))
events.sort()
by_day = defaultdict(list)
for when, action, who in events:
    by_day[when.date()].append(f"{when:%H:%M} {action} {who}")
for day, items in by_day.items():
    print(day, day.strftime("%A"), items)
first, last = events[0][0], events[-1][0]
print(last - first, (last - first).total_seconds() / 3600, repr(min(by_day)))
