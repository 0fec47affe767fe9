# while/for with else, break and continue, chained comparisons and boolean operators.
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")


find([4, 5, 6], 5)
find([4, 5, 6], 7)
n = 0
while n < 10:
    n += 3
    if n == 6:
        continue
    print("n", n)
else:
    print("while ended with n =", n)
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 != 6, 0 <= x <= 5 < 6)
print(0 or "default", "" and "never", None or 0 or [], 3 and 4, not [], not 0)
v = None
if v is None:
    print("v is None")
elif v:
    print("truthy")
else:
    print("falsy")
i = 0
while True:
    i += 1
    if i > 3:
        break
print("i", i)
for ch in "ab":
    for k in range(3):
        if k == 1:
            continue
        print(ch, k)
pass
