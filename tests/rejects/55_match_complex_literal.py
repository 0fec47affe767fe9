# expect-exit: 2
# expect-stderr: 55_match_complex_literal.py:5:14: error: unsupported: complex number
print("nothing may run before the check")
match 1:
    case 1 + 2j:
        pass
