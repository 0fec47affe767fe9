# expect-exit: 2
# expect-stderr: 02_class_definition.py:6:1: error: unsupported: `class` definition
# expect-stderr: 6 | class Worker:
# expect-stderr: ^
import asyncio
class Worker:
    pass
