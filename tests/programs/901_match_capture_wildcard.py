# match: capture and wildcard patterns, `as`, parenthesised groups; what stays bound after a case fails (nothing) or its guard fails (its captures), and the last case's capture.
def show(v):
    match v:
        case (1 | 2) as small:
            print("small", small)
        case [x, (y)] as pair:
            print("pair", x, y, pair)
        case [_, _, _]:
            print("three of something")
        case whatever:
            print("anything else", whatever)


for v in [1, 2, [3, 4], (5, 6, 7), "x", [8]]:
    show(v)

def leftovers():
    match [1, 2]:
        case [a, 3]:
            pass
        case [b, c] if b > 1:
            pass
        case _:
            print("default")
    try:
        print(a)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    print("b, c =", b, c)


leftovers()

match 42:
    case _:
        print("wildcard alone")
match 42:
    case n:
        print("capture alone", n)
print("n after match:", n)
