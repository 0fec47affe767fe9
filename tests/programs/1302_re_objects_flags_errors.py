# re's Pattern and Match objects (reprs, group access, spans, lastindex/lastgroup, groupdict), flags and their reprs, VERBOSE patterns, and re.error messages.
import re

p = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)(-(?P<day>\d\d))?")
print(p, p.pattern, p.flags, p.groups, p.groupindex, repr(p.groupindex))
m = p.search("on 2024-12 and 2025-01-15")
print(m, m.group(), m.group(0, 1, "month"), m["year"], m[2])
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.span("month"), m.start(3), m.end(4), m.span(4))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re is p, m.regs)
m2 = p.search("2025-01-15")
print(m2.lastindex, m2.lastgroup, m2.groups(), bool(m2))
print(re.match(r"(a)(b)", "ab").lastindex, re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)()", "a").lastindex)
print(re.match(r"(a)|b", "b").lastindex, re.match(r"(?P<x>a)(?P<y>b)?", "a").lastgroup)
for g in (5, "nope", -1):
    try:
        m.group(g)
    except IndexError as e:
        print("IndexError", e)
print(type(m).__name__, type(p).__name__, isinstance(m, re.Match), isinstance(p, re.Pattern))
print(re.match(r"x" * 60, "x" * 60))
print(re.compile("a+"), re.compile("a", re.I), re.compile("a", re.I | re.M | re.S), re.compile("(?x) a"))
print(re.compile(r"\d", re.ASCII), re.compile("a", re.U), re.compile("(?i)a").flags, re.compile("a", re.X).flags)
print(re.I, re.IGNORECASE | re.MULTILINE, repr(re.S), re.A | re.I, re.NOFLAG, int(re.X), re.I == 2, re.I | 8 == 10)
print(re.compile("abc") == re.compile("abc"), re.compile("a", re.I) == re.compile("a"), re.compile("x") is re.compile("x"))
verbose = re.compile(
    r"""
    (?P<user> [\w.]+ )   # the user name
    @                    # at
    (?P<host> [\w.]+ \. [a-z]{2,} )  # host with a top-level domain
    """,
    re.VERBOSE,
)
print(verbose.match("jane.doe@mail.example.org").groupdict())
print(re.findall(r"a[ ]b # c", "a b", re.X), re.findall(r"a\ b", "a b", re.X))
print(re.findall(r"(?i:hello) world", "HELLO world HELLO WORLD"), re.findall(r"(?s:.)x", "\nx"))
print(re.findall(r"(?-i:a)b", "ab Ab aB", re.I), re.findall(r"(?m)^\w", "a\nb"))
bad = ["(", "a)", "*a", "a**", "[a", r"\q", "[z-a]", r"(a)\2", "(?P<1>a)", "(?P=x)", "(?P<a>x)(?P<a>y)",
       "a{3,2}", "(?<=a+)b", "x(?i)y", "(?z)", "a\n(", r"\x4", "(?P<a", "(?", "a|*", "^*", r"[\d-z]"]
for pattern in bad:
    try:
        re.compile(pattern)
        print("compiled", pattern)
    except re.error as e:
        print(repr(pattern), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    re.match(r"a", 5)
except TypeError as e:
    print("TypeError", e)
e = re.error("custom")
print(e, e.msg, e.pattern, e.pos, isinstance(e, Exception))
