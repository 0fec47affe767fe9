"""locals(), globals(), vars() and dir() without arguments, in functions, closures, class bodies and the module."""
import asyncio

LIMIT = 3


def plain(a, b=2, *rest, **options):
    total = a + b
    print(sorted(locals()))
    print(locals()["total"], locals()["rest"], locals()["options"])
    print(dir())
    return total


def outer(x):
    hits = []

    def inner(y):
        hits.append(y)
        print("inner sees", sorted(locals()))
        return x + y

    print("outer before", list(locals()))
    inner(1)
    print("outer after", list(locals()), hits)
    return inner


class Shape:
    sides = 0
    print("class body", list(locals()))

    def area(self):
        return 0

    print("class body later", sorted(vars()))
    print("dir in class", dir())


class Square(Shape):
    def describe(self):
        super().area()
        names = sorted(locals())
        return names


async def worker(name, delay):
    started = asyncio.get_running_loop().time()
    await asyncio.sleep(delay)
    print(name, "locals after sleep:", sorted(locals()))
    return name


async def main():
    results = await asyncio.gather(worker("a", 0.1), worker("b", 0.05))
    print(results, sorted(k for k in locals()))


plain(1)
plain(1, 5, 6, 7, flag=True)
f = outer(10)
print(f(5))
print(Square().describe())
asyncio.run(main())

g = globals()
print([k for k in g if not k.startswith("__")])
print([k for k in g if k.startswith("__")])
print(g["LIMIT"], g["__name__"], g["__doc__"][:20], g["__spec__"], g["__package__"], g["__cached__"])
print(globals() is g, locals() is g, vars() is g)
later = "defined after the first globals() call"
print("later" in g, g.get("later"))
del later
print("later" in g)
print(type(g["__builtins__"]).__name__, g["__builtins__"].len is len, type(g["__loader__"]).__name__)
print("plain" in dir(), "Shape" in dir(), dir() == sorted(dir()))
for name in ("LIMIT", "missing"):
    print(name, name in globals(), globals().get(name, "absent"))


def counter():
    global LIMIT
    LIMIT += 1
    return globals()["LIMIT"]


print(counter(), counter(), g["LIMIT"])
