# match: literal patterns (ints, negatives, floats, strings, implicit concatenation) and the singletons None/True/False, compared with == and `is` as CPython does (True matches `case 1`, 1.0 matches `case 1`).
def kind(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1:
            return "one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus a half"
        case "spam" "eggs":
            return "spameggs"
        case "":
            return "empty string"
        case None:
            return "None"
        case False:
            return "False"
        case True:
            return "True"
    return "no match"


for v in [0, -1, 1, 1.0, True, False, 2.5, -0.5, "spameggs", "", None, 0.0, -0.0, "spam", 3, [], 10**20]:
    print(repr(v), "->", kind(v))

# False == 0, so `case 0` catches it first; `case False` only sees what `is` False.
match False:
    case False:
        print("False is False")
match 0:
    case False:
        print("never")
    case _:
        print("0 is not False")
