# expect-exit: 2
# expect-stderr: 67_os_getpid.py:6:
# expect-stderr: error: unsupported: `os.getpid`
# os's string constants and os.path run; processes, files and the environment do not.
import os
print(os.sep, os.getpid())
