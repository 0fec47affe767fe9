# The oracle's wall clock reads like CPython's: formats of time's and datetime's "now" readers, with digits masked.
import datetime
import logging
import re
import time

time.sleep(0.0123)  # a fractional second, so that reprs show microseconds on both clocks


DAYS = r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b"
MONTHS = r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b"


def shape(text):
    text = re.sub(MONTHS, "Mmm", re.sub(DAYS, "Ddd", str(text)))
    return re.sub(r"\d+", "9", re.sub(r" +", " ", text))


now = time.time()
print(shape(time.ctime()), "|", shape(time.asctime()), "|", shape(time.strftime("%c")))
print(shape(time.strftime("%Y-%m-%d %H:%M:%S %Z %z %a %b %j")))
print(shape(time.localtime()))
print(shape(time.gmtime()))
print(shape(time.localtime(None)), shape(time.gmtime(None)), shape(time.ctime(None)))
print(time.localtime().tm_zone, time.timezone, time.tzname, time.daylight)
print(abs(time.mktime(time.localtime()) - now) < 2, abs(time.mktime(time.gmtime()) - now) < 2)
print(abs(time.mktime(time.strptime(time.ctime())) - now) < 2)
d = datetime.datetime.now()
print(shape(repr(d)), shape(d), shape(d.isoformat()), type(d) is datetime.datetime)
print(abs(d.timestamp() - now) < 1, abs(datetime.datetime.today().timestamp() - now) < 1)
print(abs(datetime.datetime.utcnow() - datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)) < datetime.timedelta(seconds=1))
u = datetime.datetime.now(datetime.timezone.utc)
print(shape(repr(u)), shape(u), u.tzinfo)
print(shape(repr(datetime.date.today())), datetime.date.today() == datetime.datetime.now().date())
print(shape(repr(datetime.datetime.now(tz=datetime.timezone(datetime.timedelta(hours=2))))))
print(abs(datetime.datetime.now().astimezone().utcoffset()) < datetime.timedelta(seconds=1))


class Stamp(datetime.datetime):
    pass


print(type(Stamp.now()).__name__, type(Stamp.utcnow()).__name__, type(Stamp.today()).__name__)
print(datetime.datetime.now.__name__, time.localtime.__name__, time.strftime.__name__)
for call in (lambda: time.localtime("x"), lambda: time.strftime(), lambda: time.asctime(None),
             lambda: datetime.datetime.now(5), lambda: time.ctime(1, 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
record = logging.LogRecord("app", logging.INFO, __file__, 1, "hi", None, None)
print(shape(logging.Formatter().formatTime(record)), 0 <= record.relativeCreated < 5000)
print(abs(record.created - time.time()) < 1, record.threadName, record.processName)
