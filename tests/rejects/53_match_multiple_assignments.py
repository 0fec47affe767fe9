# expect-exit: 2
# expect-stderr: 53_match_multiple_assignments.py:5:18: error: syntax error: multiple assignments to name 'x' in pattern
print("nothing may run before the check")
match (1, 2):
    case (x, [y, x]):
        pass
