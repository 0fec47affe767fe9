# Subclassing collections.abc.Mapping: three methods give keys/items/values/get/__contains__/__eq__ for free.
from collections.abc import Mapping


class Environment(Mapping):
    """A read-only view of variables, case-insensitive."""

    def __init__(self, **values):
        self._data = {k.lower(): v for k, v in values.items()}

    def __getitem__(self, key):
        return self._data[key.lower()]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


env = Environment(HOME="/home/ana", Shell="bash")
print(env["home"], env["SHELL"], len(env), list(env))
print(list(env.keys()), list(env.items()), list(env.values()))
print(env.get("PATH", "unset"), "Home" in env, "path" in env)
print(env == {"home": "/home/ana", "shell": "bash"}, env != {}, dict(env))
print(type(env.keys()).__name__, isinstance(env, Mapping), isinstance(env, dict))
try:
    env["x"] = 1
except TypeError as e:
    print("TypeError:", e)


class Incomplete(Mapping):
    def __getitem__(self, key):
        return key


try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
