# A generic Stack[T] with TypeVar and Generic: it runs like any class, and its reprs name the parameters.
from typing import Generic, Iterator, Optional, TypeVar

T = TypeVar("T")
K = TypeVar("K", bound=str)
Num = TypeVar("Num", int, float)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None

    def __iter__(self) -> Iterator[T]:
        return reversed(self.items)


s: Stack[int] = Stack()
for i in range(3):
    s.push(i)
print(list(s), s.pop(), s.pop(), s.pop(), s.pop())
print(Stack[int], Stack[str]().items, Stack.__parameters__, T, K, Num, K.__bound__, Num.__constraints__)
print(T.__name__, type(Stack[int]()).__name__, isinstance(Stack[int](), Stack))


def first(xs: list[T]) -> T:
    return xs[0]


print(first([9, 8]), first("ab"), first.__annotations__)
try:
    isinstance(s, Stack[int])
except TypeError as e:
    print("TypeError:", e)
