# String methods with odd arguments.
s = "  Hello, World  "
print(repr(s.strip()), repr(s.strip(" Hd")), repr(s.lstrip(" H")), repr(s.rstrip("d ")))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a b  c ".split(), " a b ".split(None, 1), "".split(), "".split(","))
print("a,b,,c".rsplit(",", 1), "x".rsplit("x"), "aaa".split("a"), "1\n2\r\n3\n".splitlines(), "1\n2\n".splitlines(True))
print("abc".find(""), "abc".find("c", -1), "abc".rfind("", 1), "abcabc".index("c", 3), "abc".count(""), "aaaa".count("aa"))
print("hello".replace("l", "L", 1), "abc".replace("", "-"), "abc".replace("", "-", 2), "aaa".replace("a", "b", 0))
print("abc".startswith(("x", "a")), "abc".endswith("bc", 0, 2), "abc".startswith("", 3), "abc".startswith("", 4))
print("x".center(6, "*"), "x".center(4), "ab".ljust(1), "ab".rjust(5, "0"), "-42".zfill(6), "+7".zfill(4), "abc".zfill(2))
print("Hello World".swapcase(), "hello world foo".title(), "hELLO".capitalize(), "ß".upper(), "İ".lower() == "i̇")
print("a-b_c d".partition("_"), "abc".partition("x"), "a.b.c".rpartition("."), "abc".rpartition("x"))
print("-".join("abc"), ",".join([]), "ab" * 3, "ab" * 0, "ab" * -2, "abc"[::-1], "abcdef"[1:5:2], "abc"[5:], "abc"[-10:2])
print("12".isdigit(), "".isdigit(), "a1".isalnum(), " ".isspace(), "".isspace(), "AB".isupper(), "ab1".islower())
print("tab\tsep".expandtabs(4), "a\tb".expandtabs(), repr("x\ty".expandtabs(0)))
print("abc" < "abd", "a" < "B", "Z" < "a", "" < "a", "abc" == "abc")
print(repr("quote'"), repr('dq"'), repr("both'\""), repr("\n\t\\"), repr("\x00\x7f\x80é"), ascii("é"))
print("%r" % "it's", ord("a"), chr(0x263A))
print("abc".removeprefix("ab"), "abc".removesuffix("bc"), "abc".removeprefix("x"), "Abc".casefold())
for bad in [lambda: "abc".index("z"), lambda: "a".split(""), lambda: "abc"[5], lambda: "x".center(3, "ab"),
            lambda: "a" + 1, lambda: "abc".join("x", "y"), lambda: "%d" % 1.5, lambda: int("")]:
    try:
        print(bad())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
