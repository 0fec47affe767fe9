# functools: partial (positional and keyword, nested), wraps, reduce.
import asyncio
import functools
from functools import partial, reduce, wraps


def power(base, exp, *, mod=None):
    r = base**exp
    return r % mod if mod else r


square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=10)
two_to = partial(power, 2)
print(square(7), cube_mod(7), two_to(10), two_to(exp=5), square(3, exp=4))
print(square.func is power, square.args, square.keywords, two_to.args)
nested = partial(partial(power, 3), mod=5)
print(nested(4), nested.args, nested.keywords, nested.func.__name__)
print(list(map(partial(power, exp=2), range(5))), callable(square), type(square).__name__)


def logged(f):
    @wraps(f)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        print("calling", f.__name__)
        return f(*args, **kwargs)

    return wrapper


@logged
def area(w, h):
    """Area of a rectangle."""
    return w * h


print(area(3, 4), area.__name__, area.__qualname__, area.__doc__, area.__wrapped__.__name__)


def async_logged(f):
    @functools.wraps(f)
    async def wrapper(*args):
        print("before", f.__qualname__)
        return await f(*args)

    return wrapper


@async_logged
async def fetch(n):
    await asyncio.sleep(n)
    return n


async def main():
    t = asyncio.create_task(fetch(1))
    print(t.get_coro().__qualname__, fetch.__name__)
    print(await t)
    later = partial(print, "callback says", sep=" | ")
    asyncio.get_running_loop().call_soon(later, "hi")
    await asyncio.sleep(0)


asyncio.run(main())
print(reduce(lambda a, b: a * b, [1, 2, 3, 4, 5]), reduce(lambda a, b: a + b, [], "init"))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
