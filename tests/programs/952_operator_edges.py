# operator edge cases: slice(), getter reprs and argument errors, length_hint of builtin iterators, countOf/indexOf, in-place forms.
import operator
from operator import attrgetter, itemgetter, methodcaller
s = slice(2)
print(s, slice(1, 5), slice(1, 5, 2), [0, 1, 2, 3, 4, 5][slice(1, None, 2)], "abcdef"[slice(-2, None)])
print(repr(methodcaller("f", 1, key="v")), repr(itemgetter("a")), repr(attrgetter("x")))
for bad in (lambda: itemgetter(), lambda: attrgetter(), lambda: attrgetter(1), lambda: methodcaller(3),
            lambda: methodcaller(), lambda: operator.concat(1, 2), lambda: operator.indexOf([1, 2], 3),
            lambda: operator.length_hint([], "x"), lambda: operator.index("3"), lambda: operator.add(1, "a")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
it = iter(range(10))
next(it)
print(operator.length_hint(it), operator.length_hint(iter("abc")), operator.length_hint((x for x in []), 7),
      operator.length_hint({1: 2}), operator.length_hint(iter({1: 2, 3: 4})), operator.length_hint(5, 3))
print(operator.countOf("banana", "a"), operator.indexOf((3, 4), 4), operator.is_(1, 1), operator.truth(0.0))
print(operator.matmul.__name__, operator.invert(0), operator.inv(-1), operator.not_([]), operator.call(max, 3, 9))
t = (1,)
print(operator.iconcat(t, (2,)), t, operator.iand({1, 2}, {2}), operator.ior(1, 6), operator.ixor(5, 1))
print(operator.itruediv(7, 2), operator.ifloordiv(7, 2), operator.imod(7, 2), operator.ilshift(1, 3), operator.irshift(8, 1))
d = {"k": [1]}
print(itemgetter("k")(d) is d["k"], attrgetter("real", "imag")(5), methodcaller("count", "a")("banana"))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=itemgetter(1, 0)), type(itemgetter(0)).__name__, itemgetter.__module__)
print(operator.__add__(1, 2), operator.__getitem__("ab", 1), operator.__iadd__([1], [2]), operator.__not__(1))
