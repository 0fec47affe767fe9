# random.Random: generators of their own beside the module's. Each instance keeps its own
# Mersenne Twister state and runs the module's functions on it (the module's state is put
# back afterwards), so an instance seeded with 99 gives what CPython's Random(99) gives.

import random as _module


class Random:
    __module__ = "random"

    def __init__(self, x=None):
        self._state = None
        self.seed(x)

    def _run(self, func, args, kwargs):
        outer = _module.getstate()
        if self._state is not None:
            _module.setstate(self._state)
        try:
            return func(*args, **kwargs)
        finally:
            self._state = _module.getstate()
            _module.setstate(outer)

    def seed(self, a=None, version=2):
        # An unseeded instance starts as coroviz's unseeded module does: from seed 0.
        self._run(_module.seed, (0 if a is None else a, version), {})

    def getstate(self):
        return self._state

    def setstate(self, state):
        self._run(_module.setstate, (state,), {})


def _delegate(name):
    func = getattr(_module, name)

    def method(self, *args, **kwargs):
        return self._run(func, args, kwargs)

    method.__name__ = name
    method.__qualname__ = "Random." + name
    return method


for _name in ["random", "randint", "randrange", "uniform", "choice", "shuffle", "sample",
              "choices", "getrandbits", "gauss", "normalvariate", "lognormvariate",
              "expovariate", "vonmisesvariate", "gammavariate", "betavariate",
              "paretovariate", "weibullvariate", "triangular"]:
    setattr(Random, _name, _delegate(_name))
