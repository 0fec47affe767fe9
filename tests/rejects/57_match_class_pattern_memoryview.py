# expect-exit: 2
# expect-stderr: 57_match_class_pattern_memoryview.py:5:10: error: unsupported: class pattern `memoryview(...)` (coroviz has no `memoryview` objects)
print("nothing may run before the check")
match b"ab":
    case memoryview():
        pass
