# expect-exit: 2
# expect-stderr: 11_star_import.py:4:21: error: unsupported: `from ... import *`
# expect-stderr: ^
from asyncio import *
