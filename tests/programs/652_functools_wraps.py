# functools.wraps keeps the decorated function's name, docstring and __wrapped__; decorators with arguments.
import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"{func.__name__} returned {result!r}")
        return result
    return wrapper


def repeat(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate


def plain(func):
    def wrapper(*args):
        return func(*args)
    return wrapper


@logged
def area(w, h):
    """Area of a rectangle."""
    return w * h


@repeat(3)
def hello(name):
    return f"hi {name}"


@plain
def bare():
    """Lost docstring."""


area(3, 4)
print(area.__name__, area.__doc__, area.__wrapped__(2, 2), area.__qualname__)
print(hello("Al"), hello.__name__)
print(bare.__name__, bare.__doc__, bare.__qualname__)
print(area.__module__, sorted(k for k in area.__dict__))
