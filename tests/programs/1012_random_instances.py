# random.Random instances: their own generators beside the module's, seeded alike, with state save/restore.
import random
r1 = random.Random(7)
random.seed(7)
a = [random.random() for _ in range(3)]
print(a == [r1.random() for _ in range(3)])
r2 = random.Random("seed-text")
deck = list(range(10))
r2.shuffle(deck)
print(deck, r2.choice("abcdef"), r2.sample(range(100), 4), r2.randrange(0, 50, 5))
print(r2.choices("xyz", weights=[5, 1, 1], k=5), round(r2.gauss(0, 1), 12), r2.getrandbits(20))
s = r2.getstate()
x = r2.random()
r2.setstate(s)
print(x == r2.random(), type(r1).__name__, random.Random.__module__, isinstance(r1, random.Random))
r3 = random.Random()
r3.seed(12)
print(r3.randint(1, 6), random.Random(12).randint(1, 6))
print(random.random() == random.Random(7).random())
