# f-string / format() / %-format specs.
n = 1234567.891
i = 42
print(f"{n:,.2f}|{n:_.1f}|{n:e}|{n:.3E}|{n:g}|{n:.3g}|{n:%}|{0.5:.0%}")
print(f"{i:5d}|{i:<5d}|{i:^5d}|{i:>5}|{i:05d}|{i:+d}|{-i:+d}|{i: d}|{i:x}|{i:#X}|{i:o}|{i:#b}|{i:,}")
print(f"{'ab':*^7}|{'ab':>4}|{'ab':<4}|{'abcdef':.3}|{'x':=>3}")
print(f"{3.0}|{3.0:.0f}|{2.5:.0f}|{3.5:.0f}|{1e20:f}|{1e-10:g}|{123456789.0:g}|{0.0001:g}|{0.00001:g}")
print(f"{-0.0:.1f}|{float('inf'):5}|{float('nan')}|{1.5:10.3f}|{-1.5:=10.2f}|{1.5:010.2f}")
print(f"{i!r}|{'s'!r}|{'s'!s}|{i=}|{n=:.1f}|{ {'a': 1}['a'] }")
print("{} {} {}".format(1, "two", 3.0), "{1}{0}{1}".format("a", "b"), "{x}-{y}".format(x=1, y=[2]))
print("{:>6}|{:^6.2f}|{!r:>6}".format("r", 3.14159, "q"), "{0[1]}".format([5, 6]), "{{}}".format())
print("%d %s %r %5.2f %-5d| %05d %x %X %o %e %g %%" % (3, "s", "s", 2.345, 7, -42, 255, 255, 8, 12345.678, 0.00001))
print("%(a)s-%(b)03d" % {"a": "A", "b": 7}, "%s" % (1,), "%s" % [1, 2], "%c%c" % (65, "b"))
print("%.3s|%10.4f|%-10s|%+d|% d" % ("abcdef", 3.14159265, "left", 5, 5))
print(format(255, "08b"), format(3.14159, ".2"), format(10, ""), format("x", "^5"), format(1e100, ".3"))
print(f"{12345678901234567890:,}", f"{-1234.5:,.1f}", f"{0.000123456:.2e}", f"{1234.5:.0e}")
for bad in ("{:d}", "{:s}", "{:,s}", "{0}{}"):
    try:
        print(bad.format(1.5) if bad != "{:s}" else bad.format(1))
    except ValueError as e:
        print("ValueError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
