# An order's life cycle as an Enum with allowed transitions; illegal moves raise with a clear message.
from enum import Enum, auto


class State(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()


ALLOWED = {
    State.NEW: {State.PAID, State.CANCELLED},
    State.PAID: {State.SHIPPED, State.CANCELLED},
    State.SHIPPED: {State.DELIVERED},
}


class Order:
    def __init__(self, number):
        self.number, self.state = number, State.NEW

    def move(self, new):
        if new not in ALLOWED.get(self.state, set()):
            raise ValueError(f"order {self.number}: cannot go from {self.state.name} to {new.name}")
        print(f"order {self.number}: {self.state.name} -> {new.name}")
        self.state = new


o = Order(7)
for step in (State.PAID, State.SHIPPED, State.DELIVERED, State.CANCELLED):
    try:
        o.move(step)
    except ValueError as e:
        print("ValueError:", e)
print(o.state, o.state.value, sorted(s.name for s in ALLOWED[State.NEW]))
