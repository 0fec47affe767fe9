# expect-exit: 2
# expect-stderr: 01_match_statement.py:7:1: error: unsupported: `match` statement
# expect-stderr: 7 | match command:
# expect-stderr: ^
command = "go"
print("nothing may run before the check")
match command:
    case "go":
        print("going")
