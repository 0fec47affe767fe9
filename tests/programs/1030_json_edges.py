# json edge cases: escapes both ways, surrogate pairs, skipkeys, circular references, hooks.
import json

print(json.dumps("\x00\x1f\u2028 \U0001f600"), json.dumps("\U0001f600", ensure_ascii=False))
print(json.dumps({"b": 1, "a": {"d": [1, {"e": None}], "c": []}}, indent=3, sort_keys=True))
print(json.dumps({(1, 2): 1, "k": 2}, skipkeys=True), json.dumps([1.5, -0.0, 1e300, 2e-5, 3.0]))
print(json.dumps({"a": [1, 2]}, separators=(";", "="), indent=" - "))
loop = [1]
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)
print(repr(json.loads('"\\ud83d\\ude00 \\u00e9 \\/ \\b\\f\\n\\r\\t \\" \\\\"')))
print(json.loads(' [ 1 , -2.5e3 , 0.25 , 1E+2 , 7e-1 , { } , [ ] , true , false , null ] '))
print(json.loads('{"a": NaN}', parse_constant=lambda name: "const " + name))
print(json.loads('[1, 2.5]', parse_int=str, parse_float=str))
for bad in ['"a\x01b"', '"a\\qb"', '"\\u12"', '"x\\u12G4"', '[1 2]', '{"a"', '{', '[', '-', '1.', '"abc\\',
            '{"a":1 "b"}', 'nul', '[1,\n\n  ]', '\ufeff[]', '{"a": }', '{1: 2}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos, e.lineno, e.colno)
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'), dec.decode(' {"k": [true]} '))
print(json.loads('"a\tb"', strict=False))


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y


class Points(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Vec):
            return [o.x, o.y]
        return super().default(o)


print(json.dumps({"z": Vec(1, 2.5)}, cls=Points), Points(sort_keys=True).encode({"b": 2, "a": Vec(0, 3)}))
try:
    json.dumps([Vec(1, 2), {1, 2}], cls=Points, indent=2)
except TypeError as e:
    print("TypeError:", e)
print("".join(Points().iterencode([1, "x"])))
try:
    json.dumps(range(3))
except TypeError as e:
    print("TypeError:", e)
