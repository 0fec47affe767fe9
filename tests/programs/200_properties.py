# Properties: @property with setter and deleter, property() calls, read-only attributes.


class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        """The temperature in degrees Celsius."""
        print("  get celsius")
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("  set celsius", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("  delete celsius")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature(20)
print(t.celsius, t.fahrenheit)
t.celsius = 25
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 0
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius).__name__, isinstance(Temperature.fahrenheit, property))
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)


class Account:
    def __init__(self):
        self._balance = 0

    def get_balance(self):
        return self._balance

    def set_balance(self, v):
        self._balance = max(0, v)

    balance = property(get_balance, set_balance, doc="money")


acc = Account()
acc.balance = 50
acc.balance -= 80
print(acc.balance, Account.balance.fget(acc), Account.balance.__doc__)
acc.__dict__["balance"] = "shadow?"
print(acc.balance, acc.__dict__)


class Lazy:
    def __init__(self):
        self.computed = 0

    @property
    def value(self):
        self.computed += 1
        return 42


lz = Lazy()
print(lz.value, lz.value, lz.computed, getattr(lz, "value"), hasattr(lz, "value"))


class Child(Temperature):
    @property
    def celsius(self):
        return "overridden"


print(Child(1).celsius)
