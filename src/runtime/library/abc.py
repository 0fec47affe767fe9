# abc, written for coroviz: abstractmethod and ABC (with register). What ABCMeta does for
# them is done by the VM (runtime/objects/abstract.rs: the TypeError for a class with
# abstract methods left; runtime/stdlib/inspect.rs: isinstance through the registry).
# A class takes part through `_abc_impl`, which ABC carries as ABCMeta gives it to each
# class it makes.

__all__ = ['abstractmethod', 'ABC']


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _register(cls, subclass):
    if not isinstance(subclass, type):
        raise TypeError("Can only register classes")
    if issubclass(subclass, cls):
        return subclass
    if issubclass(cls, subclass):
        raise RuntimeError("Refusing to create an inheritance cycle")
    # CPython's checks also look in the registries of an ABC's subclasses; keeping the
    # class in the registry of every ABC above `cls` (ABC itself too) gives the same answers.
    for abc in cls.__mro__:
        if hasattr(abc, '_abc_impl'):
            if '_abc_registry' not in vars(abc):
                abc._abc_registry = []
            abc._abc_registry.append(subclass)
    return subclass


class ABC:
    _abc_impl = True
    register = classmethod(_register)
