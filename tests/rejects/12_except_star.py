# expect-exit: 2
# expect-stderr: 12_except_star.py:5:1: error: unsupported: `except*`
try:
    pass
except* ValueError:
    pass
