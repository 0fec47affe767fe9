# match: builtin classes whose one positional sub-pattern is the subject itself (int, str, float, bool, list, tuple, dict, set), bool matching int(), and builtin classes without positional sub-patterns.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0 | 1 as n):
            return f"small int {n}"
        case int(n):
            return f"int {n}"
        case float(f) if f != f:
            return "nan"
        case float(f):
            return f"float {f}"
        case str("") :
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case list(l):
            return f"empty list {l}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case dict(d):
            return f"dict {d}"
        case set(s):
            return f"set of {len(s)}"
        case range():
            return "a range"
    return "other"


for v in [True, False, 0, 1, 7, 2.5, float("nan"), "", "hi", [3, 4], [], (1, 2), (1, 2, 3),
          {"k": 9}, {"j": 0}, {1, 2}, range(2), None]:
    print(repr(v), "->", kind(v))

match 5:
    case int(real=r, imag=i):
        print("int attributes", r, i)
