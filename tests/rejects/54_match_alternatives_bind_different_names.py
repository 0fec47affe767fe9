# expect-exit: 2
# expect-stderr: 54_match_alternatives_bind_different_names.py:5:23: error: syntax error: alternative patterns bind different names
print("nothing may run before the check")
match (1, 2):
    case (x, 0) | (0, y):
        pass
