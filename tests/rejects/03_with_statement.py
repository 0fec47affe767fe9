# expect-exit: 2
# expect-stderr: 03_with_statement.py:8:5: error: unsupported: `with` statement
# expect-stderr: 8 |     with open("notes.txt") as f:
# expect-stderr: ^


def read():
    with open("notes.txt") as f:
        return f.read()
