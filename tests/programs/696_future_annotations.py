# from __future__ import annotations keeps annotations as strings; get_type_hints turns them back into types.
from __future__ import annotations

import typing
from dataclasses import dataclass


@dataclass
class Node:
    value: int
    next: Node | None = None


def total(node: Node | None) -> int:
    return 0 if node is None else node.value + total(node.next)


chain = Node(1, Node(2, Node(3)))
print(total(chain), chain.next.next)
print(total.__annotations__, Node.__annotations__)
print(typing.get_type_hints(total), typing.get_type_hints(Node))
x: list[int] = [1]
print(__annotations__, x)


def forward(a: UndefinedName) -> "also undefined":
    return a


print(forward(5), forward.__annotations__)
