# expect-exit: 2
# expect-stderr: 64_unmodelled_builtin_at_run_time.py:6: coroviz does not model the builtin `memoryview` yet
# A builtin name CPython has and coroviz lacks is not a NameError.
def view(data):
    try:
        return memoryview(data)
    except NameError:
        print("never printed")


view([1])
