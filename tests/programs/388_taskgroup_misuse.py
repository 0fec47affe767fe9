# TaskGroup corners: create_task before entry, after it finished and while it shuts down; entering twice; names; reprs through its life; a body error plus child errors in one group; an empty group.
import asyncio


async def boom(msg, d):
    await asyncio.sleep(d)
    raise ValueError(msg)


async def ok(x):
    await asyncio.sleep(0.1)
    return x


async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    c = ok(1)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    async with tg:
        print(repr(tg))
        t = tg.create_task(ok(2), name="worker-2")
        print(t.get_name(), repr(tg))
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    print(repr(tg), t.result())
    c = ok(3)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()

    async with asyncio.TaskGroup() as empty:
        pass
    print("empty:", repr(empty))

    late = []
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(boom("child", 0.1))
            g.create_task(ok(4))

            async def spawner():
                try:
                    await asyncio.sleep(1)
                except asyncio.CancelledError:
                    c = ok(5)
                    try:
                        g.create_task(c)
                    except RuntimeError as e:
                        late.append(str(e))
                        c.close()
                    raise

            g.create_task(spawner())
            await asyncio.sleep(0.05)
            print("inside:", repr(g))
            raise KeyError("body")
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, eg, [repr(e) for e in eg.exceptions])
    print(late)

    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(boom("a", 0.2))
            g.create_task(boom("b", 0.2))
            await asyncio.sleep(1)
    except ExceptionGroup as eg:
        print(eg, [str(e) for e in eg.exceptions], asyncio.current_task().cancelling())


asyncio.run(main())
