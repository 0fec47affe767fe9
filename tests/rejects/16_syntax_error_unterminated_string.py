# expect-exit: 2
# expect-stderr: 16_syntax_error_unterminated_string.py:4:
# expect-stderr: error: syntax error:
message = "this string never ends
print(message)
