# The last stderr line of an uncaught exception whose message spans lines.
print("before")
raise ValueError("first line\nsecond line")
