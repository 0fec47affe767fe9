# match: or-patterns binding the same names in different orders and depths, alternatives tried left to right, nested or-patterns, and or-patterns inside sequences and mappings.
def show(v):
    match v:
        case (x, 0) | (0, x):
            return f"on an axis at {x}"
        case [a, [b, c]] | [[b, c], a]:
            return f"a={a} b={b} c={c}"
        case {"id": i} | {"ident": i} | [("id", i)]:
            return f"id {i}"
        case ("red" | "green" | "blue") as colour:
            return f"colour {colour}"
        case [1 | 2, (3 | 4) as second, *_]:
            return f"second is {second}"
        case str() | list() if False:
            return "never"
    return "?"


for v in [(5, 0), (0, 6), (0, 0), [1, [2, 3]], [[2, 3], 1], {"id": 7}, {"ident": 8},
          [("id", 9)], "green", "pink", [2, 4, 9], [1, 5], (3, 3)]:
    print(repr(v), "->", show(v))


class Eq:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print(f"  Eq({self.n}) == {other}")
        return self.n == other


match Eq(3):
    case 1 | 2 | 3 | 4:
        print("matched after three comparisons")
