# expect-exit: 2
# expect-stderr: 43_dunder_not_modelled.py:9:9: error: unsupported: `__index__` in a class (coroviz would not use it)
# expect-stderr: ^^^^^^^^^


class Slot:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n


print(list(range(Slot(3))))
