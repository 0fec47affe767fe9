# __post_init__ computes derived fields; field(init=False) and InitVar for values used only while constructing.
from dataclasses import InitVar, dataclass, field


@dataclass
class Rectangle:
    width: float
    height: float
    area: float = field(init=False)

    def __post_init__(self):
        if self.width < 0 or self.height < 0:
            raise ValueError("sides must be non-negative")
        self.area = self.width * self.height


@dataclass
class User:
    name: str
    password: InitVar[str]
    password_length: int = field(init=False, default=0)

    def __post_init__(self, password):
        self.password_length = len(password)
        self.name = self.name.strip().title()


print(Rectangle(3, 4), Rectangle(2.5, 2))
try:
    Rectangle(-1, 2)
except ValueError as e:
    print("ValueError:", e)
u = User("  ada lovelace ", "s3cret!")
print(u, hasattr(u, "password"))
try:
    Rectangle(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
