# object() sentinels and function docstrings.
MISSING = object()


def lookup(d, key, default=MISSING):
    """Return d[key], or default when given."""
    if key in d:
        return d[key]
    if default is MISSING:
        raise KeyError(key)
    return default


print(lookup({"a": 1}, "a"), lookup({}, "b", None))
try:
    lookup({}, "c")
except KeyError as e:
    print("KeyError:", e)
print(MISSING is None, MISSING == MISSING, object() == object(), type(MISSING).__name__)
print(lookup.__doc__)


async def coro_with_doc():
    "A coroutine docstring."


print(coro_with_doc.__doc__, (lambda: 0).__doc__)
