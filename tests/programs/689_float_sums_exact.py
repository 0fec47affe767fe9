# Adding money as floats: sum drifts, math.fsum and round help, integer cents are exact.
import math

prices = [19.99, 5.01, 0.1, 0.2, 3.3, 1e-3]
print(sum(prices), math.fsum(prices), round(sum(prices), 2))
cents = [round(p * 100) for p in prices[:-1]]
print(cents, sum(cents), sum(cents) / 100, f"{sum(cents) / 100:.2f}")
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, math.isclose(total, 1.0), math.fsum([0.1] * 10) == 1.0)
print(1.1 * 3, 1.1 + 1.1 + 1.1, math.fsum([1.1] * 3), round(2.675, 2), round(0.5), round(1.5), round(-0.5))
print(f"{1/3:.5f} {2/3:.0f} {1e21} {1e16} {123456789.123456789} {0.1 + 0.7}")
