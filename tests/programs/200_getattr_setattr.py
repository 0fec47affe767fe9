# Attribute hooks: __getattr__ as a fallback, __setattr__/__delattr__ with
# object.__setattr__ and super(); getattr/setattr/hasattr/delattr and vars().


class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append(f"miss {name}")
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None

    def __setattr__(self, name, value):
        self.log.append(f"set {name}")
        if name.startswith("_"):
            raise AttributeError("private")
        self._fields[name] = value

    def __delattr__(self, name):
        self.log.append(f"del {name}")
        del self._fields[name]


r = Record(a=1)
r.b = 2
print(r.a, r.b, getattr(r, "c", "default"), hasattr(r, "a"), hasattr(r, "zz"))
del r.a
print(hasattr(r, "a"), r._fields)
try:
    r._secret = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    r.missing
except AttributeError as e:
    print("AttributeError:", e)
print(r.log)


class Audited:
    def __setattr__(self, name, value):
        print(f"  audit {name}={value!r}")
        super().__setattr__(name, value)


a = Audited()
a.x = 1
setattr(a, "y", [2])
print(vars(a), a.x + len(a.y))


class Plain:
    cls_attr = "on the class"


p = Plain()
setattr(p, "dyn", 5)
print(getattr(p, "dyn"), getattr(p, "cls_attr"), vars(p))
vars(p)["via_dict"] = "yes"
print(p.via_dict, p.__dict__)
delattr(p, "dyn")
for thunk in [lambda: delattr(p, "dyn"), lambda: getattr(p, "nope"), lambda: Plain.nope,
              lambda: getattr(p, 3)]:
    try:
        thunk()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
