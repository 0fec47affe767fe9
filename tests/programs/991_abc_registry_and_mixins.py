# abc and collections.abc: registration, structural checks, MutableSet/MutableSequence mixins, User* and ChainMap corners.
from abc import ABC, abstractmethod
from collections import ChainMap, UserDict, UserList, UserString, deque
from collections.abc import (Collection, Container, Hashable, ItemsView, Iterable, Iterator, KeysView, Mapping,
                             MutableMapping, MutableSequence, MutableSet, Reversible, Sequence, Set, Sized, ValuesView)


class Bag(MutableSet):
    def __init__(self, items=()):
        self.items = []
        for i in items:
            self.add(i)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)


b = Bag("abc")
b |= "cd"
b -= "a"
print(list(b), b.pop(), list(b), Bag("xy") == Bag("yx"), Bag("x") < Bag("xy"))
try:
    b.remove("zz")
except KeyError as e:
    print("KeyError:", e)


class Stack(MutableSequence):
    def __init__(self):
        self._items = []

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)


s = Stack()
s.extend([3, 1, 2])
s.append(9)
s.reverse()
s += [7]
print(list(s), s.pop(), s.pop(0), s.index(1), s.count(3), 2 in s, list(reversed(s)))
s.remove(1)
print(list(s), isinstance(s, Sequence), isinstance(s, Reversible))


class Sized3:
    def __len__(self):
        return 3


print(isinstance(Sized3(), Sized), issubclass(Sized3, Collection), isinstance(Sized3(), Container))
print(isinstance({}.items(), ItemsView), isinstance({}.values(), ValuesView), isinstance({}.keys(), Set))
print(isinstance(deque(), MutableSequence), isinstance("s", Reversible), isinstance((), Hashable))
print(isinstance(iter([]), Iterator), issubclass(dict, MutableMapping), issubclass(list, Mapping))


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...


class Legacy:
    def area(self):
        return 1


Shape.register(Legacy)
print(isinstance(Legacy(), Shape), issubclass(Legacy, Shape), issubclass(int, Shape), Shape.register(Legacy) is Legacy)
Sequence.register(Legacy)
print(isinstance(Legacy(), Sequence), isinstance(Legacy(), Iterable), issubclass(Legacy, Reversible), issubclass(Legacy, ABC))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    Shape.register(3)
except TypeError as e:
    print("TypeError:", e)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm, list(cm), cm.pop("a"), cm, cm.new_child(), bool(ChainMap()), cm.copy())
try:
    cm.popitem()
except KeyError as e:
    print("KeyError:", e)
u = UserDict(a=1)
u |= {"b": 2}
print(u, u.copy(), UserDict.fromkeys("xy", 0), u.get("zz", "-"), len(u), u == {"a": 1, "b": 2})
ul = UserList([3, 1, 2])
ul.sort()
print(ul, ul + [4], [0] + ul, ul * 2, ul == [1, 2, 3], ul[::-1], type(ul[:1]).__name__)
us = UserString("Hi there")
print(us.lower(), us.split(), "there" in us, us * 2, us.replace("Hi", "Bye"), us < "Hz", repr(us))
print(UserDict.__module__, ChainMap.__name__, Mapping.__module__)
