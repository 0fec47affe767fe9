# An int subclass: arithmetic gives plain ints, comparisons and hashing as the int, formatting, and overriding __add__/__repr__.
class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"

    def __str__(self):
        return f"${int(self)}"

    def __add__(self, other):
        return Money(int(self) + int(other))


m = Money(5)
print(m, repr(m), m + 3, type(m + 3).__name__, 3 + m, type(3 + m).__name__, m - 1, m * 2)
print(m == 5, m < 6, hash(m) == hash(5), {5: "five"}[m], {m: "m"}[5], int(m), float(m), -m, abs(Money(-3)))
print(f"{m}", f"{m:>4}", f"{m:03d}", format(m, "x"), "%d" % 7, str(m), [m], bool(Money(0)))
print(m // 2, m % 3, m ** 2, m / 2, divmod(17, 5), isinstance(m, int), [10, 20, 30, 40, 50, 60][m])
print(sorted([Money(3), 1, Money(2)]), max(Money(1), 0), sum([Money(1), Money(2)]), range(Money(3)))


class Bits(int):
    def bits(self):
        return bin(self)[2:]

    @classmethod
    def parse(cls, text):
        return cls(text, 2)


b = Bits(10)
print(b, b.bits(), Bits.parse("111"), type(Bits.parse("1")).__name__, b & 3, b | 5, b << 1, ~b)
print(b.bit_length(), Bits(True), Bits(), Bits("42"), Bits(3.9), b + b, type(b + b).__name__)


class Celsius(int):
    def __new__(cls, degrees):
        if degrees < -273:
            raise ValueError(f"{degrees} is below absolute zero")
        return super().__new__(cls, degrees)

    def fahrenheit(self):
        return self * 9 / 5 + 32


t = Celsius(100)
print(t, t.fahrenheit(), t > 50, Celsius(-40).fahrenheit())
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError", e)
