# Multiple inheritance: C3 MRO, cooperative super(), mixins, an impossible MRO.


class A:
    def who(self):
        return ["A"]

    def setup(self):
        print("A.setup")


class B(A):
    def who(self):
        return ["B"] + super().who()

    def setup(self):
        print("B.setup")
        super().setup()


class C(A):
    def who(self):
        return ["C"] + super().who()

    def setup(self):
        print("C.setup")
        super().setup()


class D(B, C):
    def who(self):
        return ["D"] + super().who()

    def setup(self):
        print("D.setup")
        super().setup()


d = D()
print(d.who())
d.setup()
print([k.__name__ for k in D.__mro__])


class JsonMixin:
    def to_json(self):
        items = ", ".join(f'"{k}": {v!r}' for k, v in sorted(vars(self).items()))
        return "{" + items + "}"


class ReprMixin:
    def __repr__(self):
        return f"<{type(self).__name__} {self.to_json()}>"


class Point(ReprMixin, JsonMixin):
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.to_json(), p, [k.__name__ for k in Point.__mro__])


class X: pass
class Y: pass
class P1(X, Y): pass
class P2(Y, X): pass

try:
    class Z(P1, P2):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class W(X, X):
        pass
except TypeError as e:
    print("TypeError:", e)


class Left:
    def __init__(self, **kw):
        print("Left", sorted(kw))
        super().__init__(**kw)


class Right:
    def __init__(self, **kw):
        print("Right", sorted(kw))
        super().__init__()


class Both(Left, Right):
    def __init__(self):
        super().__init__(a=1, b=2)


Both()
