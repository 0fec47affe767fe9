# functools.cached_property: computed on first access, stored in the instance __dict__, recomputed after del.
from functools import cached_property


class Report:
    def __init__(self, numbers):
        self.numbers = numbers

    @cached_property
    def total(self):
        print("computing total")
        return sum(self.numbers)

    @property
    def live_total(self):
        return sum(self.numbers)


r = Report([1, 2, 3])
print("total" in r.__dict__)
print(r.total, r.total)
print(r.__dict__)
r.numbers.append(4)
print(r.total, r.live_total)
del r.total
print(r.total)
r.total = 100
print(r.total, type(Report.total).__name__, Report.total.attrname)
other = Report([5])
print(other.total, r.total)
