# expect-exit: 2
# expect-stderr: 09_import_subprocess.py:5:
# expect-stderr: error: unsupported: `import` of module `subprocess`
import asyncio
import subprocess
print(subprocess.run(["true"]))
