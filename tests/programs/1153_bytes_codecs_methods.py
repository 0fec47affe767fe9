# str.encode / bytes.decode with utf-8, ascii and latin-1 and the strict/replace/ignore handlers, hex/fromhex, and bytes methods.
text = "café ☕ naïve"
for enc in ["utf-8", "UTF8", "latin-1", "ascii"]:
    for errors in ["strict", "replace", "ignore"]:
        try:
            data = text.encode(enc, errors)
            print(enc, errors, data, len(data))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError:", e)
            print(" ", e.encoding, e.start, e.end, e.reason, e.object == text, isinstance(e, ValueError))
print("x".encode(), "é".encode(encoding="latin1"), "abc".encode(errors="strict"), "".encode())
raw = "café ☕".encode()
print(raw.decode(), raw.decode("utf-8"), raw.decode("latin-1"), bytes([233]).decode("latin-1"))
samples = [b"\xff", b"ab\xe9cd", b"\xe2\x82", b"\xe2\x82a", b"ok\xed\xa0\x80", b"\xc3\x28", b"a\x80\x80b"]
for data in samples:
    for errors in ["strict", "replace", "ignore"]:
        for enc in ["utf-8", "ascii"]:
            try:
                print(enc, errors, repr(data.decode(enc, errors)))
            except UnicodeDecodeError as e:
                print(enc, errors, "UnicodeDecodeError:", e, e.start, e.end, e.object == data)
for bad in [lambda: b"a".decode("nope"), lambda: "a".encode("nope"), lambda: b"\xff".decode("utf-8", "bogus")]:
    try:
        bad()
    except LookupError as e:
        print("LookupError:", e)

# hex and fromhex.
print(b"\x00\xffab".hex(), b"".hex(), bytes.fromhex("00 ff 61"), bytearray.fromhex("6869"), b"\x01\x02".hex(":"))
for s in ["zz", "a", "0 1"]:
    try:
        bytes.fromhex(s)
    except ValueError as e:
        print("ValueError:", e)

# Methods.
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b"xxhixx".strip(b"x"), b.upper(), b.lower())
print(b"a,b,,c".split(b","), b"a b  c\n".split(), b"a,b,c".split(b",", 1), b"".split(), b"  x  ".split(None, 0))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), bytearray(b", ").join([b"x", b"y"]))
print(b.startswith(b"  H"), b.endswith((b"x", b"  ")), b"abc".startswith(b"b", 1), b"hello".find(b"l"), b"hello".rfind(b"l"))
print(b"hello".find(108), b"hello".find(b"z"), b"hello".index(b"lo"), b"hello".count(b"l"), b"aaa".count(b"a", 1), b"abc".count(b""))
print(b"hello".replace(b"l", b"L"), b"hello".replace(b"l", b"", 1), b"ab".replace(b"", b"-"), bytearray(b"aXa").replace(b"a", b"b"))
print(b"123".isdigit(), b"abc".isalpha(), b"a1".isalnum(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower(), b"\xff".isascii())
try:
    b"x".index(b"y")
except ValueError as e:
    print("ValueError:", e)
try:
    b",".join(["a"])
except TypeError as e:
    print("TypeError:", e)
try:
    b"a".split(b"")
except ValueError as e:
    print("ValueError:", e)
