# __copy__ and __deepcopy__ hooks decide what a copy shares; deepcopy's memo keeps shared objects shared.
import copy


class Document:
    def __init__(self, title, pages, cache):
        self.title, self.pages, self.cache = title, pages, cache

    def __copy__(self):
        print("custom __copy__")
        return Document(self.title + " (copy)", self.pages, {})

    def __deepcopy__(self, memo):
        print("custom __deepcopy__, memo has", len(memo), "entries")
        return Document(self.title, copy.deepcopy(self.pages, memo), self.cache)

    def __repr__(self):
        return f"Document({self.title!r}, {self.pages}, {self.cache})"


cache = {"rendered": True}
doc = Document("Notes", ["p1", "p2"], cache)
a = copy.copy(doc)
b = copy.deepcopy(doc)
doc.pages.append("p3")
print(a, b, sep="\n")
print(a.pages is doc.pages, b.pages is doc.pages, b.cache is cache)
shared = [0]
pair = [shared, shared]
twin = copy.deepcopy(pair)
print(twin[0] is twin[1], twin[0] is shared)


class Counter:
    def __init__(self):
        self.n = 0

    def __reduce__(self):
        print("reduce used")
        return (Counter, ())


print(type(copy.copy(Counter())).__name__)
