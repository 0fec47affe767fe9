# contextvars, written for coroviz to behave as CPython 3.11's: a Context maps ContextVars
# to values; exactly one context is current in each thread (the engine keeps it, and swaps
# it in for a task's steps and for each loop callback, as CPython's Task and Handle do);
# `ContextVar.set` changes the current context only, and `Context.copy` (what tasks,
# callbacks and `asyncio.to_thread` take when they are made) starts another that later
# sets do not reach. CPython keeps the mapping in an immutable tree; a dict copied on
# `copy()` behaves the same to a program.

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

from _coroviz import current_context as _current, enter_context as _enter


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


_MISSING = _Missing()


class Context:
    __module__ = 'contextvars'

    def __init__(self):
        self._vars = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(
                f'cannot enter context: {self!r} is already entered')
        outer = _enter(self)
        self._entered = True
        try:
            return callable(*args, **kwargs)
        finally:
            self._entered = False
            _enter(outer)

    def copy(self):
        twin = Context()
        twin._vars = dict(self._vars)
        return twin

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._vars[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._vars.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._vars

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(self._vars)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()


def copy_context():
    return _current().copy()


class ContextVar:
    __module__ = 'contextvars'

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *default):
        found = _current()._vars.get(self, _MISSING)
        if found is not _MISSING:
            return found
        if default:
            return default[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current()
        old = ctx._vars.get(self, _MISSING)
        ctx._vars[self] = value
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        token._used = True
        if token._old is _MISSING:
            ctx._vars.pop(self, None)
        else:
            ctx._vars[self] = token._old

    def __hash__(self):
        return id(self)

    def __repr__(self):
        shown = '' if self._default is _MISSING else f' default={self._default!r}'
        return f"<ContextVar name={self._name!r}{shown} at 0x{id(self):x}>"

    def __class_getitem__(cls, item):
        return cls


class Token:
    __module__ = 'contextvars'

    MISSING = _MISSING

    def __init__(self, ctx, var, old):
        self._ctx, self._var, self._old = ctx, var, old
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return f"<Token{used} var={self._var!r} at 0x{id(self):x}>"
