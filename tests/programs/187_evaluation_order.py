# Evaluation order: call arguments, dict displays, chained assignment targets, subscripts in augmented assignment.
def t(label, value=None):
    print("  eval", label)
    return label if value is None else value


print(t("f", print)(t("a"), t("b"), k=t("c")))
d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(d)
x = [0, 0, 0]
i = 0
i = x[i] = 2
print(i, x)
x = [0, 0, 0]
i = 0
x[i] = i = 2
print(i, x)
arr = [10, 20, 30]
arr[t("idx", 1)] += t("inc", 5)
print(arr)
print(t("L", 1) < t("M", 2) < t("R", 0) < t("never", 9))
print(t("o1", 0) or t("o2", "") or t("o3", "last"))
print(t("a1", 1) and t("a2", 0) and t("a3", 3))
print(t("cond", True) if t("test", False) else t("else", 0))
a, b = t("first", 1), t("second", 2)
print([t(f"item{n}", n) for n in range(2)], (t("tuple1", 1), t("tuple2", 2)))
print(f"{t('fa', 1)}{t('fb', 2)}")
s = t("base", [1, 2, 3])[t("lo", 0):t("hi", 2)]
print(s)


def kw(a, b):
    return a, b


print(kw(b=t("B"), a=t("A")))
print(kw(*[t("s1"), t("s2")]))
del arr[t("del", 0)]
print(arr)
n = 0
while (n := n + 1) < 3:
    print("walrus loop", n)
