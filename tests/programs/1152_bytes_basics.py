# bytes and bytearray: literals, repr, indexing and slicing to ints, iteration, operators, comparisons, hashing, constructors.
b = b"hello"
print(b, repr(b), len(b), b[0], b[-1], b[1:3], b[::-1], b[::2], list(b), type(b[0]).__name__)
print(b"", b"it's", b'say "hi"', b'both \' and "', b"\x00\x7f\x80\xff\t\n\r\\", b"caf\xc3\xa9")
print(b + b" world", b * 2, 3 * b"ab", b"" * 5, b"h" in b, 104 in b, b"ell" in b, b"" in b, 200 in b)
print(b == b"hello", b != b"hello", b < b"help", b"b" > b"abc", b"a" <= b"a", b == "hello", b"" < b"\x00")
print(hash(b) == hash(b"hel" + b"lo"), {b: 1}[b"hello"], b"x" in {b"x", b"y"}, sorted([b"b", b"a", b"ab"]))
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes(b"copy"), bytes("é", "utf-8"), bytes(bytearray(b"z")))
print(bytearray(), bytearray(2), bytearray(b"abc"), bytearray([1, 2]), bytearray("hi", "ascii"), type(bytearray(b"")).__name__)
print(isinstance(b, bytes), isinstance(bytearray(), bytearray), isinstance(b, bytearray), bytes is type(b))
print(max(b), min(b), sum(b"\x01\x02"), sorted(b"cab"), bool(b""), bool(b"\x00"), str(b"a"), f"{b!r} {b}")
for x in b"hi":
    print(x, end=" ")
print()
print(tuple(b"ab"), set(b"aab") == {97, 98}, [c for c in bytearray(b"xy")], dict.fromkeys(b"ab"))

# bytearray changes in place.
ba = bytearray(b"hello")
ba[0] = 74
ba[1:3] = b"EL"
ba.append(33)
ba.extend([63, 63])
ba.extend(b"..")
print(ba, len(ba), ba[0], ba[-1], ba[1:3], type(ba[1:3]).__name__)
del ba[0]
del ba[-2:]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 65)
ba.remove(33)
ba.reverse()
print(ba, ba.copy(), ba == bytearray(ba), ba == bytes(ba), bytes(ba) == ba)
alias = ba
alias += b"++"
alias *= 2
print(ba, alias is ba)
ba[::2] = b"-" * len(ba[::2])
print(ba)
ba.clear()
print(ba, bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"ab") * 2)

def store(target, i, v):
    target[i] = v


errors = [
    ("b[10]", lambda: b[10]),
    ("bytearray(b'x')[5]", lambda: bytearray(b"x")[5]),
    ("b['x']", lambda: b["x"]),
    ("b + 'x'", lambda: b + "x"),
    ("'x' + b", lambda: "x" + b),
    ("256 in b", lambda: 256 in b),
    ("'h' in b", lambda: "h" in b),
    ("bytes(-1)", lambda: bytes(-1)),
    ("bytes('x')", lambda: bytes("x")),
    ("bytes(1.5)", lambda: bytes(1.5)),
    ("bytes([256])", lambda: bytes([256])),
    ("bytes(['a'])", lambda: bytes(["a"])),
    ("hash(bytearray())", lambda: hash(bytearray())),
    ("{bytearray(): 1}", lambda: {bytearray(): 1}),
    ("b < 'a'", lambda: b < "a"),
    ("bytearray(1)[0] = 300", lambda: store(bytearray(1), 0, 300)),
    ("bytearray().pop()", lambda: bytearray().pop()),
    ("bytearray(b'a').remove(9)", lambda: bytearray(b"a").remove(9)),
    ("bytearray(b'a').append(256)", lambda: bytearray(b"a").append(256)),
]
for text, f in errors:
    try:
        f()
    except (IndexError, TypeError, ValueError) as e:
        print(text, "->", type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
