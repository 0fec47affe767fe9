# expect-exit: 2
# expect-stderr: 12_set_literal.py:4:8: error: unsupported: set literal
# expect-stderr: ^
seen = {1, 2, 3}
