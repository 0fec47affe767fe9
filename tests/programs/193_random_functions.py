# random module functions on fixed seeds: CPython's exact sequences (randint, randrange, uniform, shuffle, choice, sample, getrandbits, gauss, seeds of many types).
import random

random.seed(12345)
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(5)], random.randrange(10), random.randrange(-5, 5), random.randrange(10, 0, -3))
print(random.random(), random.uniform(1.5, 2.5), random.uniform(10, -10))
xs = list(range(10))
random.shuffle(xs)
print(xs)
print(random.choice("abcdef"), random.choice([1, 2, 3]), random.sample(range(100), 5), random.sample("abc", 3))
print(random.sample(range(10 ** 6), 3), random.sample([1, 2, 3, 4], k=2))
print(random.getrandbits(1), random.getrandbits(64), random.getrandbits(100), random.getrandbits(0))
print(random.gauss(0, 1), random.gauss(0, 1), random.gauss(10, 0.5))
print(random.randint(-(10 ** 20), 10 ** 20), random.randrange(2 ** 70), random.randint(0, 2 ** 32))
random.seed("a string seed")
print(random.random(), random.randint(0, 10 ** 6))
random.seed(3.5)
print(random.random())
random.seed(-42)
print(random.random())
random.seed(2 ** 100)
print(random.random())
random.seed(0)
print(random.random())
random.seed(True)
print(random.random())
for bad in (lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.sample([1], 2), lambda: random.randrange(0), lambda: random.randrange(1, 5, 0), lambda: random.getrandbits(-1)):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
