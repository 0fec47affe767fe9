# expect-exit: 2
# expect-stderr: 67_os_getenv.py:6:
# expect-stderr: error: unsupported: `os.getenv`
# os's string constants, os.path and the process ids run; files and the environment do not.
import os
print(os.sep, os.getenv("HOME"))
