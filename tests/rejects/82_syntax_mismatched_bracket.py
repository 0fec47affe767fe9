# expect-exit: 2
# expect-stderr: 82_syntax_mismatched_bracket.py:7:17: error: syntax error: closing parenthesis ']' does not match opening parenthesis '(' on line 6
# A closing bracket of the wrong kind, with the opener's line.
jobs = [("a", 1),
        ("b", 2)]
queue = (jobs[0],
         jobs[1]]
