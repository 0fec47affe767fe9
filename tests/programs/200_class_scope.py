# The class body runs once, top to bottom, in its own namespace; methods do not see it.
print("before the class")

x = "global x"


class Config:
    print("class body starts")
    x = "class x"
    size = 3
    names = [f"item{i}" for i in range(size)]
    doubled = size * 2
    print("in body:", x, names, doubled)

    def show(self):
        # Class names are not visible here: `x` is the global one.
        return x

    if size > 2:
        big = True
    else:
        big = False
    del doubled
    print("class body ends")


print("after the class")
print(Config.x, Config().show(), Config.big, hasattr(Config, "doubled"), Config.names)


def make(prefix):
    label = prefix + "-label"

    class Inner:
        label_copy = label
        tag = prefix

        def method(self):
            return label + "/" + prefix

    return Inner


I = make("p")
print(I.label_copy, I.tag, I().method())


def counter_class():
    count = 0

    class Counter:
        def bump(self):
            nonlocal count
            count += 1
            return count

    return Counter


C = counter_class()
c1, c2 = C(), C()
print(c1.bump(), c2.bump(), c1.bump())


class Shadow:
    value = 1
    value = value + 1
    items = [value * k for k in range(3)]

    def get(self):
        return self.value


print(Shadow.value, Shadow.items, Shadow().get())


class Late:
    def use_later(self):
        return later_global


later_global = "defined after the class"
print(Late().use_later())


class Empty:
    pass


e = Empty()
e.dynamic = 5
Empty.shared = "shared"
print(e.dynamic, e.shared, Empty().shared)


class Outer:
    class Inner:
        class Deepest:
            pass

    def make_inner(self):
        return Outer.Inner()


print(Outer.Inner.Deepest.__qualname__, type(Outer().make_inner()).__qualname__)
try:
    class Broken:
        print(undefined_name)
except NameError as e:
    print("NameError:", e)
