# Taking floats apart: copysign, fmod versus %, modf, frexp/ldexp, remainder, and signed zeros.
import math

print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(0.0, -1))
for a, b in ((7, 3), (-7, 3), (7, -3), (-7.5, 2), (5.5, 1.5)):
    print(a, b, a % b, math.fmod(a, b), math.remainder(a, b))
print(math.modf(3.75), math.modf(-3.75), math.modf(2.0), math.modf(math.inf))
print(math.frexp(8.0), math.frexp(0.1), math.frexp(0.0), math.frexp(-3))
print(math.ldexp(0.5, 4), math.ldexp(0.8, -3), math.ldexp(1, 1024 - 1))
m, e = math.frexp(123.456)
print(m, e, math.ldexp(m, e) == 123.456)
print(-0.0, 0.0 == -0.0, math.copysign(1, -0.0), str(-0.0), math.trunc(-0.9))
print(math.fabs(-4), abs(-4), math.floor(-0.0), math.fmod(-0.0, 1))
try:
    math.fmod(1, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.ldexp(1.0, 10000)
except OverflowError as e:
    print("OverflowError:", e)
