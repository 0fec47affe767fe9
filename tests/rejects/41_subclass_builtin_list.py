# expect-exit: 2
# expect-stderr: 41_subclass_builtin_list.py:6:13: error: unsupported: subclassing the builtin type `list`
# expect-stderr: ^^^^


class Stack(list):
    def push(self, x):
        self.append(x)
