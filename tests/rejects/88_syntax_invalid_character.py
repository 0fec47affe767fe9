# expect-exit: 2
# expect-stderr: 88_syntax_invalid_character.py:4:11: error: syntax error: invalid character '“' (U+201C)
# A typographic quote pasted from a web page.
message = “hello”
print(message)
