# expect-exit: 2
# expect-stderr: 07_async_generator.py:6:9: error: unsupported: async generator
# expect-stderr: ^
async def ticks(n):
    for i in range(n):
        yield i
