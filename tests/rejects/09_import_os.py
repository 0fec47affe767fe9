# expect-exit: 2
# expect-stderr: 09_import_os.py:5:
# expect-stderr: error: unsupported: `import` of module `os`
import asyncio
import os
print(os.getpid())
