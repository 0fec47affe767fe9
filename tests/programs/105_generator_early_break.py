# Breaking out of a for loop over a generator: finally runs when the generator is closed (on collection).
def counter(label):
    try:
        for i in range(10):
            yield i
    finally:
        print("  cleanup", label)


for x in counter("a"):
    if x == 2:
        break
print("after loop a")

g = counter("b")
for x in g:
    if x == 1:
        break
print("g still open")
print("resume", next(g))
g.close()
print("after close b")

total = sum(x for x in counter("c") if x % 3 == 0)
print("total", total)

gen = (i * i for i in range(5))
print(next(gen), next(gen))
print(list(gen))
print(list(gen))

print(any(x > 3 for x in counter("d")))
print(all(x < 3 for x in counter("e")))
print("end")
