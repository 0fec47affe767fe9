# expect-exit: 2
# expect-stderr: 03_open_file.py:8:10: error: unsupported: the builtin `open` (coroviz has no files; keep the data in the program)
# expect-stderr: 8 |     with open("notes.txt") as f:
# expect-stderr: ^^^^


def read():
    with open("notes.txt") as f:
        return f.read()
