# @dataclass generates __init__, __repr__ and __eq__ from annotated fields with defaults.
from dataclasses import dataclass


@dataclass
class Item:
    name: str
    price: float
    quantity: int = 1

    def total(self):
        return self.price * self.quantity


a = Item("pen", 1.5, 4)
b = Item("pen", 1.5, 4)
c = Item(name="ink", price=7.25)
print(a, c, repr(c))
print(a == b, a is b, a == c, a != c, a == ("pen", 1.5, 4))
print(a.total(), c.total(), c.quantity)
a.quantity = 10
print(a, a == b)
try:
    Item("only name")
except TypeError as e:
    print("TypeError:", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
print(Item.__init__.__qualname__, Item.__eq__ is not object.__eq__, Item.__hash__)
print(Item.__dataclass_params__.order, "quantity" in Item.__dict__, Item.quantity)
