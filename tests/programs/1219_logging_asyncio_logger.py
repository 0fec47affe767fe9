# asyncio's own logger: at DEBUG each new event loop logs "Using selector", which a filter or a level can keep out.
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(name)s %(levelname)s %(funcName)s %(module)s %(filename)s:%(lineno)d %(message)s")
app = logging.getLogger("app")


async def main(label):
    app.debug("running %s", label)
    await asyncio.sleep(0.1)
    return label


print(asyncio.run(main("first")))
logging.getLogger("asyncio").setLevel(logging.INFO)
print(asyncio.run(main("asyncio at INFO")))
logging.getLogger("asyncio").setLevel(logging.NOTSET)
loop = asyncio.new_event_loop()
print(loop.run_until_complete(main("a loop of its own")))
loop.close()


class OnlyApp(logging.Filter):
    def filter(self, record):
        return record.name.startswith("app")


logging.root.handlers[0].addFilter(OnlyApp())
print(asyncio.run(main("filtered")))
logging.root.handlers[0].filters.clear()
logging.getLogger("asyncio").disabled = True
print(asyncio.run(main("asyncio logger disabled")))
