# random's variates, choices (weights, cum_weights, lazy indexing), getstate/setstate and their errors, bit for bit with CPython.
import random
random.seed(12345)
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=6), random.choices("xy", cum_weights=[1, 2], k=3))
print(random.normalvariate(5, 2), random.expovariate(1.5), random.triangular(0, 10, 3), random.triangular())
print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.vonmisesvariate(0, 0))
print(random.gammavariate(0.5, 2), random.gammavariate(1, 2), random.gammavariate(3, 1.5))
print(random.betavariate(2, 5), random.paretovariate(3), random.weibullvariate(1, 1.5))
print(random.normalvariate(), random.triangular(1, 1, 1), random.triangular(high=5, low=2))
state = random.getstate()
print(state[0], len(state[1]), state[2])
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
random.gauss(); st = random.getstate(); print(st[2] is not None)
x = random.gauss(); random.setstate(st); print(random.gauss() == x)
for bad in (lambda: random.choices("ab", [1]), lambda: random.choices("ab", 3), lambda: random.choices("ab", [1,1], cum_weights=[1,2]),
            lambda: random.gammavariate(0, 1), lambda: random.expovariate(0), lambda: random.choices([], k=2),
            lambda: random.setstate((2, (), None)), lambda: random.lognormvariate(1), lambda: random.choices("ab", [0, 0])):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(random.choices("abc", k=0), random.choices(range(10), k=4))
