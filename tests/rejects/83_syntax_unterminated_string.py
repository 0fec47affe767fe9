# expect-exit: 2
# expect-stderr: 83_syntax_unterminated_string.py:5:11: error: syntax error: unterminated string literal (detected at line 5)
# An unterminated string literal, at its opening quote.
async def greet(name):
    print(f"hello {name})
