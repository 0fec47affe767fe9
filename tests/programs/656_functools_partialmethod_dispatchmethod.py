# partialmethod and singledispatchmethod: methods built from other methods and dispatched on the argument's type.
from functools import partialmethod, singledispatchmethod


class Light:
    def __init__(self):
        self.state = "off"

    def set_state(self, state):
        self.state = state
        return self

    on = partialmethod(set_state, "on")
    off = partialmethod(set_state, "off")


class Formatter:
    @singledispatchmethod
    def fmt(self, value):
        return f"<{value}>"

    @fmt.register
    def _(self, value: int):
        return f"int {value:05d}"

    @fmt.register
    def _(self, value: float):
        return f"float {value:.2f}"

    @fmt.register
    def _(self, value: list):
        return "[" + ", ".join(self.fmt(v) for v in value) + "]"


light = Light()
print(light.on().state, light.off().state, light.on().state)
f = Formatter()
print(f.fmt(42), f.fmt(3.14159), f.fmt("x"), f.fmt([1, 2.5, None]))
