# Compile-time SyntaxWarnings CPython prints to stderr before running: "is" with a literal, a parenthesised assert.
def check(x):
    if x is 1:
        return "one"
    if x is not "a":
        return "not a"
    return "a"


print(check(1), check("a"), check(2))
try:
    assert (check(2) == "x", "message")
    print("assert with a tuple never fails")
except AssertionError:
    print("unreachable")
