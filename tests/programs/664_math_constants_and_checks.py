# math's constants and float checks: pi, e, tau, inf, nan, isfinite/isinf/isnan, isclose with tolerances.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(repr(math.pi), f"{math.pi:.3f}", f"{math.e:.10f}", str(math.tau))
print(math.inf > 1e308, math.inf == float("inf"), math.nan == math.nan, math.nan != math.nan)
for x in (1.0, math.inf, -math.inf, math.nan, 0.0, 1e308 * 10):
    print(x, math.isfinite(x), math.isinf(x), math.isnan(x))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, 0.1 + 0.2)
print(math.isclose(1000, 1001, rel_tol=1e-3), math.isclose(1000, 1002, rel_tol=1e-3))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.inf - math.inf, math.inf * 0, 0 * math.nan, max(1, math.nan), min(math.nan, 1))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)
print(int(math.pi * 100) / 100, math.nextafter(1.0, 2.0), math.ulp(1.0))
