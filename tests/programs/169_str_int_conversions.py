# str()/repr()/int()/float() round trips and conversions with odd inputs.
for s in ["0", "-0", "+5", " 7 ", "1_000_000", "0b11", "00", "١٢٣"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for s, b in [("ff", 16), ("0xff", 16), ("0o17", 0), ("0b101", 0), ("z", 36), ("10", 2), ("12", 2), ("010", 0)]:
    try:
        print(s, b, int(s, b))
    except ValueError as e:
        print(s, b, "ValueError:", e)
for s in ["1.5", " -2.5e3 ", "inf", "-Infinity", "nan", "1_0.5", ".5", "5.", "1e", "0x1p3"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(str(1.0), str(10.0 ** 16), str(-1.5e-10), repr(1e-7), str(123e-20))
print(int(-2.9), int(2.9), int("-0"), float(-0), -0.0 + 0.0, 0.0 * -1)
print(bool(""), bool(" "), str(None), str([None, True, 1.0, "s", ("t",)]), repr({"k": [1.5, None]}))
print(list(str(12)), tuple("ab"), str((1,)), str(()), str([]), str({}), str(set()))
print(1e16 == 10 ** 16, 0.1 + 0.2 == 0.3, 2 ** 53 == 2.0 ** 53, 10 ** 20 == 1e20, int(1e23))
