# expect-exit: 2
# expect-stderr: 63_unmodelled_method_at_run_time.py:8: coroviz does not model `list.__sizeof__` yet
# A method CPython's list has and coroviz lacks is not an AttributeError the program could
# catch: it would read like the learner's own mistake. The run stops, located.
items = [1, 2, 3]
name = "__sizeof__"
try:
    getattr(items, name)()
except AttributeError:
    print("never printed: CPython has list.__sizeof__")
