# Closures capture variables, not values; default args are evaluated once.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

def make():
    out = []
    for k in "abc":
        def g():
            return k
        out.append(g)
    k = "z"
    return out

print([g() for g in make()])

def append_to(x, acc=[]):
    acc.append(x)
    return acc

print(append_to(1), append_to(2), append_to(3, []), append_to(4))

counter = 0
def default_calls():
    global counter
    counter += 1
    return counter

def uses(a=default_calls()):
    return a

print(uses(), uses(), counter)

def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner
    f = mid()
    f(); f()
    return x

print(outer())

def cell_after_def():
    def show():
        return y
    try:
        show()
    except NameError as e:
        print("NameError:", e)
    y = 5
    return show()

print(cell_after_def())

def unbound():
    try:
        print(q)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    q = 1

unbound()

x = "global"
def shadow():
    print([x for _ in range(1)])
    x2 = [x for x in range(2)]
    return x2, x

print(shadow())
