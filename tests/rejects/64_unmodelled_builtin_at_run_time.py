# expect-exit: 2
# expect-stderr: 64_unmodelled_builtin_at_run_time.py:8: coroviz does not model the builtin `eval` yet
# The module may bind `eval` itself, so the compiler lets it through; when it does not,
# CPython finds the builtin, which coroviz lacks: not a NameError, the run stops, located.
if len("ab") > 5:
    eval = len
try:
    names = eval("1 + 1")
except NameError:
    print("never printed")
