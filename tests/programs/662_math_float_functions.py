# math's float functions with exact printed results: sqrt, exp, the logs, hypot, dist, fsum versus sum.
import math

print(math.sqrt(2), math.sqrt(16), math.sqrt(0.25), math.sqrt(1e-300))
print(math.exp(0), math.exp(1), math.exp(-2.5), math.expm1(1e-10))
print(math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(1000))
print(math.log2(1024), math.log2(10), math.log10(0.001), math.log10(12345), math.log1p(1e-12))
print(math.pow(2, 0.5), math.pow(-8, 3), 2 ** 0.5 == math.sqrt(2))
print(math.hypot(3, 4), math.hypot(1, 1, 1), math.hypot(), math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]))
values = [0.1] * 10
print(sum(values), math.fsum(values), math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
print(math.cbrt(27), math.cbrt(-8), math.exp2(10))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-5), lambda: math.dist((1,), (1, 2))):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
