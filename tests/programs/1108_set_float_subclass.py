# set and float subclasses: set operations giving plain sets, membership, float arithmetic and formatting, overrides.
class Tags(set):
    def add_all(self, *items):
        for item in items:
            self.add(item)
        return self


t = Tags(["a", "b"])
t.add_all("c", "a")
print(sorted(t), len(t), "a" in t, "z" in t, type(t).__name__, isinstance(t, set))
print(sorted(t | {"d"}), type(t | {"d"}).__name__, sorted(t & {"a", "q"}), sorted(t - {"a"}), t == {"a", "b", "c"})
t.discard("b")
t.update(["x"])
print(sorted(t), sorted(Tags()), bool(Tags()), sorted(Tags("hello")))


class Metres(float):
    def __repr__(self):
        return f"Metres({float(self)})"

    def to_feet(self):
        return self * 3.28084


m = Metres(2.5)
print(m, repr(m), m.to_feet(), m + 1, type(m + 1).__name__, m * 2, -m, m == 2.5, m > 2)
print(f"{m:.2f}", format(m, "08.3f"), round(m), int(m), float(m), hash(m) == hash(2.5), {2.5: "x"}[m])
print(Metres(), Metres("1.5"), Metres(3), sorted([Metres(3.5), 1, Metres(0.5)]), m.is_integer(), abs(Metres(-1.0)))


class Ratio(float):
    def __new__(cls, num, den):
        return super().__new__(cls, num / den)

    def __str__(self):
        return f"{float(self):.1%}"


r = Ratio(1, 4)
print(r, repr(r), r + r, str(r), [r], f"{r}", r < 0.3)
