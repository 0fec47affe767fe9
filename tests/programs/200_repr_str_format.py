# __repr__, __str__ and __format__: print, str(), repr(), f-strings and containers.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __format__(self, spec):
        if spec == "cents":
            return f"{self.cents}c"
        return format(str(self), spec)


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


class OnlyStr:
    def __str__(self):
        return "only-str"


m = Money(12345)
print(m, str(m), repr(m), [m], (m,), {"k": m})
print(f"{m}|{m!r}|{m!s}|{m:cents}|{m:>12}|{m:*<10}")
print(format(m, "cents"), "%s and %r" % (m, m), "{} {!r} {:cents}".format(m, m, m))
o = OnlyRepr()
print(o, str(o), f"{o}", [o])
s = OnlyStr()
print(s, f"{s}", str(s))
print(repr(s).startswith("<__main__.OnlyStr object at 0x"), repr(s).endswith(">"))
try:
    format(OnlyRepr(), "x")
except TypeError as e:
    print("TypeError:", e)


class Bad:
    def __repr__(self):
        return 42


try:
    repr(Bad())
except TypeError as e:
    print("TypeError:", e)
try:
    print(Bad())
except TypeError as e:
    print("TypeError:", e)


class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        if not self.children:
            return f"Tree({self.value})"
        return f"Tree({self.value}, {self.children})"


print(Tree(1, [Tree(2), Tree(3, [Tree(4)])]))
