# Subclasses of date, datetime and timedelta: reprs by class name, arithmetic keeping the subclass, now()/fromisoformat on the subclass, tp_name messages.
import datetime as dtm
from datetime import date, datetime, time, timedelta, timezone


class Day(date):
    def label(self):
        return self.strftime("%a %d")


class Stamp(datetime):
    def __str__(self):
        return "Stamp<" + self.isoformat(" ", "seconds") + ">"


class Span(timedelta):
    pass


d = Day(2024, 2, 28)
print(repr(d), d, d.label(), type(d + timedelta(days=2)).__name__, (d + timedelta(days=2)).label(), type(d - d).__name__)
print(repr(Day.fromisoformat("2024-05-06")), repr(Day.fromordinal(1)), type(Day.today()).__name__, type(d.replace(day=1)).__name__)
s = Stamp(2024, 3, 15, 14, 30, 5, 123)
print(repr(s), s, type(s + timedelta(1)).__name__, type(s - timedelta(1)).__name__, type(s.replace(hour=1)).__name__, s - s)
print(type(Stamp.now()).__name__, type(Stamp.fromtimestamp(0)).__name__, type(Stamp.combine(date(2024, 1, 1), time(5))).__name__,
      type(Stamp.strptime("2024", "%Y")).__name__, type(Stamp.fromisoformat("2024-01-01")).__name__, type(s.astimezone(timezone.utc)).__name__)
print(type(s.date()).__name__, type(s.time()).__name__, isinstance(s, date), isinstance(d, datetime), s == datetime(2024, 3, 15, 14, 30, 5, 123))
sp = Span(hours=5)
print(repr(sp), sp, type(sp + sp).__name__, type(sp * 2).__name__, type(-sp).__name__, sp == timedelta(hours=5), repr(Span()))
print(date, datetime, time, timedelta, timezone, dtm.tzinfo, type(timezone.utc), type(date(2024, 1, 1).isocalendar()).__name__)
print(date.__name__, datetime.__qualname__, timedelta.__module__, Day.__mro__[1] is date, Stamp.__bases__)
for call in (lambda: d.nope, lambda: datetime(2024, 1, 1).nope, lambda: timedelta().nope, lambda: s.nope, lambda: date(2024, 1, 1) @ 1,
             lambda: -date(2024, 1, 1), lambda: time(1) + timedelta(1), lambda: time(1) < datetime(2024, 1, 1), lambda: datetime(2024, 1, 1) - date(2024, 1, 1),
             lambda: datetime(2024, 1, 1) + datetime(2024, 1, 1), lambda: date(2024, 1, 1) - datetime(2024, 1, 1), lambda: timedelta(1) - date(2024, 1, 1),
             lambda: datetime(2024, 3, 15) < date(2024, 3, 16), lambda: date(2024, 3, 16) > datetime(2024, 3, 15), lambda: datetime.combine(1, time()),
             lambda: datetime.combine(date(2024, 1, 1), 1), lambda: len(date(2024, 1, 1)), lambda: date(2024, 1, 1)[0], lambda: iter(timedelta())):
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(datetime(2024, 3, 15) == date(2024, 3, 15), date(2024, 3, 15) != datetime(2024, 3, 15), time(0) == 0, bool(time(0)))
