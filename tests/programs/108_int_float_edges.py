# Integer and float arithmetic edge cases.
vals = [7, -7, 0, 2**64, -(2**64) + 1]
for a in (7, -7):
    for b in (2, -2, 3, -3):
        print(a, b, a // b, a % b, divmod(a, b), a / b)
print(7.5 // 2, -7.5 // 2, 7.5 % -2, -7.5 % 2, divmod(-7.5, 2))
print(2**100 // 3, 2**100 % 7, -(2**100) // 3, (-(2**100)) % 7)
print(10**30 // -7, 10**30 % -7)
print(3**200)
print(-2**4, (-2)**4, 2**-1, 2**0.5, 0**0)
print(int("  -42  "), int("0x1f", 16), int("1_000"), int("z", 36), int(3.99), int(-3.99))
print(float("1e500"), float("-inf"), float("nan") == float("nan"))
print(1e16, 1e15, 123456789012345678.0, 0.1 + 0.2, 1/3, 2/3, 1e-5, 1e-4, 0.0001234)
print(-0.0, 0.0 == -0.0, 1e22, 1e21, 1.5e300 * 1.5e10, 5e-324, 5e-324 / 2)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(2.675, 2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7), round(2.5, 0))
print(abs(-3), abs(-3.5), pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7))
print(True + True, True * 3, 7 // True, hash(True) == hash(1))
print(int(1e20), int(-1e20), float(2**70), 2**53 + 1 == float(2**53 + 1))
print(max(1, 2.0), min(2, 1.0), max([3, 1, 3.0]), sum([0.1] * 10), sum(range(101)))
print(10 / 4, 10 // 4.0, 2 ** 62 * 4, -(2**63), (2**63) - 1 + 1)
print(1 << 100, (1 << 100) >> 99, -1 >> 5, -17 & 0xFF, 5 ^ -3, ~5, ~-1)
for bad in ("1 / 0", "1 % 0", "1.0 // 0", "2 ** -1 % 0"):
    try:
        eval_result = None
        if bad == "1 / 0":
            1 / 0
        elif bad == "1 % 0":
            1 % 0
        elif bad == "1.0 // 0":
            1.0 // 0
        else:
            pow(2, -1, 4)
    except (ZeroDivisionError, ValueError) as e:
        print(bad, type(e).__name__, e)
try:
    int("12a")
except ValueError as e:
    print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
