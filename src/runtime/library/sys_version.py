# `sys.version_info`: CPython's is a struct sequence (a tuple with named fields); coroviz's
# is not a tuple subclass but indexes, slices, iterates, compares and prints as one.


class version_info:
    __module__ = "sys"

    def __init__(self, major, minor, micro, releaselevel, serial):
        self._t = (major, minor, micro, releaselevel, serial)

    @property
    def major(self):
        return self._t[0]

    @property
    def minor(self):
        return self._t[1]

    @property
    def micro(self):
        return self._t[2]

    @property
    def releaselevel(self):
        return self._t[3]

    @property
    def serial(self):
        return self._t[4]

    def __repr__(self):
        return "sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)" % self._t

    def __len__(self):
        return 5

    def __getitem__(self, i):
        return self._t[i]

    def __iter__(self):
        return iter(self._t)

    def __contains__(self, x):
        return x in self._t

    def __hash__(self):
        return hash(self._t)

    def count(self, x):
        return self._t.count(x)

    def index(self, x):
        return self._t.index(x)

    def __eq__(self, other):
        return self._t == _tuple(other)

    def __ne__(self, other):
        return self._t != _tuple(other)

    def __lt__(self, other):
        return self._t < _tuple(other)

    def __le__(self, other):
        return self._t <= _tuple(other)

    def __gt__(self, other):
        return self._t > _tuple(other)

    def __ge__(self, other):
        return self._t >= _tuple(other)


def _tuple(other):
    if isinstance(other, _VersionInfo):
        return other._t
    return other


_VersionInfo = version_info
# As in CPython, the name is the instance's; its class keeps the same name.
version_info = _VersionInfo(3, 11, 7, "final", 0)
