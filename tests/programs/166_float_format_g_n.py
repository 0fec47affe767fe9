# Float formatting corners: 'g' thresholds, precision 0, '#' alternate forms, rounding half-even in formatting.
vals = [0.0, 1e-5, 0.0001, 123456.0, 1234567.0, 1e16, 1.5, 2.5, 0.125, 0.375, 1e100, 9.999999e15, 1/3]
for v in vals:
    print(f"{v:g}|{v:.0g}|{v:#g}|{v:.2e}|{v:.0e}|{v:#.0f}|{v:.1f}|{v:10.3g}|{v:<12,.2f}|{v:.3%}")
for v in (0.5, 1.5, 2.5, 0.05, 0.15, 0.25, 0.35, 2.675, 1.005):
    print(v, f"{v:.0f}", f"{v:.1f}", f"{v:.2f}", round(v, 1), round(v, 2), "%.1f" % v)
print(f"{1e300 * 10:.2f}", f"{-1e300 * 1e10:e}", f"{float('nan'):+.2f}", f"{0.1:.20f}", f"{1/7:.17g}")
print("{:.3}".format(1234.5678), "{:.3}".format(0.00012345), "{}".format(1e-4), str(1e-4), 1e-4 * 10)
print(format(1234567.0, ",.0f"), format(-0.0, "g"), format(1e22, ".1f"), format(123.456, "015.4f"))
