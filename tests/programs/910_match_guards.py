# match: guards run after the pattern binds, only when it matched, in case order; a false guard falls through to the next case with its names bound; the subject is evaluated once.
calls = []


def check(label, result):
    calls.append(label)
    print(f"  guard {label} -> {result}")
    return result


def subject():
    print("  evaluating the subject")
    return [3, 4]


match subject():
    case [a] if check("one item", True):
        print("never")
    case [a, b] if check("first", a > b):
        print("never")
    case [a, b] if check("second", a + b == 7):
        print("matched", a, b)
    case _ if check("default", True):
        print("never")
print(calls)

for n in range(5):
    match n:
        case x if x % 2 == 0:
            print(n, "even")
        case _ if n == 3:
            print(n, "three")
        case _:
            print(n, "odd")

match 10:
    case y if y > 100:
        pass
    case 10:
        print("y stayed bound from the failed guard:", y)
