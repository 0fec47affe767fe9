# expect-exit: 2
# expect-stderr: 10_complex_literal.py:3:9: error: unsupported: complex number
z = 1 + 2j
