# Coroutines dropped unawaited at various statements: rebinding, del, list.clear, a function return (RuntimeWarning lines).
import asyncio

async def coro(n):
    return n

def make():
    c = coro(1)
    print("made in function")
    return None

make()
print("after make")
lst = [coro(2), coro(3)]
print("list built")
lst.clear()
print("cleared")
x = coro(4)
x = coro(5)
print("rebound")
def gen():
    yield coro(6)
for c in gen():
    pass
print("loop done")
del c
del x
print("end")
