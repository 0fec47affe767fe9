# expect-exit: 2
# expect-stderr: 60_async_comprehension_outside_async.py:9:12: error: syntax error: asynchronous comprehension outside of an asynchronous function
print("nothing may run before the check")
async def ticks(n):
    for i in range(n):
        yield i

def collect():
    return [t async for t in ticks(3)]
