# math in a small geometry program: circle areas, distances between cities on a grid, compound interest.
import math

for r in (1, 2.5, 10):
    print(f"r={r}: area={math.pi * r ** 2:.4f} circumference={2 * math.pi * r:.4f} exact={math.pi * r * r!r}")
cities = {"A": (0, 0), "B": (3, 4), "C": (-2, 7)}
names = sorted(cities)
for i, a in enumerate(names):
    for b in names[i + 1:]:
        print(a, b, math.dist(cities[a], cities[b]))
principal, rate = 1000, 0.05
for years in (1, 10, 30):
    print(years, round(principal * (1 + rate) ** years, 2), principal * math.exp(rate * years))
angle = math.degrees(math.atan2(4, 3))
print(angle, round(angle, 1), math.ceil(angle), math.floor(angle))
print(math.isqrt(50) ** 2, math.sqrt(50).is_integer(), math.sqrt(49).is_integer())
