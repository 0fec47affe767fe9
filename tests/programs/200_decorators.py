# Decorators: evaluated before the def, applied bottom-up; factories; class decorators.
import asyncio


def trace(label):
    print("evaluate trace", label)

    def deco(f):
        print("apply trace", label, "to", f.__name__)

        def wrapper(*args, **kwargs):
            print(f"[{label}] call {f.__name__}{args}")
            return f(*args, **kwargs)

        return wrapper

    return deco


def shout(f):
    print("apply shout to", f.__name__)

    def wrapper(*args):
        return str(f(*args)).upper()

    return wrapper


@trace("outer")
@shout
@trace("inner")
def greet(name):
    return f"hello {name}"


print(greet("ada"))

registry = {}


def register(cls):
    registry[cls.__name__] = cls
    cls.registered = True
    return cls


@register
class Plugin:
    pass


print(registry, Plugin.registered)


def timed(f):
    async def wrapper(*args):
        loop = asyncio.get_running_loop()
        start = loop.time()
        result = await f(*args)
        print(f"{f.__name__} took {loop.time() - start:.2f}s")
        return result

    return wrapper


@timed
async def slow(n):
    await asyncio.sleep(n)
    return n * 2


def count_calls(f):
    def wrapper(*args):
        wrapper.calls += 1
        return f(*args)

    wrapper.calls = 0
    return wrapper


@count_calls
def add(a, b):
    return a + b


add(1, 2)
add(3, 4)
print(add.calls, add(5, 6), add.calls)


class Service:
    def log(f):
        def wrapper(self, *args):
            print("Service call", f.__name__, args)
            return f(self, *args)

        return wrapper

    @log
    def run(self, x):
        return x + 1

    @staticmethod
    @count_calls
    def helper():
        return "helped"


print(Service().run(41), Service.helper(), Service.helper.calls)
print(asyncio.run(slow(1.5)))
decorators = [shout, trace("list")]


@decorators[0]
def last():
    return "from a subscripted decorator"


print(last())
