# A tokenizer in the style of the re docs: one pattern of named alternatives, lastgroup per match, line tracking, and a mismatch error.
import re

SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("ASSIGN", r":="),
    ("END", r";"),
    ("ID", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
TOKEN = re.compile("|".join("(?P<%s>%s)" % pair for pair in SPEC))
KEYWORDS = {"IF", "THEN", "ENDIF", "FOR", "NEXT", "GOSUB", "RETURN"}


def tokenize(code):
    line, line_start = 1, 0
    for mo in TOKEN.finditer(code):
        kind, value = mo.lastgroup, mo.group()
        column = mo.start() - line_start
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "ID" and value in KEYWORDS:
            kind = value
        elif kind == "NEWLINE":
            line_start = mo.end()
            line += 1
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise RuntimeError(f"{value!r} unexpected on line {line}")
        yield kind, value, line, column


program = """IF quantity THEN
    total := total + price * quantity;
    tax := price * 0.05;
ENDIF;"""
for tok in tokenize(program):
    print(tok)
try:
    list(tokenize("x := 1 $ 2"))
except RuntimeError as e:
    print("RuntimeError", e)
print(TOKEN.groups, sorted(TOKEN.groupindex.items())[:3])

# Scanning by hand with match(pos): words and numbers of a config line.
line = "width=80 height=24  title='coroviz demo' ratio=0.5"
pair = re.compile(r"\s*(\w+)=('[^']*'|\S+)")
pos, found = 0, []
while True:
    m = pair.match(line, pos)
    if not m:
        break
    found.append((m.group(1), m.group(2).strip("'")))
    pos = m.end()
print(found, pos == len(line))

# Templates, dates and case-insensitive key lookups.
dates = "Deadline 2026-12-03, review 2027-01-15 and 1999-13-99 (bad)."
iso = re.compile(r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])")
print(iso.sub(r"\g<d>/\g<m>/\g<y>", dates))
print([m.groupdict() for m in iso.finditer(dates)])
headers = "Content-Type: text/html\ncontent-length: 42\nX-Custom:  yes \n"
fields = dict(re.findall(r"^([\w-]+):\s*(.*?)\s*$", headers, re.M))
print(fields)
print({k.lower(): v for k, v in fields.items()}, re.search(r"^content-type:", headers, re.I | re.M) is not None)
camel = ["camelCaseName", "HTTPServerError", "simple", "getHTTPResponseCode"]
print([re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", s).lower() for s in camel])
print(re.sub(r"\s+", " ", "  lots   of\t\twhite \n space  ").strip())
print(re.findall(r"\"((?:[^\"\\]|\\.)*)\"", r'say "hi \"there\"" and "bye"'))
print(re.fullmatch(r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)", "192.168.0.255") is not None,
      re.fullmatch(r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)", "256.1.1.1") is not None)
print(re.split(r"(?<=[.!?])\s+", "One. Two! Three? Four"))
