# repr corners: self-containing containers, non-printable and non-ASCII characters, nested quotes, floats in containers.
l = [1]
l.append(l)
print(l, repr(l))
d = {"k": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
chars = ["\u200b", "\x7f", "\x9f", "\xa0", "\xad", "é", "😀", "\u2028", "\ufeff", "\U000e0001", "\t", "ÿ", "\x1b[0m"]
print(chars)
print([repr(c) for c in chars])
print(repr("it's \"quoted\""), repr('only "double"'), repr("only 'single'"), repr("\\'"))
print([1.0, -0.0, 1e16, 1e-7, float("inf"), float("nan")], (0.1,), {0.5: 2.5})
print(str(["a"]), str(("a",)), str({"a"}), str({"a": "b"}), str([None, True]))
print(repr(""), repr(" "), repr("a\nb"), str("a\nb").count("\n"))
print([[]] * 2, [(), ((),)], {(): []}, [{}])
