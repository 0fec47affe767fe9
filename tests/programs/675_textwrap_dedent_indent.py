# textwrap.dedent removes the common leading whitespace of triple-quoted text; indent adds a prefix per line.
import textwrap


def usage():
    return textwrap.dedent("""\
        usage: tool [options]

          -h   help
          -v   verbose
        """)


print(usage(), end="")
print(repr(textwrap.dedent("    a\n      b\n    c")))
print(repr(textwrap.dedent("  a\n\n  b\n")), repr(textwrap.dedent("\ta\n  b")))
print(textwrap.indent("first\nsecond\n\nfourth", "> "))
print(repr(textwrap.indent("a\n\nb\n", "+ ", predicate=lambda line: True)))
quoted = textwrap.indent(textwrap.fill("a reply that is long enough to wrap around", 20), "| ")
print(quoted)
