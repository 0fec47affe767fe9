# file: no_such_program.py
# expect-exit: 2
# expect-stderr: no_such_program.py
print("this file is not the one run: the header points coroviz at a file that does not exist")
