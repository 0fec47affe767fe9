# to_thread copies the current context, so context variables reach the thread.
# realclock
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")


def log(msg):
    print(f"[{request_id.get()}] {msg}")


async def handle(rid):
    request_id.set(rid)
    await asyncio.to_thread(log, "handled in a thread")


async def main():
    await handle("req-1")
    await handle("req-2")


asyncio.run(main())
