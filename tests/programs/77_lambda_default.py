# Formerly a reject case: coroviz now supports this; it must match CPython.
callbacks = [lambda f, i=i: print(i) for i in range(3)]
