# sys.exit with a string prints it to stderr and exits 1; finally blocks run first.
import sys

try:
    print("exiting")
    sys.exit("fatal: configuration missing")
finally:
    print("finally runs")
