# __annotations__ of functions (CPython's order: positional, positional-only, *args, keyword-only, **kwargs, return), classes and the module.
def f(a: int, /, b: "str" = 1, *args: float, c: bool, **kw: dict) -> list:
    x: int = 5
    return x


def g(a, b):
    pass


class K:
    """doc"""
    x: int = 1
    y: "K"
    if True:
        z: float


y: int = 2
obj = K()
obj.attr: int = 3
print(f.__annotations__, g.__annotations__, f(1, c=True))
print(K.__annotations__, list(K.__dict__)[:4], hasattr(K, "y"))
print(__annotations__, obj.attr)
g.__annotations__["a"] = str
print(g.__annotations__)
