# Annotations on functions are just stored: __annotations__, get_type_hints, and no checking at run time.
import typing
from typing import Callable, Optional


def greet(name: str, times: int = 1, shout: Optional[bool] = None) -> list[str]:
    return [name.upper() if shout else name] * times


Handler = Callable[[str], None]


def register(handler: Handler, *args: int, **kwargs: "str") -> None:
    handler("registered")


print(greet("ana", 2), greet("ben", times="x" == "y", shout=True))
print(greet.__annotations__)
print(typing.get_type_hints(greet))
print(register.__annotations__)
register(print)
print(greet(42, 1))
count: int = "not an int"
print(count, __annotations__)


class Config:
    debug: bool = False
    name: str
    retries: int = 3


print(Config.__annotations__, Config.debug, hasattr(Config, "name"))
