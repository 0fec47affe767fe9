# expect-exit: 2
# expect-stderr: 08_bytes_literal.py:4:8: error: unsupported: bytes literal
# expect-stderr: ^
data = b"raw"
print(data)
