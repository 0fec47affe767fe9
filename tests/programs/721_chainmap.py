# collections.ChainMap: layered settings (command line over environment over defaults), new_child, parents, writes.
from collections import ChainMap

defaults = {"colour": "auto", "width": 80, "verbose": False}
env = {"width": 120}
cli = {"verbose": True}
settings = ChainMap(cli, env, defaults)
print(settings["colour"], settings["width"], settings["verbose"], len(settings), sorted(settings))
print(settings)
settings["colour"] = "never"
print(cli, defaults["colour"])
local = settings.new_child({"width": 40})
print(local["width"], local.parents["width"], local.maps[0], len(local.maps))
del local["width"]
print(local["width"], dict(local) == dict(settings))
try:
    del settings["width"]
except KeyError as e:
    print("KeyError:", e)
print(ChainMap(), "verbose" in settings, settings.get("missing", "none"))
