# Less common random functions: choices (weights, cum_weights), variates, getstate/setstate, Random instances.
import random

random.seed(12345)
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=6), random.choices("xy", cum_weights=[1, 2], k=3))
print(random.normalvariate(5, 2), random.expovariate(1.5), random.triangular(0, 10, 3))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
r = random.Random(99)
print(r.random(), r.randint(1, 10), random.Random(99).random() == random.Random(99).random())
