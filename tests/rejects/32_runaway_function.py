# args: --max-instructions 100000
# expect-exit: 4
# expect-stderr: instruction budget
# expect-stderr: spin
# expect-stderr: 32_runaway_function.py:8
def spin():
    n = 0
    while True: pass


print("about to spin")
spin()
