# A line protocol over bytearray buffers fed by tasks: framing, IncompleteReadError and LimitOverrunError, decoding per line.
import asyncio


class Reader:
    def __init__(self, limit=16):
        self.buffer = bytearray()
        self.eof = False
        self.limit = limit
        self.event = asyncio.Event()

    def feed(self, data):
        self.buffer.extend(data)
        self.event.set()

    def feed_eof(self):
        self.eof = True
        self.event.set()

    async def readline(self):
        while True:
            at = self.buffer.find(b"\n")
            if at >= 0:
                line = bytes(self.buffer[: at + 1])
                del self.buffer[: at + 1]
                return line
            if len(self.buffer) > self.limit:
                raise asyncio.LimitOverrunError("Separator is not found, and chunk exceed the limit", len(self.buffer))
            if self.eof:
                partial = bytes(self.buffer)
                self.buffer.clear()
                raise asyncio.IncompleteReadError(partial, None)
            self.event.clear()
            await self.event.wait()

    async def readexactly(self, n):
        while len(self.buffer) < n:
            if self.eof:
                raise asyncio.IncompleteReadError(bytes(self.buffer), n)
            self.event.clear()
            await self.event.wait()
        data = bytes(self.buffer[:n])
        del self.buffer[:n]
        return data


async def producer(reader, chunks):
    for chunk in chunks:
        await asyncio.sleep(0.1)
        print(f"feed {chunk!r}")
        reader.feed(chunk)
    reader.feed_eof()


async def consumer(reader):
    while True:
        try:
            line = await reader.readline()
        except asyncio.IncompleteReadError as e:
            print("incomplete:", e, e.partial, e.expected, isinstance(e, EOFError))
            return
        text = line.decode("utf-8", "replace").rstrip("\n")
        print(f"line {line!r} -> {text!r} words={line.split()} upper={line.upper().strip()}")


async def main():
    r = Reader()
    await asyncio.gather(producer(r, [b"hel", b"lo\nwor", "ld ☕\n".encode(), b"\xffbad\n", b"tail"]), consumer(r))
    r2 = Reader(limit=4)
    r2.feed(b"0123456789")
    try:
        await r2.readline()
    except asyncio.LimitOverrunError as e:
        print("overrun:", e, e.consumed, repr(e))
    r3 = Reader()
    r3.feed(b"\x00\x05hello\x00\x03ab")
    r3.feed_eof()
    for _ in range(3):
        try:
            size = (await r3.readexactly(2))[1]
            body = await r3.readexactly(size)
            print("frame", size, body, body.hex())
        except asyncio.IncompleteReadError as e:
            print("short frame:", e, repr(e.partial))
            break


asyncio.run(main())
