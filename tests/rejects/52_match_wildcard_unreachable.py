# expect-exit: 2
# expect-stderr: 52_match_wildcard_unreachable.py:7:10: error: syntax error: wildcard makes remaining patterns unreachable
print("nothing may run before the check")
match 3:
    case 1 | 2:
        pass
    case _:
        pass
    case 3:
        pass
