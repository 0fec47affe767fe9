# match: the order CPython evaluates things while matching: isinstance before __match_args__, attributes in sub-pattern order, a nested failure stops later reads.
class Spy:
    __match_args__ = ("first", "second")

    def __init__(self, name):
        self.name = name

    def __getattr__(self, attr):
        print(f"  {self.name}.{attr}")
        if attr == "missing":
            raise AttributeError(attr)
        return len(attr)


print("positional then keyword:")
match Spy("s"):
    case Spy(5, 6, third=5):
        print("matched")

print("a failing sub-pattern stops:")
match Spy("t"):
    case Spy(0, 6):
        print("never")
    case Spy(first=5, missing=1):
        print("never")
    case Spy(second=6):
        print("second is 6")

print("nested:")
match [Spy("u"), Spy("v")]:
    case [Spy(first=1), Spy(first=5)]:
        print("never")
    case [Spy(first=5), Spy(second=6)]:
        print("both")

print("or inside:")
match Spy("w"):
    case Spy(first=1 | 2 | 5 as f):
        print("f =", f)
