# Serialising objects json does not know: default= functions, a JSONEncoder subclass, and dataclasses via asdict.
import datetime
import json
from dataclasses import asdict, dataclass


@dataclass
class Event:
    name: str
    when: datetime.date
    tags: set


def to_json(obj):
    if isinstance(obj, datetime.date):
        return obj.isoformat()
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError(f"cannot serialise {type(obj).__name__}")


class EventEncoder(json.JSONEncoder):
    def default(self, obj):
        if isinstance(obj, Event):
            return {"event": obj.name, "on": obj.when}
        if isinstance(obj, datetime.date):
            return obj.strftime("%d %b %Y")
        return super().default(obj)


e = Event("launch", datetime.date(2024, 3, 1), {"b", "a"})
print(json.dumps(asdict(e), default=to_json))
print(json.dumps([e, e.when], cls=EventEncoder))
print(json.dumps({"when": e.when}, default=str), EventEncoder(indent=1).encode({"x": [1]}))
try:
    json.dumps(object(), default=to_json)
except TypeError as err:
    print("TypeError:", err)
try:
    json.dumps(complex(1, 2), cls=EventEncoder)
except TypeError as err:
    print("TypeError:", err)
