# operator's functions for the operators: a tiny calculator table, methodcaller, truth/neg/index, and reprs.
import operator
from operator import methodcaller

ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "//": operator.floordiv, "%": operator.mod, "**": operator.pow}
for symbol, fn in ops.items():
    print(f"7 {symbol} 2 = {fn(7, 2)}")
print(operator.neg(5), operator.pos(-5), operator.abs(-3.5), operator.invert(5), operator.not_(0), operator.truth([]))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1.0), operator.ge(1, 2), operator.gt(3, 2))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 4), operator.rshift(256, 3))
print(operator.concat([1], [2]), operator.contains("team", "i"), operator.is_(None, None), operator.is_not(1, None))
print(operator.index(7), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.length_hint(iter([1, 2])))
upper = methodcaller("upper")
split_comma = methodcaller("split", ",", 1)
print(upper("shout"), split_comma("a,b,c"), repr(split_comma), repr(methodcaller("pop")))
print(list(map(methodcaller("strip", "*"), ["*a*", "**b"])))
print(operator.add.__name__, operator.__name__)
try:
    operator.index(2.5)
except TypeError as e:
    print("TypeError:", e)
