# Future results and handle arguments are shown with reprlib's limits: long strings, big ints, long and deep containers.
import asyncio
import functools


def show(obj):
    print(repr(obj).replace(__file__, "FILE"))


def cb(*args, **kwargs):
    pass


async def main():
    loop = asyncio.get_running_loop()
    values = ["x" * 40, "short", 10 ** 45, list(range(10)), tuple(range(7)), (1,), {3: "c", 1: "a", 2: "b", 5: "e", 4: "d"},
              {"b", "a", "c"}, set(), {}, [[[[[[[1]]]]]]], 1.5, None, True, {1: [2, [3, [4]]]}, ["y" * 50], {"k": "v" * 40}]
    for v in values:
        fut = loop.create_future()
        fut.set_result(v)
        show(fut)
    show(loop.call_soon(cb, "z" * 31, [1] * 8, 2 ** 200))
    show(loop.call_soon(functools.partial(cb, 1, key="value" * 10), "after"))
    show(loop.call_later(2, functools.partial(functools.partial(cb, 1), 2), 3))
    inner = loop.create_future()
    show(loop.call_soon(cb, inner))
    await asyncio.sleep(0)


asyncio.run(main())
