# Dicts, tuples, sets and nested mixes of them round-trip through a worker intact.
from concurrent.futures import ProcessPoolExecutor


def describe(obj):
    return type(obj).__name__, obj


def deep_edit(tree):
    tree["children"][0]["value"] *= 10
    tree["tags"].add("edited")
    return tree


if __name__ == "__main__":
    values = [
        {"x": 1, "y": [2, 3]},
        (1, "two", 3.0, None),
        {3, 1, 2},
        frozenset({"a"}),
        b"bytes",
        [[1, [2, [3, [4]]]]],
        (1, (2, (3,))),
        {"k": ({"deep": [True, False]},)},
    ]
    tree = {"value": 1, "children": [{"value": 2, "children": []}], "tags": {"root"}}
    with ProcessPoolExecutor(max_workers=2) as pool:
        for name, obj in pool.map(describe, values):
            if isinstance(obj, (set, frozenset)):
                obj = sorted(obj)
            print(name, obj)
        edited = pool.submit(deep_edit, tree).result()
    print("edited child:", edited["children"][0]["value"], sorted(edited["tags"]))
    print("parent child:", tree["children"][0]["value"], sorted(tree["tags"]))
