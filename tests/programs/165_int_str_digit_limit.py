# Python 3.11 limits int<->str conversion to 4300 digits; hex and bit operations are not limited.
big = 10 ** 4299
print(len(str(big)))
try:
    s = str(10 ** 4300)
    print("no limit", len(s))
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(1 << 20000)), (1 << 20000).bit_length(), (10 ** 5000) % 997)
print(f"{2 ** 64:,}", f"{-2 ** 70:_x}", int("-" + "9" * 50) // 7)
