# print to sys.stderr, sys.stdout.write return values, sep/end/flush, and the last stderr line.
import sys

n = sys.stdout.write("written\n")
print("write returned", n)
print("a", "b", sep="", end="")
print()
print("x", 1, None, sep=None, end=None)
print(file=sys.stderr)
print("warning:", 42, file=sys.stderr, flush=True)
sys.stderr.write("partial ")
print(*"abc", sep=", ", file=sys.stdout)
print("last stdout line")
sys.stderr.write("final stderr line\n")
