# json.JSONDecodeError: its message with line and column, its attributes, and that it is a ValueError.
import json

bad_inputs = ['{"a": 1,}', "[1, 2", "{'single': 1}", '{"a" 1}', "", "tru", '{"a": 1}\n{"b": 2}',
              '[1,\n 2,\n x]', '"unterminated', "01"]
for text in bad_inputs:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(f"{text!r:26} -> {e} | msg={e.msg!r} pos={e.pos} line={e.lineno} col={e.colno}")
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads(b"[1]".decode() + "]")
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.loads(None)
except TypeError as e:
    print("TypeError:", e)
