# A command-line help text built with textwrap: dedent, wrapped option descriptions, aligned columns.
import textwrap

OPTIONS = {
    "-n, --count N": "How many times to repeat the greeting before giving up and going home.",
    "-q, --quiet": "Print nothing.",
    "--colour WHEN": "Colour the output: always, never, or auto (the default), which colours only terminals.",
}


def help_text(width=60):
    head = textwrap.dedent("""\
        greet - say hello

        Options:""")
    lines = [head]
    for flag, description in OPTIONS.items():
        body = textwrap.wrap(description, width - 20)
        lines.append(f"  {flag:<16}  {body[0]}")
        lines.extend(" " * 20 + rest for rest in body[1:])
    return "\n".join(lines)


print(help_text())
print("-" * 20)
print(help_text(40))
