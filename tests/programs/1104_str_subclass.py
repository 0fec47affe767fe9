# A str subclass: str methods return plain strs, concatenation, hashing and dict keys as the str, and overridden methods.
class Tag(str):
    def wrap(self):
        return f"<{self}>"

    def __repr__(self):
        return f"Tag({str.__repr__(self)})"


t = Tag("b")
print(t, repr(t), t.wrap(), t.upper(), type(t.upper()).__name__, t + "r", "a" + t, t * 3)
print(t == "b", "b" == t, hash(t) == hash("b"), {"b": 1}[t], {t: 2}["b"], t in "abc", "b" in t)
print(len(Tag("hello")), Tag("hello")[1:3], list(Tag("ab")), ",".join([Tag("x"), "y"]), f"{t:>3}|")
print(Tag("a b c").split(), Tag("x").join(["1", "2"]), "%s!" % t, str(t), type(str(t)).__name__)
print(sorted([Tag("c"), "a", Tag("b")]), Tag("abc").startswith("a"), "abc".startswith(Tag("ab")))


class Caseless(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.lower())


c = Caseless("Hello")
print(c == "HELLO", c != "hello", c == "bye", c, len(c))


class Path(str):
    def __truediv__(self, other):
        return Path(self.rstrip("/") + "/" + other)

    @property
    def parts(self):
        return self.split("/")


p = Path("usr") / "local" / "bin"
print(p, type(p).__name__, p.parts, isinstance(p, str), p.endswith("bin"), Path(), Path(42))
