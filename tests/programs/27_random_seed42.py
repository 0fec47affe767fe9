# random with an explicit seed: random(), randint, uniform, choice.
import random

random.seed(42)
print(random.random())
print([random.randint(1, 6) for _ in range(10)])
print(round(random.uniform(1.5, 2.5), 6), random.uniform(-1, 1))
colors = ["red", "green", "blue", "yellow"]
print([random.choice(colors) for i in range(5)])
random.seed(42)
print("reseeded:", random.random())
