# re.sub/subn with group references (\1, \g<name>, \g<0>), escapes and function replacements; split with groups and maxsplit; escape.
import re

print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "alice@example.com, bob@test.com"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Ada Lovelace"))
print(re.sub(r"\d+", r"<\g<0>>", "a1b22c333"))
print(re.sub(r"(a)(b)?", r"[\1|\2]", "ab a"))
print(re.sub(r"x", r"\n\t\\", "axb") == "a\n\t\\b")
print(re.sub(r"-", r"\x", "a-b") if False else re.sub(r"-", r"\-", "a-b"))
print(re.sub(r"o", "0", "foo boo", count=2), re.subn(r"o", "0", "foo boo"))
print(re.sub(r"x*", "-", "abxd"), re.sub(r"", "|", "abc"), re.subn(r"\b", "|", "hi there"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))


def shout(m):
    word = m.group("w")
    return word.upper() if len(word) > 3 else word


print(re.sub(r"(?P<w>\w+)", shout, "the quick brown fox"))
print(re.sub(r"[aeiou]", lambda m: "", "programming"))
print(re.sub("a", "b", "aaa", 0), re.sub("(?i)A", "x", "aAa"), re.sub("a", "x", "aAa", flags=re.I))
print(re.split(r"\s*,\s*", "a , b,c ,  d"))
print(re.split(r"(,)", "a,b,c"), re.split(r"(-)|(\+)", "1-2+3"))
print(re.split(r",", "a,b,c,d", maxsplit=2), re.split(r",", "a,b", 5), re.split("x", "axbxc", -1))
print(re.split(r"\b", "a b"), re.split(r"x*", "axbc"), re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words."), re.split(r"\d", ""), re.split(r"", "ab"))
print(re.escape("1.5*[x]+(y)?"), re.escape("a b\tc"), re.escape("path/to_file-name#1"))
print(re.escape("^$|\\&~"), re.search(re.escape("a.b*"), "xa.b*y").span())
m = re.search(r"(?P<k>\w+)=(?P<v>\w+)", "key=value")
print(m.expand(r"\g<v>:\g<k> \1=\2"), m.expand(r"[\g<0>]"))
p = re.compile(r"(\d)(\d)")
print(p.sub(r"\2\1", "12 34 56"), p.subn(r"\2\1", "12 34 56", 2))
for bad in [r"\3", r"\g<x>", r"\g<1", r"\q", "\\", r"\g<-1>", r"\g<a b>"]:
    try:
        p.sub(bad, "12")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
print(re.sub(r"a|(b)", r"[\1]", "ab"), re.sub(r"(a)|b", lambda m: m.group(1) or "-", "ab"))
print(re.sub(r"(\d+)", r"\g<1>0", "5 6"), re.sub(r"\d", r"\101", "1"))
try:
    re.sub("a", lambda m: 5, "a")
except TypeError as e:
    print("TypeError", e)
