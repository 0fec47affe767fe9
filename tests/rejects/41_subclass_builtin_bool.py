# expect-exit: 2
# expect-stderr: 41_subclass_builtin_bool.py:6:13: error: unsupported: subclassing the builtin type `bool`
# expect-stderr: ^^^^


class Truth(bool):
    def flip(self):
        return not self
