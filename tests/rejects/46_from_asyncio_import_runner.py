# expect-exit: 2
# expect-stderr: 46_from_asyncio_import_runner.py:4:28: error: unsupported: `asyncio.Runner`
import asyncio
from asyncio import Queue, Runner

with Runner() as r:
    r.run(asyncio.sleep(0))
