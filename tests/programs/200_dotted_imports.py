# Dotted imports bind the top package; `as` binds the submodule.
import collections.abc
import collections.abc as cabc
import functools, inspect
from collections import abc

print(collections.abc is cabc, abc is cabc, cabc.Iterable is collections.abc.Iterable)
print(isinstance([], collections.abc.Iterable), functools.partial(max, 1)(2), inspect.isclass(int))
print(collections.abc.__name__, type(functools).__name__)
