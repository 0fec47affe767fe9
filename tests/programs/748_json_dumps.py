# json.dumps: Python to JSON text, indent, sort_keys, separators, ensure_ascii, and what becomes what.
import json

data = {"name": "Ana", "age": 31, "admin": False, "tags": ["a", "b"], "manager": None,
        "score": 9.5, "ratio": 1e-7, "nested": {"z": 1, "a": [1, (2, 3)]}}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data["nested"], separators=(",", ":")), json.dumps([1, 2], indent=0))
print(json.dumps("café ☕"), json.dumps("café ☕", ensure_ascii=False), json.dumps("tab\there \"q\" \\"))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool", None: "null"}))
print(json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(10 ** 20), json.dumps(0.1 + 0.2))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps("x", indent=4), json.dumps({"a": []}, indent="\t"))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
