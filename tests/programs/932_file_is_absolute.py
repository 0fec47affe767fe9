# __file__ is absolute, code objects and reprs carry the same path, sys.argv[0] is the path as given.
import asyncio
import sys


def where():
    return where.__code__.co_filename


async def job():
    await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(job())
    print(__file__ in repr(t), repr(t).count(__file__))
    await t
    print(repr(t).replace(__file__, "FILE"))


print(__file__.startswith("/"), __file__.endswith("/932_file_is_absolute.py"), "/./" in __file__)
print(where() == __file__, job.__code__.co_filename == __file__, len(sys.argv))
print(sys.argv[0].endswith("932_file_is_absolute.py"), __name__)
asyncio.run(main())
