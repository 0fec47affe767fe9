# contextlib corners: generator managers that swallow, re-raise, convert or misbehave; ExitStack
# unwinding order, suppression, chaining and pop_all; AsyncExitStack mixing sync and async exits.
import asyncio
from contextlib import (AbstractContextManager, AsyncExitStack, ExitStack, asynccontextmanager,
                        contextmanager, nullcontext, suppress, closing, aclosing, ContextDecorator)


@contextmanager
def swallowing(log):
    log.append("enter")
    try:
        yield "value"
    except KeyError as e:
        log.append(f"swallowed {e!r}")
    finally:
        log.append("finally")


log = []
with swallowing(log) as v:
    log.append(v)
    raise KeyError("k")
print(log)


@contextmanager
def reraising():
    try:
        yield
    except ValueError:
        raise


try:
    with reraising():
        raise ValueError("again")
except ValueError as e:
    print("reraised", repr(e), e.__context__)


@contextmanager
def translating():
    try:
        yield
    except ValueError as e:
        raise TypeError("translated") from e


try:
    with translating():
        raise ValueError("orig")
except TypeError as e:
    print("translated", repr(e), repr(e.__cause__), repr(e.__context__))


@contextmanager
def plain():
    yield 1


try:
    with plain():
        raise StopIteration("stop!")
except StopIteration as e:
    print("stopiteration passes", repr(e))

cm = plain()
with cm:
    pass
try:
    with cm:
        pass
except AttributeError as e:
    print("second entry", type(e).__name__)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e, e.__suppress_context__)


@contextmanager
def two_yields():
    yield
    yield


try:
    with two_yields():
        pass
except RuntimeError as e:
    print(e)


@contextmanager
def keeps_going():
    try:
        yield
    except KeyError:
        yield


try:
    with keeps_going():
        raise KeyError
except RuntimeError as e:
    print(e, repr(e.__context__))


@contextmanager
def deco_cm(tag):
    print("in", tag)
    yield
    print("out", tag)


@deco_cm("d")
def work(x):
    return x * 2


print(work(3), work(4), work.__name__)

with suppress(KeyError, IndexError) as s:
    {}["x"]
print("suppressed", s)
try:
    with suppress(KeyError):
        raise ValueError("not me")
except ValueError as e:
    print("not suppressed", e)


class Loud:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.swallow


with ExitStack() as st:
    print(st.enter_context(Loud("a")), st.enter_context(Loud("b", True)))
    st.callback(print, "callback", 1, sep="-")
    st.push(Loud("pushed"))
    st.push(lambda *e: print("bare exit", e[0]))
    raise IndexError
print("after suppressed stack")

try:
    with ExitStack() as st:
        st.enter_context(object())
except TypeError as e:
    print(e)


class Boom:
    # A callable object with no __exit__: push() takes the object itself as the callback.
    def __init__(self, msg):
        self.msg = msg

    def __call__(self, exc_type, exc, tb):
        raise ValueError(self.msg, exc_type.__name__ if exc_type else None)


try:
    with ExitStack() as st:
        st.push(Boom("inner"))
        st.push(lambda *exc: True)
        st.push(Boom("outer"))
        raise KeyError("body")
except ValueError as e:
    print("the middle exit suppressed 'outer', then", repr(e))
with ExitStack() as st:
    st.callback(print, "moved")
    moved = st.pop_all()
print("not yet")
moved.close()
try:
    with ExitStack() as st:
        for label in ("first", "second", "third"):
            st.push(Boom(label))
        raise KeyError("body")
except ValueError as last:
    chain, link = [], last
    while link is not None:
        chain.append(repr(link))
        link = link.__context__
    print(" <- ".join(chain))
f = ExitStack().callback(len)
print(f)
print(isinstance(ExitStack(), AbstractContextManager))
with nullcontext(5) as n:
    print("null", n)


class Closer:
    def close(self):
        print("closed")

    async def aclose(self):
        print("aclosed")


with closing(Closer()):
    pass


class Dec(ContextDecorator):
    def __enter__(self):
        print("dec enter")

    def __exit__(self, *a):
        print("dec exit")


@Dec()
def f2():
    return "f2"


print(f2())


@asynccontextmanager
async def agen(tag):
    print("aenter", tag)
    try:
        yield tag
    except KeyError:
        print("a swallowed")
    print("aexit", tag)


class ALoud:
    async def __aenter__(self):
        print("ALoud in")
        return "al"

    async def __aexit__(self, *a):
        print("ALoud out", a[0])
        await asyncio.sleep(0)
        return False


async def main():
    async with agen("x") as t:
        print("body", t)
        raise KeyError
    async with aclosing(Closer()):
        pass
    try:
        async with AsyncExitStack() as st:
            print(await st.enter_async_context(ALoud()))
            st.enter_context(Loud("sync"))
            st.push_async_callback(asyncio.sleep, 0)
            st.callback(print, "sync cb")

            async def bad(*exc):
                raise OSError("async bad")
            st.push_async_exit(bad)
    except OSError as e:
        print("os", e, repr(e.__context__))
    try:
        async with AsyncExitStack() as st:
            await st.enter_async_context(Loud("wrong"))
    except TypeError as e:
        print(e)

    @asynccontextmanager
    async def converts():
        yield

    try:
        async with converts():
            raise StopAsyncIteration("sai")
    except StopAsyncIteration as e:
        print("sai passes", e)


asyncio.run(main())
