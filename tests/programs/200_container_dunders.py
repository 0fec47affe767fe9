# Container dunders: __len__, __bool__, __contains__, __getitem__/__setitem__/__delitem__.


class Shelf:
    def __init__(self, *books):
        self.books = list(books)

    def __len__(self):
        return len(self.books)

    def __getitem__(self, i):
        print("  getitem", i)
        return self.books[i]

    def __setitem__(self, i, v):
        self.books[i] = v

    def __delitem__(self, i):
        del self.books[i]

    def __contains__(self, title):
        return any(title.lower() == b.lower() for b in self.books)


s = Shelf("Dune", "Emma", "Ulysses")
print(len(s), bool(s), "emma" in s, "Iliad" in s, "Iliad" not in s)
print(s[0], s[-1], s[0:2], s[::-1])
s[1] = "Beloved"
del s[0]
print(s.books, len(s))
empty = Shelf()
print(bool(empty), len(empty), "not empty" if empty else "empty")


class Seq:
    """Iterable through the old __getitem__ protocol only."""

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i


print(list(Seq()), 4 in Seq(), 5 in Seq(), [x for x in Seq()])
a, b, c = Seq()
print(a, b, c, sorted(Seq(), reverse=True))


class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("  __bool__", self.v)
        return self.v


print(Truthy(True) and "yes", Truthy(False) or "fallback", not Truthy(False))
print([t.v for t in [Truthy(True), Truthy(False)] if t])


class BadBool:
    def __bool__(self):
        return 1


class BadLen:
    def __len__(self):
        return -5


class Frozen:
    pass


for thunk in [lambda: bool(BadBool()), lambda: len(BadLen()), lambda: len(Frozen()),
              lambda: Frozen()[0], lambda: 1 in Frozen(), lambda: Frozen().__setitem__]:
    try:
        thunk()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    f = Frozen()
    f[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del Frozen()[0]
except TypeError as e:
    print("TypeError", e)


class Grid:
    def __getitem__(self, key):
        row, col = key
        return f"cell({row},{col})"


g = Grid()
print(g[1, 2], g[0, 0])
