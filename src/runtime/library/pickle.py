# coroviz's `pickle`: the exceptions pickle raises. Values cross between coroviz's
# processes by pickle's rules (runtime/processes/pickle.rs); pickle's byte format itself
# is not modelled.


class PickleError(Exception):
    __module__ = '_pickle'


class PicklingError(PickleError):
    __module__ = '_pickle'


class UnpicklingError(PickleError):
    __module__ = '_pickle'
