# Driving coroutine objects by hand with send/throw/close, without an event loop.
import asyncio


async def add(a, b):
    return a + b


async def outer():
    x = await add(1, 2)
    await asyncio.sleep(0)
    print("  outer resumed after the bare yield")
    return x * 10


c = add(2, 3)
try:
    c.send(None)
except StopIteration as e:
    print("add returned", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

c = outer()
print("first send yields", c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("outer returned", e.value)

c = outer()
c.send(None)
try:
    c.throw(ValueError("thrown in"))
except ValueError as e:
    print("throw propagated:", e)

c = outer()
c.send(None)
c.close()
print("closed; send after close:")
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

c = add(1, 1)
try:
    c.send(5)
except TypeError as e:
    print("TypeError:", e)
c.close()
print(asyncio.iscoroutine(c), type(c).__name__)
