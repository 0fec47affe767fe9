# The builtins coroviz writes in Python.


async def anext_or_default(step, default):
    # anext(iterator, default): the iterator's next item, or default at its end.
    try:
        return await step
    except StopAsyncIteration:
        return default
