# Arithmetic dunders: forward, reflected and in-place operators, unary ones, NotImplemented.


class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __repr__(self):
        return f"Vec{tuple(self.xs)}"

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
        if isinstance(other, (int, float)):
            return Vec(*[a + other for a in self.xs])
        return NotImplemented

    def __radd__(self, other):
        print("  __radd__", other)
        return self + other

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vec(*[a * k for a in self.xs])

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(*[a / k for a in self.xs])

    def __floordiv__(self, k):
        return Vec(*[a // k for a in self.xs])

    def __mod__(self, k):
        return Vec(*[a % k for a in self.xs])

    def __pow__(self, k):
        return Vec(*[a**k for a in self.xs])

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))

    def __neg__(self):
        return Vec(*[-a for a in self.xs])

    def __pos__(self):
        return self

    def __abs__(self):
        return sum(a * a for a in self.xs) ** 0.5

    def __invert__(self):
        return Vec(*reversed(self.xs))

    def __iadd__(self, other):
        print("  __iadd__")
        self.xs = (self + other).xs
        return self


a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a + 1, 1 + a, a - b, a * 3, 3 * a, a / 2, b // 2, b % 3, a**2)
print(a @ b, -a, +a is a, abs(Vec(3, 4)), ~Vec(1, 2, 3))
c = a
c += Vec(10, 10)
print(c, a, c is a)
d = Vec(0, 0)
d -= Vec(1, 1)
print(d, sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
for bad in ["a * a", "a + 'x'", "'x' + a", "a << 1", "-object()", "[1] + a", "a * [1]"]:
    try:
        eval_result = None
        if bad == "a * a":
            a * a
        elif bad == "a + 'x'":
            a + "x"
        elif bad == "'x' + a":
            "x" + a
        elif bad == "a << 1":
            a << 1
        elif bad == "-object()":
            -object()
        elif bad == "[1] + a":
            [1] + a
        else:
            a * [1]
    except TypeError as e:
        print(bad, "->", e)
lst = [1]
lst += Vec(7, 8).xs
print(lst, "%s" % a, "%r" % (a,))


class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("  Meters.__add__")
        return NotImplemented

    def __repr__(self):
        return f"{self.v}m"


class Kilometers(Meters):
    def __radd__(self, other):
        print("  Kilometers.__radd__")
        return Meters(other.v + self.v * 1000)


print(Meters(5) + Kilometers(2))
