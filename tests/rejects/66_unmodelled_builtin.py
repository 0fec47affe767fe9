# expect-exit: 2
# expect-stderr: 66_unmodelled_builtin.py:6:11: error: unsupported: the builtin `frozenset` (coroviz has no frozensets yet; a set works where nothing hashes it)
# A builtin CPython has and coroviz does not is refused before the program runs.


colours = frozenset({"red", "green"})
print(colours)
