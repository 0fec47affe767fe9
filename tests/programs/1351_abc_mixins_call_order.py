# collections.abc mixins and User* wrappers: which methods of a subclass they call, in what order,
# and what they return or raise (sets, mappings, sequences, generators, ChainMap, UserString).
from collections import ChainMap, UserDict, UserList, UserString
from collections.abc import (Generator, Mapping, MutableMapping, MutableSequence, MutableSet,
                             Sequence, Set, Coroutine, Iterable, Sized)

calls = []


class LoudSet(MutableSet):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            if x not in self.items:
                self.items.append(x)

    def __contains__(self, x):
        calls.append(("in", x))
        return x in self.items

    def __iter__(self):
        calls.append("iter")
        return iter(list(self.items))

    def __len__(self):
        calls.append("len")
        return len(self.items)

    def add(self, x):
        calls.append(("add", x))
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        calls.append(("discard", x))
        if x in self.items:
            self.items.remove(x)

    def __repr__(self):
        return f"LoudSet({self.items})"


a, b = LoudSet([1, 2, 3]), LoudSet([2, 3, 4])
for label, thunk in [("le", lambda: a <= b), ("lt", lambda: a < b), ("ge", lambda: a >= b),
                     ("gt", lambda: a > b), ("eq", lambda: a == b), ("and", lambda: a & b),
                     ("or", lambda: a | b), ("sub", lambda: a - b), ("rsub", lambda: [9, 2] - a),
                     ("xor", lambda: a ^ [3, 7]), ("rand", lambda: {1, 5} & a),
                     ("disjoint", lambda: a.isdisjoint([7, 8])), ("eq-list", lambda: a == [1, 2, 3])]:
    calls.clear()
    try:
        result = thunk()
    except TypeError as e:
        result = f"TypeError: {e}"
    print(label, result, calls)
print(Set.__rand__ is Set.__and__, Set.__ror__ is Set.__or__, Set.__hash__)
c = LoudSet([1, 2, 3, 4])
calls.clear()
c -= [1]
c |= [5]
c &= [2, 3, 5, 6]
c ^= [3, 9]
print(c, calls)
calls.clear()
print(c.pop(), c.remove(5) if 5 in c else None, c)
c.clear()
for label, action in (("remove missing", lambda: c.remove(42)), ("pop empty", c.pop)):
    try:
        action()
    except KeyError as e:
        print(label, repr(e), e.__suppress_context__)
c ^= c
print(c)


class Store(MutableMapping):
    def __init__(self, **kw):
        self.d = dict(kw)

    def __getitem__(self, k):
        calls.append(("get", k))
        return self.d[k]

    def __setitem__(self, k, v):
        calls.append(("set", k, v))
        self.d[k] = v

    def __delitem__(self, k):
        calls.append(("del", k))
        del self.d[k]

    def __iter__(self):
        return iter(list(self.d))

    def __len__(self):
        return len(self.d)


s = Store(x=1, y=2)
calls.clear()
print(s.get("x"), s.get("q", 0), "x" in s, "q" in s, s.pop("x"), s.pop("q", "dflt"), calls)
calls.clear()
s.update({"a": 1}, b=2)
s.update([("c", 3)])


class KeysOnly:
    def keys(self):
        return ["k"]

    def __getitem__(self, k):
        return k.upper()


s.update(KeysOnly())
print(calls, s.setdefault("y", 9), s.setdefault("z", 26))
print(sorted(s.keys()), ("a", 1) in s.items(), ("a", 2) in s.items(), 2 in s.values(),
      s.keys() & {"a", "zz"}, s == dict(s.items()), s.popitem())
try:
    s.pop("nope")
except KeyError as e:
    print("pop", repr(e))
s.clear()
try:
    s.popitem()
except KeyError as e:
    print("popitem empty", repr(e), e.__suppress_context__)
print(repr(s.keys())[:9], len(s.items()))


class Bad(Store):
    def __setitem__(self, k, v):
        raise ValueError("no writes")


try:
    Bad().setdefault("k")
except ValueError as e:
    print("setdefault context", repr(e.__context__))


class Seq(MutableSequence):
    def __init__(self, *xs):
        self.xs = list(xs)

    def __getitem__(self, i):
        calls.append(("getitem", i))
        return self.xs[i]

    def __len__(self):
        return len(self.xs)

    def __setitem__(self, i, v):
        self.xs[i] = v

    def __delitem__(self, i):
        del self.xs[i]

    def insert(self, i, v):
        self.xs.insert(i, v)


q = Seq(1, 2, 3, 2)
calls.clear()
print(list(q), 3 in q, q.index(2, -2), q.count(2), list(reversed(q)), calls[:6])
try:
    q.index(2, 0, 1)
except ValueError as e:
    print("index", repr(e))
q.extend(q)
q.reverse()
q += [7]
q.append(8)
q.remove(1)
print(q.xs, q.pop(), q.pop(0))
q.clear()
print(q.xs)


class Gen(Generator):
    def send(self, v):
        raise StopIteration

    def throw(self, *a):
        return super().throw(*a)


g = Gen()
print(list(g))
g.close()
try:
    g.throw(KeyError, KeyError("t"))
except KeyError as e:
    print("thrown", repr(e))


class Stubborn(Generator):
    def send(self, v):
        return 1

    def throw(self, *a):
        return 1


class Coro(Coroutine):
    def __await__(self):
        yield

    def send(self, v):
        return v

    def throw(self, *a):
        return 0


for ignorer in (Stubborn(), Coro()):
    try:
        ignorer.close()
    except RuntimeError as e:
        print(e)
for cls in (Set, MutableSet, Mapping, MutableMapping, Sequence, MutableSequence, Generator):
    try:
        cls()
    except TypeError as e:
        print(e)
print(isinstance([], Sequence), isinstance({}, Mapping), issubclass(Seq, Iterable),
      isinstance(3, Sized), [k.__name__ for k in MutableSet.__mro__])

cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm, len(cm), list(cm), cm["b"], cm.get("c", 0), "b" in cm, bool(ChainMap()))
child = cm.new_child({"c": 4})
print(child, child.parents, cm.copy(), ChainMap.fromkeys("xy", 0))
child["a"] = 9
del child["a"]
try:
    del child["b"]
except KeyError as e:
    print(e)
try:
    ChainMap().popitem()
except KeyError as e:
    print(e)
try:
    cm.pop("zz")
except KeyError as e:
    print(e)
print(cm | {"z": 0}, {"q": 1, "a": 0} | cm, cm.pop("a"), cm)
cm |= {"n": 1}
print(cm)

ud = UserDict({"a": 1}, b=2)
print(ud, ud | {"c": 3}, {"c": 3} | ud, ud.copy(), UserDict.fromkeys("ab"), ud.get("zz", 5))
ud |= UserDict(d=4)
print(ud, len(ud), "d" in ud)


ul = UserList([3, 1, 2])
print(ul + [4], [0] + ul, ul + (5,), ul * 2, ul[1:], type(ul[1:]).__name__, ul[0], ul == [3, 1, 2],
      ul < UserList([4]), UserList(ul), UserList((1, 2)))
ul += UserList([9])
ul.extend(UserList([8]))
ul.sort()
print(ul, ul.copy(), ul.index(3), ul.count(9))
us = UserString("Hello")
print(us + "!", "<" + us, us * 2, us[1:3], us.upper(), us.count("l"), us.find(UserString("l")),
      "ell" in us, UserString("x") in us, us.replace("l", "L", 1), us.split("l"), us.center(9, "*"),
      us == "Hello", us < "Z", us.zfill(8))
