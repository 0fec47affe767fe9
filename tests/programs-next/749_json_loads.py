# json.loads: JSON text to Python objects, numbers as int or float, duplicate keys, parse_float/object_hook.
import json
from decimal import Decimal

text = '{"id": 7, "price": 19.99, "ok": true, "none": null, "items": [1, 2.0, "3"], "e": 1E3, "neg": -0}'
obj = json.loads(text)
print(obj, type(obj["price"]).__name__, type(obj["e"]).__name__, obj["neg"])
print(json.loads("[]"), json.loads('"just a string"'), json.loads("  42 "), json.loads('{"a": 1, "a": 2}'))
print(json.loads('"\\u00e9\\n"'), json.loads("NaN"), json.loads("-Infinity"), json.loads("123456789012345678901234567890"))
print(json.loads("1.10", parse_float=Decimal), json.loads("5", parse_int=float))
point = json.loads('{"x": 1, "y": 2}', object_hook=lambda d: (d["x"], d["y"]))
print(point, json.loads('[{"k": 1}]', object_pairs_hook=lambda pairs: pairs))
round_trip = json.loads(json.dumps({"t": (1, 2), "k": {3: "x"}}))
print(round_trip)
