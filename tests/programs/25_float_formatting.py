# Float repr and format specs must match CPython digit for digit.
x = 0.1 + 0.2
print(x, 1e16, 1e15, 1 / 3, 2 / 3, 10 / 4, 7 / 7, -0.0)
print(float("inf"), -float("inf"), float("inf") - float("inf"))
print(1e-5, 0.0001, 123456789012345678.0, 1.5e300 * 1e10)
print(f"{x:.2f} {x:.17f} {1/3:.3e} {2.5:8.3f}| {1234.5:,.1f} {0.5:%}")
print(round(2.5), round(3.5), round(0.125, 2), round(2.675, 2), round(-1.5))
print(int(3.99), int(-3.99), float(7), 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7.5 // 2, 2 ** -1)
print(abs(-2.5), max(1.5, 2), min(3, 2.0), sum([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]))
print("%.3f|%5d|%-5s|%x|%05.1f|%e" % (3.14159, 42, "ab", 255, 3.14159, 12345.678))
print("{:>8}|{:<6}|{:^7}|{:08.3f}".format("right", "left", "mid", -3.5))
print(repr(1.0), str(1.0), repr(100.0), 1e22, 1e21, 1.0e-7)
