# expect-exit: 2
# expect-stderr: 39_class_metaclass.py:9: coroviz does not model a metaclass that is not a class (here a `function`) yet
# CPython accepts any callable as a metaclass; coroviz runs class metaclasses only, and says
# so where the class statement runs rather than raising an error CPython would not.
def registry(name, bases, namespace):
    return type(name, bases, namespace)


class Plugin(metaclass=registry):
    pass
