"""Three-argument pow: integers only (bools and big ints too), negative exponents as modular inverses, CPython's errors."""
print(pow(2, 10, 7), pow(2**70, 3, 5), pow(True, 2, 3), pow(3, -1, 7))
for a in [(2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0)]:
    try:
        pow(*a)
    except TypeError as e:
        print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
