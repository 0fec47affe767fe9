# expect-exit: 2
# expect-stderr: 17_syntax_error_indent.py:6:
# expect-stderr: error: indentation error: unexpected indent
def f():
    x = 1
      y = 2
    return x + y
