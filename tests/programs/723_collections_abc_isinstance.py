# collections.abc checks on builtin types: Mapping, Sequence, Set, Hashable, Reversible, Collection and their Mutable forms.
from collections import OrderedDict, deque
from collections.abc import (Callable, Collection, Hashable, Iterable, Mapping, MutableMapping, MutableSequence,
                             MutableSet, Reversible, Sequence, Set, Sized)

samples = {"list": [1], "tuple": (1,), "str": "s", "bytes": b"b", "range": range(2), "dict": {},
           "OrderedDict": OrderedDict(), "set": set(), "frozenset": frozenset(), "deque": deque(),
           "dict_keys": {}.keys(), "int": 1, "func": len}
abcs = [Iterable, Sized, Collection, Reversible, Sequence, MutableSequence, Mapping, MutableMapping, Set,
        MutableSet, Hashable, Callable]
print(f"{'':12}" + " ".join(f"{a.__name__[:6]:>6}" for a in abcs))
for name, value in samples.items():
    print(f"{name:12}" + " ".join(f"{'x' if isinstance(value, a) else '.':>6}" for a in abcs))
print(issubclass(list, Sequence), issubclass(str, MutableSequence), issubclass(dict, Hashable))
print(Mapping.__abstractmethods__ == frozenset({"__getitem__", "__iter__", "__len__"}))
print(sorted(MutableSequence.__abstractmethods__))
