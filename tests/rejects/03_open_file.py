# expect-exit: 2
# expect-stderr: 03_open_file.py:8:10: error: unsupported: `open()` (no files or console input)
# expect-stderr: 8 |     with open("notes.txt") as f:
# expect-stderr: ^^^^


def read():
    with open("notes.txt") as f:
        return f.read()
