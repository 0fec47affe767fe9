# expect-exit: 2
# expect-stderr: 15_syntax_error_def.py:5:
# expect-stderr: error: syntax error:
print("never printed")
def broken(:
    pass
