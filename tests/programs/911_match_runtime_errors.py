# match: the TypeErrors and ValueErrors CPython raises while matching (positional sub-patterns, __match_args__ checks, duplicate attributes and keys, a non-class in a class pattern), each caught and printed.
class NoArgs:
    pass


class ListArgs:
    __match_args__ = ["a"]
    a = 1


class IntArgs:
    __match_args__ = (1,)


class Short:
    __match_args__ = ("a",)
    a = 1


class Keys:
    A = "k"
    B = "k"


def attempt(label, f):
    try:
        f()
        print(label, "matched nothing")
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


def no_args():
    match NoArgs():
        case NoArgs(1):
            pass


def list_args():
    match ListArgs():
        case ListArgs(1):
            pass


def int_args():
    match IntArgs():
        case IntArgs(_):
            pass


def too_many():
    match Short():
        case Short(1, 2):
            pass


def duplicate_attr():
    match Short():
        case Short(1, a=1):
            pass


def builtin_two():
    match 5:
        case int(5, 6):
            pass


def not_a_class():
    match 5:
        case print():
            pass


def duplicate_key():
    match {"k": 1}:
        case {Keys.A: 1, Keys.B: 1}:
            pass


def unhashable_key():
    class Holder:
        KEY = []

    match {"k": 1}:
        case {Holder.KEY: 1}:
            pass


def not_a_class_no_instance():
    match "text":
        case NoArgs():
            pass


for label, f in [("no __match_args__", no_args), ("list __match_args__", list_args),
                 ("int in __match_args__", int_args), ("too many", too_many),
                 ("duplicate attribute", duplicate_attr), ("int() with two", builtin_two),
                 ("print()", not_a_class), ("duplicate key", duplicate_key),
                 ("unhashable key", unhashable_key), ("other class", not_a_class_no_instance)]:
    attempt(label, f)
