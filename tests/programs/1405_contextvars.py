# contextvars: each task runs in a copy of its creator's context, done callbacks in the context they were added in, call_soon callbacks in the one they were scheduled in.
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="nobody")
log = []


async def handle(name, delay):
    user.set(name)
    await asyncio.sleep(delay)
    print(f"{name}: sees {user.get()}")


def on_done(task):
    print("callback sees", user.get())


async def main():
    user.set("main")
    t = asyncio.create_task(handle("ada", 0.2))
    t.add_done_callback(on_done)
    await asyncio.gather(t, handle("bob", 0.1))
    print("main still sees", user.get())
    ctx = contextvars.copy_context()
    token = user.set("temp")
    print(ctx.run(user.get), user.get())
    user.reset(token)
    print(user.get(), len(ctx), user in ctx, ctx[user])
    try:
        user.reset(token)
    except RuntimeError as e:
        print("RuntimeError", "already been used" in str(e))
    v = contextvars.ContextVar("v")
    try:
        v.get()
    except LookupError:
        print("LookupError")
    print(v.get("dflt"))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    user.set("before call_soon")
    loop.call_soon(lambda: fut.set_result(user.get()))
    user.set("after call_soon")
    print("call_soon callback saw:", await fut)


asyncio.run(main())
print("top level:", user.get())
