"""float.hex and float.fromhex: normals, subnormals, specials, rounding ties, overflow and malformed strings."""
for x in [1.5, -0.1, 5e-324, 1.7976931348623157e308, -0.0, 0.0, float("inf"), float("nan"), 3.0, 1e-310]:
    print(x.hex(), float.fromhex(x.hex()) == x or x != x)
for s in ["0x1.8p1", " -0X.8p-1 ", "1", "0x20000000000001", "inf", "-Infinity", "nan", "0x1.fffffffffffff8p1023", "0x", "zz", "0x1p-1080", "1.", ".1", "0x1.p+3"]:
    try:
        print(repr(s), float.fromhex(s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
try:
    (1.0).hex(2)
except TypeError as e:
    print(e)
