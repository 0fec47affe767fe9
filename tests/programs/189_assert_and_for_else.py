# assert without message, for/while-else with break inside try/finally, nested loops with labels emulated.
try:
    assert 1 == 2
except AssertionError as e:
    print("empty assert:", repr(e), e.args)
try:
    assert [], ("tuple", "message")
except AssertionError as e:
    print("tuple message:", e.args)


def search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            try:
                if v == target:
                    break
            finally:
                pass
        else:
            continue
        return (r, c)
    else:
        return None


print(search([[1, 2], [3, 4]], 4), search([[1]], 9))
n = 0
while n < 3:
    n += 1
    try:
        if n == 5:
            break
    finally:
        print("  finally", n)
else:
    print("while-else ran")
for i in []:
    pass
else:
    print("for-else on empty")
for i in range(3):
    try:
        continue
    finally:
        print("  continue-finally", i)
print("i =", i)
