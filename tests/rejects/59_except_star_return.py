# expect-exit: 2
# expect-stderr: 59_except_star_return.py:8:9: error: syntax error: 'break', 'continue' and 'return' cannot appear in an except* block
print("nothing may run before the check")
def first_error(group):
    try:
        raise group
    except* ValueError as eg:
        return eg.exceptions[0]
