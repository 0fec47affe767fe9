# expect-exit: 2
# expect-stderr: 10_from_import_sys.py:4:
# expect-stderr: error: unsupported: `import` of module `sys`
from sys import argv
