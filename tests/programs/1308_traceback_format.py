# traceback.format_exc/format_exception/print_exc text: frames, source lines, 3.11's caret lines (^^^ under calls, ~~^~~ under operators, ~^^^ under subscripts), chains.
import io
import traceback


def show(text):
    print(text.replace(__file__, "FILE"), end="")


def divide(a, b):
    return a / b


def lookup(table, key):
    return table[key] + 1


class Box:
    def __init__(self):
        self.items = {"x": [1, 2]}

    def get(self, name):
        return self.items[name][5]


def nested():
    try:
        divide(1, 0)
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e


cases = [
    lambda: divide(1, 0),
    lambda: lookup({"a": 1}, "b"),
    lambda: lookup({"a": None}, "a"),
    lambda: Box().get("x"),
    lambda: Box().missing,
    lambda: undefined_name + 1,
    nested,
    lambda: int("nope"),
    lambda: [].pop(),
]
for case in cases:
    try:
        case()
    except Exception:
        show(traceback.format_exc())
        print("-" * 20)

try:
    total = (1 +
             2) * divide(
        3, 0)
except ZeroDivisionError:
    show(traceback.format_exc())

try:
    x = {"k": [0]}
    x["k"][0] = x["k"][1]
except IndexError as e:
    parts = traceback.format_exception(e)
    print(len(parts), [p.count("\n") for p in parts])
    show("".join(parts))
    print(traceback.format_exception_only(e), traceback.format_exception_only(type(e), e))
    show("".join(traceback.format_exception(type(e), e, e.__traceback__)))

try:
    try:
        {}["a"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    show("".join(traceback.format_exception(e)))
    buf = io.StringIO()
    traceback.print_exception(e, file=buf)
    show(buf.getvalue())

try:
    raise TypeError("plain raise")
except TypeError:
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    show(buf.getvalue())
print(repr(traceback.format_exc()))
