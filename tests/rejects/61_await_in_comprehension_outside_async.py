# expect-exit: 2
# expect-stderr: 61_await_in_comprehension_outside_async.py:6:12: error: syntax error: asynchronous comprehension outside of an asynchronous function
import asyncio
print("nothing may run before the check")
def results(coros):
    return [await c for c in coros]
