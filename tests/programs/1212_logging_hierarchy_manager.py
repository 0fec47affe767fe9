# The logger hierarchy: placeholders for names not yet asked for, parents fixed up later, getChild; asyncio's own loggers.
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(name)s|%(levelname)s|%(message)s")
deep = logging.getLogger("shop.api.v1")
print(deep.parent is logging.root, deep.parent.name)
print(sorted(logging.Logger.manager.loggerDict))
print(type(logging.Logger.manager.loggerDict["shop.api"]).__name__)
api = logging.getLogger("shop.api")
print(deep.parent is api, api.parent is logging.root)
shop = logging.getLogger("shop")
print(deep.parent is api, api.parent is shop, shop.parent is logging.getLogger())
print(logging.getLogger("shop.api.v1") is deep, logging.getLogger("root") is logging.root)
print(logging.getLogger("") is logging.root, logging.getLogger(None) is logging.root)
child = shop.getChild("cart")
print(child.name, child.parent is shop, logging.root.getChild("other").name)
shop.setLevel(logging.INFO)
print(deep.getEffectiveLevel(), api.isEnabledFor(logging.DEBUG), api.isEnabledFor(logging.INFO))
deep.info("from the bottom")
shop.setLevel("ERROR")
deep.info("hidden now")
deep.error("still shown")
api.propagate = False
api.addHandler(logging.StreamHandler(sys.stdout))
deep.error("api stops the climb")
print(deep.hasHandlers(), logging.getLogger("other.place").hasHandlers())
api.disabled = True
api.error("disabled logger")
deep.error("a child of a disabled logger still logs")
api.disabled = False
print(repr(api), repr(logging.root), repr(deep))
print([type(h).__name__ for h in logging.root.handlers], len(api.handlers))
try:
    logging.getLogger(42)
except TypeError as e:
    print("TypeError:", e)
logging.root.manager.disable = logging.WARNING
deep.error("over the disable level")
deep.warning("at the disable level: hidden")
print(logging.root.manager.disable, deep.isEnabledFor(logging.ERROR))
logging.disable(logging.NOTSET)
print(sorted(logging.root.manager.loggerDict))
print(list(logging.root.manager.loggerDict)[:3], logging.getLogger("asyncio").parent is logging.root)
print(logging.getLogger("concurrent.futures").parent is logging.root, asyncio.iscoroutinefunction(print))
