# object() sentinels, shared class attributes, and instance attributes shadowing them.
MISSING = object()


def lookup(d, key, default=MISSING):
    value = d.get(key, MISSING)
    if value is MISSING:
        if default is MISSING:
            raise KeyError(key)
        return default
    return value


print(lookup({"a": 1}, "a"), lookup({}, "b", None), type(MISSING).__name__, MISSING is MISSING)
try:
    lookup({}, "c")
except KeyError as e:
    print("KeyError", e)
print(object() == object(), MISSING == MISSING, isinstance(MISSING, object), str(MISSING)[:15])
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
try:
    MISSING.attr = 1
except AttributeError as e:
    print("AttributeError:", e)


class Team:
    members = []
    tag = "team"

    def add(self, name):
        self.members.append(name)


t1, t2 = Team(), Team()
t1.add("x")
t2.add("y")
t1.tag = "own"
print(Team.members, t1.members is t2.members, t1.tag, t2.tag, Team.tag)
Team.tag = "changed"
print(t1.tag, t2.tag)
