# An exception thrown into a generator that does not handle it ends the program (exit 1).
def gg():
    print("a")
    while True:
        b = yield
        print(b)


n = gg()
n.send(None)
print("-")
n.send("b")
n.throw(Exception, "value error")
