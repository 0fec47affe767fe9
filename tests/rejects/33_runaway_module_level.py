# args: --max-instructions 100000
# expect-exit: 4
# expect-stderr: instruction budget
# expect-stderr: <module>
# expect-stderr: 33_runaway_module_level.py:7
print("looping forever at module level")
while True: pass
