# expect-exit: 2
# expect-stderr: 56_match_duplicate_key.py:5:10: error: syntax error: mapping pattern checks duplicate key ('id')
print("nothing may run before the check")
match {"id": 1}:
    case {"id": 1, "name": _, "id": 2}:
        pass
