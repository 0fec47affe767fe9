# A program's standard input: input() with and without a prompt, sys.stdin reads, EOFError at the end.
import sys

name = input("name? ")
count = int(input())
print(f"hello {name!r}, {count * 2}")
print(sys.stdin.readline(), end="")
rest = [line.rstrip("\n") for line in sys.stdin]
print(rest)
try:
    input("more? ")
except EOFError as e:
    print("EOFError:", repr(e), sys.stdin.isatty())
print(sys.stdin.read() == "", input.__name__)
