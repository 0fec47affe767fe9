# expect-exit: 2
# expect-stderr: 87_syntax_print_statement.py:5:1: error: syntax error: Missing parentheses in call to 'print'. Did you mean print(...)?
# Python 2's print statement, as CPython 3.11 explains it.
name = "coroviz"
print "hello", name
