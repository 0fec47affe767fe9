# copy, written for coroviz after what CPython's Lib/copy.py does: the same dispatch
# (atomic values returned as they are, containers copied by type, then a class's
# __copy__/__deepcopy__, then its reduction), the same memo entries (a program may print
# len(memo) in a __deepcopy__) and the same reconstruction of instances: a new object of the
# class without calling __init__, its attribute dict shared (copy) or deep-copied (deepcopy).

from _copy import _is_plain_object, _new_instance, _payload


class Error(Exception):
    pass


error = Error


def _function():
    pass


_ATOMIC = (type(None), int, float, bool, str, bytes, range, slice, type, type(len),
           type(_function), type(...), type(NotImplemented), property)


def _special(cls, name):
    # The class's own method `name`, looked up in the class dicts along the MRO (not by
    # getattr, which would also find what CPython's builtin types define in C).
    for klass in cls.__mro__:
        found = klass.__dict__.get(name)
        if found is not None:
            return found
    return None


def _reduction(x):
    # What CPython's __reduce_ex__(4) gives: a class's own reduction if it has one, else
    # (new object of the class, no arguments, the instance dict or None).
    cls = type(x)
    reductor = _special(cls, '__reduce_ex__')
    if reductor is not None:
        return reductor(x, 4)
    reductor = _special(cls, '__reduce__')
    if reductor is not None:
        return reductor(x)
    if isinstance(x, BaseException):
        return (cls, x.args)
    getstate = _special(cls, '__getstate__')
    base = _payload(x)
    if getstate is not None:
        state = getstate(x)
    elif base is not None and not hasattr(x, '__dict__'):
        state = None
    else:
        attrs = vars(x)
        state = attrs if attrs else None
    # A subclass of a builtin type: copyreg's __newobj__ with the value's items.
    if isinstance(base, list):
        return (_new_instance, (cls,), state, iter(base))
    if isinstance(base, dict):
        return (_new_instance, (cls,), state, None, iter(base.items()))
    if isinstance(base, set):
        return (cls, (list(base),), state)
    if base is not None:
        getnewargs = _special(cls, '__getnewargs__')
        args = getnewargs(x) if getnewargs is not None else (base,)
        return (_newobj, (cls, *args), state)
    return (_new_instance, (cls,), state)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = _special(type(y), '__setstate__')
        if setstate is not None:
            setstate(y, state)
        else:
            vars(y).update(state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def _deque_type():
    from collections import deque
    return deque


def copy(x):
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset:
        return x
    if cls is bytearray:
        return bytearray(x)
    if cls is list or cls is dict or cls is set:
        return x.copy()
    if not _is_instance(x):
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    if cls is _deque_type():
        return x.copy()
    copier = _special(cls, '__copy__')
    if copier is not None:
        return copier(x)
    reduced = _reduction(x)
    # A string from __reduce_ex__ names a global: the object is its own copy.
    if isinstance(reduced, str):
        return x
    return _reconstruct(x, None, *reduced)


def _is_instance(x):
    # Objects of Python classes and exceptions; other builtin objects cannot be reduced.
    return isinstance(x, BaseException) or _is_plain_object(x)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    # Already copied during this deepcopy (a shared or a circular reference)?
    key = id(x)
    found = memo.get(key, _nil)
    if found is not _nil:
        return found
    cls = type(x)
    if cls in _ATOMIC:
        y = x
    elif cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[key] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is set or cls is frozenset:
        y = _reconstruct(x, memo, cls, (list(x),))
    elif cls is bytearray:
        y = bytearray(x)
    elif not _is_instance(x):
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    elif cls is _deque_type():
        y = _reconstruct(x, memo, cls, ((), x.maxlen), None, iter(x))
    else:
        copier = _special(cls, '__deepcopy__')
        if copier is not None:
            y = copier(x, memo)
        else:
            rv = _reduction(x)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # An object that is its own copy is not remembered.
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # A tuple is not memoised itself, but a recursive structure inside it may have put it
    # there meanwhile.
    d = id(x)
    if d in memo:
        return memo[d]
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _keep_alive(x, memo):
    # The memo holds every original it copied, so no id it uses is reused meanwhile.
    i = id(memo)
    if i in memo:
        memo[i].append(x)
    else:
        memo[i] = [x]
