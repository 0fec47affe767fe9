# Less common but plain methods and operators: istitle, set comparisons, dunder calls.
print("Ab Cd".istitle(), "ab".istitle(), "AB".istitle())
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1} > set())
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset([2]), {1}.isdisjoint({2}))
print("abc".__len__(), [1, 2].__getitem__(0), {"a": 1}.__contains__("a"))
