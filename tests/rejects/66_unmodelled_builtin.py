# expect-exit: 2
# expect-stderr: 66_unmodelled_builtin.py:6:8: error: unsupported: the builtin `memoryview` (coroviz has no memoryview objects; bytes and bytearray work)
# A builtin CPython has and coroviz does not is refused before the program runs.


view = memoryview(b"red green")
print(view)
