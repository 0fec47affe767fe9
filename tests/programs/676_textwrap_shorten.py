# textwrap.shorten collapses whitespace and cuts at a word boundary, adding a placeholder; and TextWrapper reused.
import textwrap

title = "The   Hitchhiker's Guide   to the Galaxy"
for width in (40, 30, 20, 12, 10):
    print(width, repr(textwrap.shorten(title, width)))
print(textwrap.shorten("Hello world!", width=12), textwrap.shorten("Hello world!", width=11))
print(textwrap.shorten("a b c d e f", 7, placeholder="…"))
try:
    textwrap.shorten("abc", 2)
except ValueError as e:
    print("ValueError:", e)
wrapper = textwrap.TextWrapper(width=16, initial_indent="- ", subsequent_indent="  ")
for item in ["buy bread, milk and eggs", "call the plumber about the leak"]:
    print(wrapper.fill(item))
print(wrapper.width, wrapper.wrap("tiny"))
