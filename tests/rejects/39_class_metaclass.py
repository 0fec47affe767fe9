# expect-exit: 2
# expect-stderr: 39_class_metaclass.py:10:14: error: unsupported: class keyword arguments (`metaclass=` and the like)
# expect-stderr: ^^^^^^^^^^^^^^^^^^


def registry(name, bases, namespace):
    return type(name, bases, namespace)


class Plugin(metaclass=registry):
    pass
