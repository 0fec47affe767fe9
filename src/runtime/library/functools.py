# coroviz's functools: the pieces written in Python. partial, reduce, wraps and
# update_wrapper are native (the _functools module); everything here is built on them and
# behaves as CPython 3.11's functools does for the programs learners write.

from _functools import partial, reduce, wraps, update_wrapper

_MISSING = object()


# ---- total_ordering -------------------------------------------------------------------
# From one ordering method and __eq__, the other three. Each derived method asks the root
# method first and passes NotImplemented on untouched, so mixed-type comparisons still fail
# with the usual TypeError.

def _derive(root, invert, with_eq):
    # The result is `root(a, b)` (or its negation when `invert`), combined with equality:
    # with_eq == "or": result or a == b; "and": result and a != b; None: result alone.
    def derived(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        if invert:
            r = not r
        if with_eq == "or":
            return r or self == other
        if with_eq == "and":
            return r and self != other
        return r
    return derived


_DERIVATIONS = {
    "__lt__": [("__gt__", True, "and"), ("__le__", False, "or"), ("__ge__", True, None)],
    "__le__": [("__ge__", True, "or"), ("__lt__", False, "and"), ("__gt__", True, None)],
    "__gt__": [("__lt__", True, "and"), ("__ge__", False, "or"), ("__le__", True, None)],
    "__ge__": [("__le__", True, "or"), ("__gt__", False, "and"), ("__lt__", True, None)],
}


def total_ordering(cls):
    defined = [op for op in _DERIVATIONS
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(defined)
    for name, invert, with_eq in _DERIVATIONS[root]:
        if name not in defined:
            method = _derive(root, invert, with_eq)
            method.__name__ = name
            setattr(cls, name, method)
    return cls


# ---- cmp_to_key -----------------------------------------------------------------------

def cmp_to_key(mycmp):
    class KeyWrapper(object):
        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return KeyWrapper


# ---- lru_cache and cache --------------------------------------------------------------

class _CacheInfo:
    # What cache_info() returns: prints and unpacks as CPython's named tuple does.
    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def __repr__(self):
        return (f"CacheInfo(hits={self.hits!r}, misses={self.misses!r}, "
                f"maxsize={self.maxsize!r}, currsize={self.currsize!r})")

    def _tuple(self):
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __iter__(self):
        return iter(self._tuple())

    def __getitem__(self, i):
        return self._tuple()[i]

    def __len__(self):
        return 4

    def __eq__(self, other):
        if isinstance(other, _CacheInfo):
            other = other._tuple()
        return self._tuple() == other

    def __hash__(self):
        return hash(self._tuple())


_CacheInfo.__name__ = "CacheInfo"
_CacheInfo.__qualname__ = "CacheInfo"

# Separates positional arguments from keyword arguments inside a cache key.
_KWD_MARK = object()


def _cache_key(args, kwds, typed):
    key = args
    if kwds:
        key = key + (_KWD_MARK,)
        for item in kwds.items():
            key = key + item
    if typed:
        key = key + tuple(type(a) for a in args)
        if kwds:
            key = key + tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


class _lru_cache_wrapper:
    def __init__(self, user_function, maxsize, typed):
        self.__wrapped__ = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0
        update_wrapper(self, user_function)

    def __call__(self, *args, **kwds):
        if self._maxsize == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = _cache_key(args, kwds, self._typed)
        cache = self._cache
        found = cache.get(key, _MISSING)
        if found is not _MISSING:
            self._hits += 1
            if self._maxsize is not None:
                # most recently used goes last
                del cache[key]
                cache[key] = found
            return found
        self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        if key in cache:
            # a recursive call filled it meanwhile
            return result
        if self._maxsize is not None and len(cache) >= self._maxsize:
            del cache[next(iter(cache))]
        cache[key] = result
        return result

    def cache_info(self):
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        self._cache.clear()
        self._hits = 0
        self._misses = 0

    def cache_parameters(self):
        return {"maxsize": self._maxsize, "typed": self._typed}

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return partial(self, obj)


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int) and not isinstance(maxsize, bool):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # used bare: @lru_cache
        return _lru_cache_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)

    return decorating_function


def cache(user_function):
    return lru_cache(maxsize=None)(user_function)


# ---- cached_property ------------------------------------------------------------------

class cached_property:
    # A method run once per instance, on first access; its result is kept in the
    # instance's __dict__ under the attribute's own name, where later lookups find it
    # before they reach this (non-data) descriptor.
    def __init__(self, func):
        self.func, self.attrname = func, None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        # One name per descriptor: the class attribute it was first assigned to.
        if self.attrname is not None and name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({self.attrname!r} and {name!r}).")
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self  # looked up on the class: the descriptor itself
        name = self.attrname
        if name is None:
            raise TypeError("Cannot use cached_property instance without calling "
                            "__set_name__ on it.")
        store = instance.__dict__
        value = store.get(name, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            store[name] = value
        return value


# ---- singledispatch -------------------------------------------------------------------

def _first_annotation(func):
    hints = getattr(func, "__annotations__", None) or {}
    for name, hint in hints.items():
        if name == "return":
            continue
        if not isinstance(hint, type):
            raise TypeError(
                f"Invalid annotation for {name!r}. {hint!r} is not a class.")
        return hint
    raise TypeError(
        f"Invalid first argument to `register()`: {func!r}. "
        "Use either `@register(some_class)` or plain `@register` on an annotated function.")


def singledispatch(func):
    registry = {}
    funcname = getattr(func, "__name__", "singledispatch function")

    def dispatch(cls):
        for base in cls.__mro__:
            impl = registry.get(base, _MISSING)
            if impl is not _MISSING:
                return impl
        return registry[object]

    def register(cls, func=None):
        # Three spellings: register(cls, func); @register(cls), which gives back a
        # decorator; and plain @register, on a function whose first parameter's
        # annotation names the class.
        if not isinstance(cls, type):
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. {cls!r} is not a class or "
                    "union type.")
            func, cls = cls, _first_annotation(cls)
        elif func is None:
            return lambda f: register(cls, f)
        registry[cls] = func
        return func

    def wrapper(*args, **kw):
        # The implementation is chosen by the class of the first positional argument.
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher, self.func = singledispatch(func), func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def dispatching(*args, **kwargs):
            # Dispatched on the first argument after self (or cls), then bound to obj.
            chosen = dispatcher.dispatch(args[0].__class__)
            return _bind(chosen, obj, cls)(*args, **kwargs)

        dispatching.register = self.register
        update_wrapper(dispatching, self.func)
        return dispatching


def _bind(func, obj, cls):
    # func as an attribute of obj: its __get__ where it has one, else obj as first argument.
    if hasattr(func, "__get__"):
        return func.__get__(obj, cls)
    return partial(func, obj)


# ---- partialmethod --------------------------------------------------------------------

class partialmethod:
    def __init__(self, func, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend(f"{k}={v!r}" for k, v in self.keywords.items())
        return f"functools.partialmethod({', '.join(parts)})"

    def __get__(self, obj, cls=None):
        if obj is None:
            return partial(self.func, *self.args, **self.keywords)
        return partial(_bind(self.func, obj, cls), *self.args, **self.keywords)
