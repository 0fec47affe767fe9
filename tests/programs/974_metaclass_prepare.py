# A metaclass's __prepare__ gives the class body its own mapping: every store, load and delete in the body goes through it.
class Recording:
    def __init__(self):
        self.data = {}
        self.log = []

    def __setitem__(self, key, value):
        self.log.append(("set", key))
        self.data[key] = value

    def __getitem__(self, key):
        self.log.append(("get", key))
        return self.data[key]

    def __delitem__(self, key):
        self.log.append(("del", key))
        del self.data[key]


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, bases, kw)
        return Recording()

    def __new__(mcls, name, bases, ns, **kw):
        print([entry for entry in ns.log if not entry[1].startswith("__")])
        return super().__new__(mcls, name, bases, dict(ns.data))


class A(metaclass=Meta, tag=1):
    x = 1
    y = x + 1
    temp = 3
    del temp
    print(len)

    def f(self):
        return self.y


print(A().f(), hasattr(A, "temp"), type(A).__name__)
try:
    class B(metaclass=Meta):
        del missing
except NameError as e:
    print("NameError:", e)
