# expect-exit: 2
# expect-stderr: 58_except_star_break.py:8:9: error: syntax error: 'break', 'continue' and 'return' cannot appear in an except* block
print("nothing may run before the check")
for attempt in range(3):
    try:
        raise ExceptionGroup("g", [ValueError(attempt)])
    except* ValueError:
        break
