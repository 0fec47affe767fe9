# NameError / UnboundLocalError messages for globals, locals, free variables; del; global and nonlocal.
g = 1


def reads_then_assigns():
    try:
        print(g)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    g = 2
    return g


print(reads_then_assigns())


def uses_global():
    global g
    g += 10
    return g


print(uses_global(), g)


def free_var():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    v = 3
    return inner()


print(free_var())


def deleted_local():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


deleted_local()
tmp = 5
del tmp
try:
    tmp
except NameError as e:
    print("NameError:", e)
try:
    del tmp
except NameError as e:
    print("NameError on del:", e)


def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def get():
        return count

    return inc, get


inc, get = counter()
inc(); inc()
print(get())


def make_global():
    global created_later
    created_later = "made"


make_global()
print(created_later)
l = [1, 2, 3, 4, 5]
del l[1:3], l[0]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
print(d)
try:
    undefined_function()
except NameError as e:
    print("NameError:", e)
try:
    pritn("typo")
except NameError as e:
    print("NameError:", e)
