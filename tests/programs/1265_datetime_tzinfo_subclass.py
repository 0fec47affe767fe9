# tzinfo subclasses with utcoffset/dst/tzname: a daylight-saving zone, the default fromutc, astimezone between zones, and bad return values.
from datetime import datetime, time, timedelta, timezone, tzinfo

HOUR = timedelta(hours=1)


class Alpine(tzinfo):
    """UTC+1, and UTC+2 from the last Sunday of March to the last Sunday of October (01:00 UTC)."""

    def _last_sunday(self, year, month):
        d = datetime(year, month, 31 if month in (3, 10) else 30)
        return d - timedelta(days=(d.weekday() + 1) % 7)

    def dst(self, dt):
        if dt is None or dt.tzinfo is not self:
            return timedelta(0)
        start = self._last_sunday(dt.year, 3).replace(hour=2)
        end = self._last_sunday(dt.year, 10).replace(hour=2)
        return HOUR if start <= dt.replace(tzinfo=None) < end else timedelta(0)

    def utcoffset(self, dt):
        return HOUR + self.dst(dt)

    def tzname(self, dt):
        return "CEST" if self.dst(dt) else "CET"

    def __repr__(self):
        return "Alpine()"


alps = Alpine()
for month, day in ((1, 15), (3, 30), (3, 31), (7, 1), (10, 27), (12, 24)):
    local = datetime(2024, month, day, 12, tzinfo=alps)
    print(local, local.tzname(), local.utcoffset(), local.dst(), local.astimezone(timezone.utc), local.timetuple().tm_isdst)
summer = datetime(2024, 7, 1, 9, 30, tzinfo=timezone.utc)
print(repr(summer.astimezone(alps)), summer.astimezone(alps).isoformat(), summer.astimezone(alps).strftime("%H:%M %Z %z"))
print(datetime(2024, 3, 31, 0, 59, tzinfo=timezone.utc).astimezone(alps), datetime(2024, 3, 31, 1, 0, tzinfo=timezone.utc).astimezone(alps))
winter = datetime(2024, 1, 10, 8, tzinfo=alps)
print(summer - winter, winter < summer, winter == winter.astimezone(timezone.utc), winter.utctimetuple()[:6])
print(time(12, 0, tzinfo=alps).utcoffset(), time(12, 0, tzinfo=alps).tzname(), time(12, tzinfo=alps).isoformat())


class Broken(tzinfo):
    def __init__(self, offset, name="x"):
        self.offset, self.name = offset, name

    def utcoffset(self, dt):
        return self.offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        return self.name


for zone in (Broken(5), Broken(timedelta(hours=24)), Broken(timedelta(hours=-30)), Broken(HOUR, 7), Broken(HOUR)):
    for call in (lambda: datetime(2024, 1, 1, tzinfo=zone).utcoffset(), lambda: datetime(2024, 1, 1, tzinfo=zone).tzname(),
                 lambda: datetime(2024, 1, 1, tzinfo=zone).astimezone(timezone.utc), lambda: datetime(2024, 1, 1, tzinfo=timezone.utc).astimezone(zone)):
        try:
            print(call())
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)


class Bare(tzinfo):
    pass


bare = Bare()
for call in (lambda: bare.utcoffset(None), lambda: bare.dst(None), lambda: bare.tzname(None), lambda: datetime(2024, 1, 1, tzinfo=bare).utcoffset(),
             lambda: bare.fromutc(datetime(2024, 1, 1)), lambda: bare.fromutc(5), lambda: alps.fromutc(datetime(2024, 1, 1, tzinfo=timezone.utc))):
    try:
        print(call())
    except (NotImplementedError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(datetime(2024, 1, 1, tzinfo=bare).tzinfo is bare, isinstance(timezone.utc, tzinfo), issubclass(Alpine, tzinfo), repr(datetime(2024, 5, 5, tzinfo=alps)))
