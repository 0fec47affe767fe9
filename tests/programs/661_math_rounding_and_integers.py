# math's integer helpers: floor/ceil/trunc of negatives, gcd/lcm of several numbers, isqrt, factorial, comb, perm, prod.
import math

for x in (2.5, -2.5, 3.0, -0.1, 7.999):
    print(x, math.floor(x), math.ceil(x), math.trunc(x), round(x), int(x))
print(math.gcd(48, 18), math.gcd(0, 5), math.gcd(), math.gcd(12, 18, 30), math.gcd(-4, 6))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(), math.lcm(0, 3))
print(math.isqrt(99), math.isqrt(100), math.isqrt(10**20 + 1), math.sqrt(99))
print(math.factorial(0), math.factorial(20), len(str(math.factorial(100))))
print(math.comb(10, 3), math.comb(5, 7), math.perm(5), math.perm(5, 2), math.perm(3, 5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([0.5, 4]), math.prod(range(1, 6), start=10))
for bad in (lambda: math.factorial(-1), lambda: math.isqrt(-4), lambda: math.comb(-1, 2)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.factorial(2.5)
except TypeError as e:
    print("TypeError:", e)
