# itertools.chain and chain.from_iterable: joining lists, flattening one level, lazily.
from itertools import chain

fruits = ["apple", "pear"]
veg = ("leek",)
print(list(chain(fruits, veg, "xy")))
print(list(chain()), list(chain([], [], [0])))
nested = [[1, 2], [3], [], [4, 5, 6]]
print(list(chain.from_iterable(nested)))
print(sum(chain.from_iterable(nested)), sorted(chain(*nested), reverse=True))


def source(name, n):
    print("opening", name)
    for i in range(n):
        yield f"{name}{i}"


lazy = chain(source("a", 2), source("b", 1))
print("nothing opened yet")
for item in lazy:
    print("got", item)
words = chain.from_iterable(line.split() for line in ["to be", "or not", "to be"])
print(list(words))
print(dict(chain({"a": 1}.items(), {"b": 2}.items())))
it = chain([1], [2])
print(next(it), next(it), next(it, "done"))
