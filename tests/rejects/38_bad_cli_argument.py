# args: --max-instructions lots
# expect-exit: 2
# expect-stderr: --max-instructions
print("never runs")
