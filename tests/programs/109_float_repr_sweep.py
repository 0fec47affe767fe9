# Float repr of many values: shortest round-trip, exponent thresholds.
vals = []
x = 1.0
for i in range(40):
    vals.append(x)
    x = x * 7.3 / 3
for i in range(1, 30):
    vals.append(1 / i)
    vals.append(i / 10)
    vals.append(10.0 ** i)
    vals.append(10.0 ** -i)
    vals.append(i * 1.1)
for v in vals:
    print(v, -v, str(v * 3), repr(v / 7))
print(float("0.1"), 1.0, 100.0, 1e16, 9007199254740993.0, 0.30000000000000004)
print(str(1.0e-7), 1.23e-6, 12345678.9, 1.7976931348623157e308, 2.2250738585072014e-308)
