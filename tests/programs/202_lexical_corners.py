# Lexical corners: escapes, raw and triple-quoted strings, implicit concatenation, numeric literal forms, unicode names.
s = "tab\tnl\\n quote\" \x41\u00e9\U0001F600 \N{BULLET} \101 \0end"
print(s, len(s))
print(r"raw\n\t\\", len(r"\\"), r"\"")
print("""triple "double" 'single'
second line\
 continued""")
print('implicit' " concatenation" f" with {1 + 1}" '!')
print(1e3, 1E-3, 1_000.5, .5, 5., 0o17, 0B101, 0XfF, 1_0_0, 0.000_1, 1e0_0 if False else 1)
x = 1; y = 2; print(x + \
    y)
π = 3.14159
名前 = "name"
print(π, 名前, f"{π:.2f}{名前!r}")
print(f"{'nested ' + 'quotes' if True else ''}", f"{x!r:>4}{y:<3}|", f'{"a" "b"}', f"{{literal}}")
print(f"""multi
{x +
 y}""")
print("\a\b\f\v\r".encode if False else [ord(c) for c in "\a\b\f\v\r"])
print("%s" % "percent %d" if False else "100%")
if True:
	print("tab-indented block")
print(type(1_0), 0 if False else 00, -0b1, ~0o7, 1 if 0 else 2 if 0 else 3)
