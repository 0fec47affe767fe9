# TypeError messages for bad calls.
def f(a, b, c=3, *, d, e=5):
    return (a, b, c, d, e)

def g(*args, **kwargs):
    return args, sorted(kwargs.items())

def h(a, /, b):
    return a, b

tests = [
    lambda: f(1, 2, d=4),
    lambda: f(1, d=4),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, 2, d=4, z=0),
    lambda: f(1, 2, a=1, d=4),
    lambda: f(),
    lambda: g(1, 2, x=3, *[4], **{"y": 5}),
    lambda: h(1, 2),
    lambda: h(1, b=2),
    lambda: h(a=1, b=2),
    lambda: g(**{"a": 1}, **{"a": 2}),
    lambda: f(*[1, 2], **{"d": 0, "c": 9}),
    lambda: len(),
    lambda: len([], []),
    lambda: int("x", 2, 3),
    lambda: (lambda: 0)(1),
    lambda: (lambda x: 0)(),
    lambda: (lambda *, k: k)(1),
    lambda: divmod(1),
    lambda: max(),
    lambda: min([]),
    lambda: sorted([1], key=1),
    lambda: "a".join([1]),
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except TypeError as e:
        print(i, "TypeError:", e)
    except ValueError as e:
        print(i, "ValueError:", e)
