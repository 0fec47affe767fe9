# match: a starred wildcard makes CPython index the subject instead of unpacking it ([first, *_, last]); the items are compared in order and the first mismatch stops the case.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print(f"  compare {self.name} == {other!r}")
        return self.name == other

    def __repr__(self):
        return f"Noisy({self.name!r})"


items = [Noisy("a"), Noisy("b"), Noisy("c"), Noisy("d")]
match items:
    case ["x", *_]:
        print("starts with x")
    case ["a", *_, "z"]:
        print("a to z")
    case ["a", "b", *_, "d"]:
        print("a, b ... d")

match items:
    case [*_, "c", last]:
        print("second to last is c, last", last)

match (1, 2, 3, 4, 5):
    case [1, *_, 4, 5]:
        print("ends 4, 5")
match [0]:
    case [_, *_]:
        print("at least one")
match []:
    case [_, *_]:
        print("never")
    case [*_]:
        print("any sequence")
