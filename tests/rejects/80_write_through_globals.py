# expect-exit: 2
# expect-stderr: 80_write_through_globals.py:8:5: error: unsupported: changing the module's names through `globals()`
# Reading globals() works; binding names by writing into it is refused before the run.

names = ["alpha", "beta"]
print(globals()["names"])
for i, name in enumerate(names):
    globals()[name] = i
print(alpha)
