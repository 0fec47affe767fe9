# expect-exit: 2
# expect-stderr: 47_asyncio_subprocess.py:6:13: error: unsupported: `asyncio.create_subprocess_exec`
import asyncio
from collections import deque

p = asyncio.create_subprocess_exec("ls")
