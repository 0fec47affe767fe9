# expect-exit: 2
# expect-stderr: 40_class_slots.py:7:5: error: unsupported: `__slots__` in a class (coroviz would not use it)
# expect-stderr: ^^^^^^^^^


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y
