# expect-exit: 2
# expect-stderr: 51_match_name_capture_unreachable.py:7:10: error: syntax error: name capture 'other' makes remaining patterns unreachable
# expect-stderr: ^^^^^
print("nothing may run before the check")
command = "go"
match command:
    case other:
        print(other)
    case "go":
        print("going")
