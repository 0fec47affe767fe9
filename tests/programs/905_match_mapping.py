# match: mapping patterns (extra keys allowed, missing keys fail, **rest collects the others in order), value-pattern keys, nested mappings, and non-mappings.
class K:
    NAME = "name"


def describe(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with {rest}"
        case {"type": "key", "key": k}:
            return f"plain key {k}"
        case {K.NAME: name, "tags": [*tags]}:
            return f"named {name} tagged {tags}"
        case {"nested": {"deep": value}}:
            return f"deep {value}"
        case {}:
            return f"some other mapping with {len(event)} keys"
        case _:
            return "not a mapping"


for e in [
    {"type": "click", "pos": (1, 2)},
    {"pos": (1, 2), "type": "click", "extra": True},
    {"type": "key", "key": "q", "shift": True, "ctrl": False},
    {"type": "key", "key": "w"},
    {"type": "key", "key": 3},
    {"name": "n", "tags": ["a", "b"]},
    {"nested": {"deep": 42, "other": 0}},
    {"nested": {"shallow": 1}},
    {},
    [("type", "click")],
    "type",
]:
    print(describe(e))

match {"a": 1, "b": 2, "c": 3}:
    case {"b": _, **others}:
        print("others", others, type(others).__name__)
match {1: "one", 2.0: "two", True: "true?"}:
    case {1: v, 2: w}:
        print(v, w)
match {"x": None}:
    case {"x": None, **empty}:
        print("empty rest", empty)
