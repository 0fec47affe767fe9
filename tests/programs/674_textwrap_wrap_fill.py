# textwrap.wrap and fill: widths, long words broken or not, initial and subsequent indents, fix_sentence_endings.
import textwrap

text = ("Python is a programming language that lets you work quickly and integrate systems "
        "more effectively. It is used by beginners and experts alike.")
for line in textwrap.wrap(text, width=30):
    print(f"|{line:<30}|")
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10, break_long_words=False))
print(textwrap.wrap("", width=10), textwrap.wrap("   ", 5), textwrap.wrap("a  b   c", 3))
print(textwrap.fill("one. two.  three? four", width=80, fix_sentence_endings=True))
print(textwrap.wrap("well-known self-explanatory text", width=12))
print(textwrap.wrap("well-known self-explanatory text", width=12, break_on_hyphens=False))
print(textwrap.wrap("tabs\there\tand there", width=12, expand_tabs=True))
print(textwrap.wrap("lots of lines here for a short limit", width=10, max_lines=2))
print(textwrap.wrap("lots of lines here for a short limit", width=10, max_lines=2, placeholder=" ..."))
