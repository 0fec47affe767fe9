# A settings round trip through JSON text with io.StringIO: dump, load, merge with defaults, pretty print.
import io
import json

DEFAULTS = {"theme": "light", "font": {"size": 12, "family": "mono"}, "recent": []}
saved = io.StringIO()
json.dump({"theme": "dark", "font": {"size": 14}}, saved)
print(saved.getvalue())
saved.seek(0)
user = json.load(saved)


def merge(base, override):
    out = dict(base)
    for key, value in override.items():
        out[key] = merge(base[key], value) if isinstance(value, dict) and isinstance(base.get(key), dict) else value
    return out


settings = merge(DEFAULTS, user)
print(json.dumps(settings, indent=4))
print(settings == json.loads(json.dumps(settings)), DEFAULTS["font"])
