# math bit for bit: every float function over random and special values, fsum/hypot/dist, big-int helpers, and argument errors.
import math
import random
random.seed(7)
vals = [random.uniform(-10, 10) for _ in range(12)] + [random.uniform(-1e-3, 1e-3) for _ in range(4)] + [random.uniform(0, 1e6) for _ in range(4)] + [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 1e-310, 1e300, math.inf, -math.inf, math.nan]
names = ["sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sqrt", "cbrt", "fabs", "erf", "erfc", "degrees", "radians", "ulp", "frexp", "modf", "floor", "ceil", "trunc", "isfinite"]
for name in names:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[0])
    print(name, " ".join(out))
pairs = [(random.uniform(-10, 10), random.uniform(-10, 10)) for _ in range(12)] + [(0.0, -0.0), (-0.0, -1.0), (2.0, 0.5), (-8.0, 1 / 3), (0.0, -1.0), (1e308, 10.0), (math.inf, 2), (-math.inf, 3), (math.nan, 0), (1.0, math.nan), (-1.0, math.inf), (0.5, -math.inf), (7.5, 2.5), (-7.5, 5.0), (6.0, 4.0), (1e-320, 3.0)]
for name in ["atan2", "pow", "fmod", "remainder", "copysign", "hypot", "nextafter", "ldexp_", "dist", "isclose", "log_"]:
    out = []
    for a, b in pairs:
        try:
            if name == "ldexp_":
                r = math.ldexp(a, int(b * 100))
            elif name == "dist":
                r = math.dist((a, b, a * b), (b, a, 1.0))
            elif name == "log_":
                r = math.log(abs(a), abs(b))
            else:
                r = getattr(math, name)(a, b)
            out.append(repr(r))
        except (ValueError, OverflowError, ZeroDivisionError) as e:
            out.append(type(e).__name__[0])
    print(name, " ".join(out))
for _ in range(15):
    xs = [random.uniform(-1, 1) * 10 ** random.randint(-20, 20) for _ in range(random.randint(0, 12))]
    print(math.fsum(xs), math.hypot(*xs), sum(xs), math.prod(xs))
print(math.fsum([1e308, -1e308, 1e-308]), math.fsum([0.1] * 1000), math.fsum([1, 2**60, -2**60]), math.fsum(x * 0.01 for x in range(1000)))
print(math.hypot(1e-320, 1e-320), math.hypot(1e300, 1e300, 1e300), math.hypot(3, 4, 12), math.hypot(-2.5))
for n in (0, 1, 5, 30, 171):
    print(math.factorial(n) % 1000003, math.comb(200, n), math.perm(40, min(n, 40)), math.isqrt(10 ** n + 7))
print(math.gcd(2**100, 6**50), math.lcm(2**70, 3**40, 10), math.comb(10**30, 3), math.perm(10**20, 2))
print(math.log(10**400), math.log(2**1100, 2), math.log10(10**400), math.log2(2**2000), math.log(10**400, 10), math.log2(3**1000))

for f, a in [('sqrt', ()), ('atan2', (1,)), ('log', ()), ('hypot', ('a',)), ('gcd', (1.5,)), ('ldexp', (1, 2.0)),
             ('isclose', (1,)), ('perm', ()), ('prod', ()), ('trunc', ('a',)), ('exp', (10**400,)), ('ceil', (None,)),
             ('fsum', (['a'],)), ('fsum', ([1e308, 1e308],)), ('fsum', ([math.inf, -math.inf],)), ('dist', (1, 2)),
             ('log', (10, 1)), ('pow', (0.0, -1)), ('factorial', (10**30,)), ('comb', (10, -1)), ('lcm', ('a',))]:
    try:
        print(f, getattr(math, f)(*a))
    except Exception as e:
        print(f, type(e).__name__, e)
print(math.ceil(1e300) % 997, math.floor(-1e20), math.trunc(2.0**70), math.floor(5), math.ceil(True))
