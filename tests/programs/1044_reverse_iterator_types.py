"""type() of builtin iterators: reversed() of lists, tuples, strings, ranges and dict views, each its own class; reversed ranges count down."""
objs = [reversed([]), reversed(()), reversed("ab"), reversed(range(3)), reversed({}), reversed({}.keys()), reversed({}.values()), reversed({}.items())]
print([type(o).__name__ for o in objs])
for r in [range(0), range(5), range(1, 10, 3), range(10, 0, -2), range(-5, 5, 4), range(3, 3)]:
    print(list(reversed(r)))
import operator
print(operator.length_hint(reversed(range(7))))
