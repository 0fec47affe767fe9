# expect-exit: 2
# expect-stderr: 57_match_class_pattern_frozenset.py:5:10: error: unsupported: class pattern `frozenset(...)` (coroviz has no `frozenset` objects)
print("nothing may run before the check")
match {1, 2}:
    case frozenset():
        pass
