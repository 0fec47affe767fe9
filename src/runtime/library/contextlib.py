# contextlib for coroviz. It reproduces what CPython 3.11 offers (class names, which show in
# reprs and errors; the order in which managed objects are called; the RuntimeErrors for
# badly behaved generators) but is organised around three shared pieces: a verdict on what
# came out of a generator that had an exception thrown into it, a record of one ExitStack
# unwinding, and one way of turning callables into exit callbacks.

__all__ = ['contextmanager', 'asynccontextmanager', 'suppress', 'ExitStack',
           'AsyncExitStack', 'closing', 'aclosing', 'nullcontext', 'redirect_stdout',
           'redirect_stderr', 'ContextDecorator', 'AsyncContextDecorator',
           'AbstractContextManager', 'AbstractAsyncContextManager']


def _copy_identity(wrapper, func):
    # What functools.wraps copies, done by hand so that contextlib needs nothing else.
    for name in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            value = getattr(func, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    wrapper.__wrapped__ = func
    return wrapper


def _class_attr(klass, name):
    # Special methods are found on the type, never on the instance: walk the MRO's dicts.
    for base in klass.__mro__:
        if name in vars(base):
            return vars(base)[name]
    return None


def _structural_hook(cls, owner, candidate, needed):
    # The abstract managers accept, without registration, any class with both methods
    # present (an explicit None opts out); their subclasses keep ordinary inheritance.
    if cls is not owner:
        return NotImplemented
    for name in needed:
        found = False
        for base in candidate.__mro__:
            if name in vars(base):
                found = vars(base)[name] is not None
                break
        if not found:
            return NotImplemented
    return True


# What next() gives back for a generator that has stopped (never anything it yields).
_NOTHING = object()


class AbstractContextManager:
    @classmethod
    def __subclasshook__(cls, C):
        return _structural_hook(cls, AbstractContextManager, C, ('__enter__', '__exit__'))

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class AbstractAsyncContextManager:
    @classmethod
    def __subclasshook__(cls, C):
        return _structural_hook(cls, AbstractAsyncContextManager, C,
                                ('__aenter__', '__aexit__'))

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    # As a decorator, the manager brackets every call of the function.

    def _recreate_cm(self):
        # Reusable managers serve each call themselves; one-shot ones override this.
        return self

    def __call__(self, func):
        def bracketed(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return _copy_identity(bracketed, func)


class AsyncContextDecorator:
    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def bracketed(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return _copy_identity(bracketed, func)


def _thrown_instance(typ, value):
    # A with statement may hand over only the type; the generator needs an instance, and we
    # need to know that instance to recognise it if it comes back out.
    return typ() if value is None else value


def _throw_verdict(sent, out, tb, finished_type, converted_types):
    # `out` came out of gen.throw(sent). True: the generator dealt with it (swallow),
    # False: let the with statement re-raise `sent`, None: `out` is a new error to propagate.
    if isinstance(out, finished_type):
        # The generator returned. That swallows the exception, except when what we threw
        # was that very stop signal.
        return out is not sent
    if out is sent:
        out.__traceback__ = tb
        return False
    if isinstance(out, RuntimeError) and isinstance(sent, converted_types) \
            and out.__cause__ is sent:
        # PEP 479: a StopIteration thrown into a generator surfaces as a RuntimeError
        # caused by it; that is still "our" exception passing through.
        sent.__traceback__ = tb
        return False
    return None


class _GeneratorContextManagerBase:
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        # Kept for _recreate_cm until the manager is entered.
        self.func = func
        self.args = args
        self.kwds = kwds
        # help() on the manager should describe the decorated function.
        own_doc = getattr(func, '__doc__', None)
        self.__doc__ = type(self).__doc__ if own_doc is None else own_doc

    def _recreate_cm(self):
        # A generator runs once, so each decorated call gets a fresh manager.
        return type(self)(self.func, self.args, self.kwds)

    def _spend(self):
        # Entering consumes the recipe: a second entry fails with AttributeError('args'),
        # as in CPython, instead of silently driving an exhausted generator.
        for name in ('args', 'kwds', 'func'):
            delattr(self, name)


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    def __enter__(self):
        self._spend()
        # The generator runs to its first yield; what it yields is what `as` binds.
        first = next(self.gen, _NOTHING)
        if first is _NOTHING:
            raise RuntimeError("generator didn't yield") from None
        return first

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            # A clean exit: the generator must finish without yielding again.
            if next(self.gen, _NOTHING) is _NOTHING:
                return False
            raise RuntimeError("generator didn't stop")
        sent = _thrown_instance(exc_type, exc)
        try:
            self.gen.throw(sent)
        except BaseException as out:
            verdict = _throw_verdict(sent, out, tb, StopIteration, StopIteration)
            if verdict is None:
                raise
            return verdict
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase,
                                    AbstractAsyncContextManager, AsyncContextDecorator):
    async def __aenter__(self):
        self._spend()
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        sent = _thrown_instance(exc_type, exc)
        try:
            await self.gen.athrow(sent)
        except BaseException as out:
            verdict = _throw_verdict(sent, out, tb, StopAsyncIteration,
                                     (StopIteration, StopAsyncIteration))
            if verdict is None:
                raise
            return verdict
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    def make_manager(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return _copy_identity(make_manager, func)


def asynccontextmanager(func):
    def make_manager(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return _copy_identity(make_manager, func)


class closing(AbstractContextManager):
    def __init__(self, thing):
        self.thing = thing

    def __exit__(self, *exc_info):
        self.thing.close()

    def __enter__(self):
        return self.thing


class aclosing(AbstractAsyncContextManager):
    def __init__(self, thing):
        self.thing = thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()

    async def __aenter__(self):
        return self.thing


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._target = new_target
        # A stack of the streams replaced, so that one instance can be re-entered while
        # it is active and still restore each level.
        self._replaced = []

    def __enter__(self):
        import sys
        self._replaced.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._target)
        return self._target

    def __exit__(self, *exc_info):
        import sys
        setattr(sys, self._stream, self._replaced.pop())


class redirect_stdout(_RedirectStream):
    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    _stream = 'stderr'


class suppress(AbstractContextManager):
    def __init__(self, *exceptions):
        self._silenced = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return False
        # One issubclass against the whole tuple: subclasses of a listed class count too.
        return issubclass(exc_type, self._silenced)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    async def __aenter__(self):
        return self.enter_result

    def __exit__(self, *ignored):
        pass

    def __enter__(self):
        return self.enter_result

    async def __aexit__(self, *ignored):
        pass


def _manager_methods(cm, enter_name, exit_name, protocol):
    # Both methods are looked up before either is called: an object lacking __exit__ must
    # not have been entered. A lack is the TypeError CPython 3.11's ExitStack raises.
    cls = type(cm)
    if _class_attr(cls, enter_name) is None or _class_attr(cls, exit_name) is None:
        raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                        f"not support the {protocol} protocol") from None
    return getattr(cm, enter_name), getattr(cm, exit_name)


def _exit_from_callable(func, args, kwds, awaited):
    # stack.callback(f, ...) and push_async_callback: f with its arguments, called in
    # place of an exit method; it ignores the exception and never suppresses it.
    if awaited:
        async def on_exit(exc_type, exc, tb):
            await func(*args, **kwds)
    else:
        def on_exit(exc_type, exc, tb):
            func(*args, **kwds)
    # So that code inspecting the stack can see what was registered.
    on_exit.__wrapped__ = func
    return on_exit


def _fix_exception_context(new_exc, old_exc, frame_exc):
    # A callback's exception was raised while the with statement's exception was being
    # handled, so that is its __context__; the exception it really followed is the one the
    # previous callback left (`old_exc`). Splice that in where the chain reaches frame_exc.
    link = new_exc
    while True:
        earlier = link.__context__
        if earlier is None or earlier is old_exc:
            # Already right (or the chain never reaches the body's exception).
            return
        if earlier is frame_exc:
            link.__context__ = old_exc
            return
        link = earlier


# What an exit callback is passed when no exception is in flight.
_NO_EXCEPTION = (None, None, None)


class _Unwinding:
    # One run of an exit stack's callbacks, newest first. Each callback sees the exception
    # in flight at its turn: the body's, a previous callback's, or none once one of them
    # suppressed it. The sync and async exits differ only in how they call a callback.

    def __init__(self, details):
        self.body_raised = details[0] is not None
        self.body_exc = details[1]
        self.details = details
        self.suppressed = False
        self.must_raise = False

    def returned(self, answer):
        if answer:
            self.suppressed = True
            self.must_raise = False
            self.details = _NO_EXCEPTION

    def failed(self, exc):
        _fix_exception_context(exc, self.details[1], self.body_exc)
        self.must_raise = True
        self.details = (type(exc), exc, exc.__traceback__)

    def call(self, callback):
        try:
            # The truth test is inside too: a failing __bool__ counts as the callback's error.
            self.returned(callback(*self.details))
        except BaseException as failure:
            self.failed(failure)

    def outcome(self):
        if not self.must_raise:
            # True only when an exception came in and was suppressed on the way.
            return self.body_raised and self.suppressed
        exc = self.details[1]
        chain = exc.__context__
        try:
            raise exc
        except BaseException:
            # Raising here made the body's exception its context again; keep the chain
            # _fix_exception_context built instead.
            exc.__context__ = chain
            raise


class _BaseExitStack:
    # Exit callbacks are (is_sync, callback) pairs, run last-in, first-out.

    def __init__(self):
        self._exits = []

    def pop_all(self):
        # Hand the callbacks to a new stack, leaving this one empty.
        heir = type(self)()
        heir._exits, self._exits = self._exits, []
        return heir

    def _push_exit_or_manager(self, exit, method_name, is_sync):
        # A manager contributes its exit method; anything else is itself the callback.
        if _class_attr(type(exit), method_name) is None:
            self._add_exit(exit, is_sync)
        else:
            self._add_exit(getattr(exit, method_name), is_sync)
        return exit

    def push(self, exit):
        return self._push_exit_or_manager(exit, '__exit__', True)

    def enter_context(self, cm):
        enter, exit = _manager_methods(cm, '__enter__', '__exit__', 'context manager')
        result = enter()
        self._add_exit(exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        self._add_exit(_exit_from_callable(callback, args, kwds, False))
        return callback

    def _add_exit(self, callback, is_sync=True):
        self._exits.append((is_sync, callback))


class ExitStack(_BaseExitStack, AbstractContextManager):
    def __enter__(self):
        return self  # the stack itself, as in the async form

    def __exit__(self, *exc_details):
        run = _Unwinding(exc_details)
        # Callbacks may push more callbacks while the stack unwinds: test the list each time.
        while self._exits:
            run.call(self._exits.pop()[1])
        return run.outcome()

    def close(self):
        self.__exit__(*_NO_EXCEPTION)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    async def enter_async_context(self, cm):
        enter, exit = _manager_methods(cm, '__aenter__', '__aexit__',
                                       'asynchronous context manager')
        result = await enter()
        self._add_exit(exit, False)
        return result

    def push_async_exit(self, exit):
        return self._push_exit_or_manager(exit, '__aexit__', False)

    def push_async_callback(self, callback, /, *args, **kwds):
        self._add_exit(_exit_from_callable(callback, args, kwds, True), False)
        return callback

    async def aclose(self):
        await self.__aexit__(*_NO_EXCEPTION)

    async def __aenter__(self):
        return self  # the stack itself, to push managers and callbacks onto

    async def __aexit__(self, *exc_details):
        run = _Unwinding(exc_details)
        while self._exits:
            is_sync, callback = self._exits.pop()
            if is_sync:
                run.call(callback)
                continue
            # Awaited here, in this frame: an async helper would be one more frame for the
            # callback's exception to be raised through.
            try:
                run.returned(await callback(*run.details))
            except BaseException as failure:
                run.failed(failure)
        return run.outcome()
