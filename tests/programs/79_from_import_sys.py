# Formerly a reject case: coroviz now supports this; it must match CPython.
from sys import argv
