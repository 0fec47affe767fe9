# Extended slice assignment and deletion on lists.
a = list(range(8))
a[::2] = "abcd"
print(a)
a[1::3] = [None, None, None]
print(a)
del a[::3]
print(a)
a[::-1] = range(len(a))
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
b = [1, 2, 3]
b[1:1] = [9, 9]
b[-1:] = []
print(b)
