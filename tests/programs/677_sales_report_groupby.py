# A sales report: sort with itemgetter, group by region with groupby, running totals with accumulate.
from itertools import accumulate, groupby
from operator import itemgetter

sales = [
    ("north", "jan", 120), ("south", "jan", 80), ("north", "feb", 95),
    ("east", "jan", 60), ("south", "feb", 130), ("north", "mar", 40), ("east", "feb", 75),
]
by_region = sorted(sales, key=itemgetter(0))
for region, rows in groupby(by_region, key=itemgetter(0)):
    rows = list(rows)
    amounts = [amount for _, _, amount in rows]
    print(f"{region:<6} months={[m for _, m, _ in rows]} running={list(accumulate(amounts))} total={sum(amounts)}")
best = max(sales, key=itemgetter(2))
print("best:", best)
totals = {region: sum(map(itemgetter(2), rows)) for region, rows in groupby(by_region, itemgetter(0))}
print(sorted(totals.items(), key=itemgetter(1), reverse=True))
