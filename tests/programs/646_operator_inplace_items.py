# operator's item and in-place functions: getitem/setitem/delitem, iadd on lists (mutates) and on ints (returns).
import operator
from functools import reduce

stock = {"apples": 4, "pears": 0}
operator.setitem(stock, "figs", 12)
print(operator.getitem(stock, "figs"), stock)
operator.delitem(stock, "pears")
print(stock)
items = [1, 2]
same = operator.iadd(items, [3])
print(items, same is items)
n = 5
m = operator.iadd(n, 1)
print(n, m, operator.imul("ab", 3), operator.ipow(2, 10), operator.isub(10, 4))
vectors = ([1, 2, 3], [4, 5, 6])
print(sum(map(operator.mul, *vectors)), reduce(operator.add, map(operator.mul, *vectors)))
print(reduce(operator.or_, [{1}, {2}, {1, 3}]), reduce(operator.mul, range(1, 6)))
matrix = [[1, 2], [3, 4]]
operator.setitem(matrix[0], 1, 20)
print(matrix, operator.getitem(matrix, slice(None, None, -1)))
