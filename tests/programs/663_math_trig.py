# math's trigonometry: sin/cos/tan at common angles (with the usual rounding noise), radians/degrees, atan2.
import math

for deg in (0, 30, 45, 60, 90, 180, 270, 360):
    r = math.radians(deg)
    print(f"{deg:3} {r!r:20} {math.sin(r)!r:24} {math.cos(r)!r:24}")
print(math.tan(math.pi / 4), math.tan(0), math.degrees(math.pi), math.degrees(1))
print(math.asin(1), math.acos(0), math.atan(1), math.acos(-1) == math.pi)
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(-0.0, -1))
print(math.sinh(1), math.cosh(0), math.tanh(0.5), math.asinh(1), math.acosh(1), math.atanh(0.5))
print(round(math.sin(math.pi), 12), abs(math.cos(math.pi / 2)) < 1e-15)
try:
    math.asin(2)
except ValueError as e:
    print("ValueError:", e)
