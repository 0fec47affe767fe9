# Formerly a reject case: coroviz now supports this; it must match CPython.
seen = {1, 2, 3}
