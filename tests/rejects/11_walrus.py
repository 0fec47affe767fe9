# expect-exit: 2
# expect-stderr: 11_walrus.py:5:5: error: unsupported: walrus `:=`
# expect-stderr: ^
items = [1, 2, 3]
if (n := len(items)) > 2:
    print(n)
