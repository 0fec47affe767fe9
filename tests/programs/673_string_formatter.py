# string.Formatter basics: format, vformat, parse into pieces, and a subclass that changes get_value.
import string

f = string.Formatter()
print(f.format("{0} + {0} = {1}", 2, 4), f.format("{name:>6}|{n:03d}", name="ab", n=7))
print(f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
print(list(f.parse("Hi {name!r:>10}, you are {age}. {{literal}}")))
print(list(f.parse("plain")), list(f.parse("{}{}")))


class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}?>")
        return super().get_value(key, args, kwargs)


d = Defaulting()
print(d.format("{user} logged in from {place}", user="ana"))
print(d.format("{0} and {x}", "first"))
print(f.convert_field("x", "r"), f.format_field(3.14159, ".2f"))
try:
    f.format("{missing}")
except KeyError as e:
    print("KeyError:", e)
