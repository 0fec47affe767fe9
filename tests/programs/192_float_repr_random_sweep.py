# repr of 1500 pseudo-random floats across magnitudes, including values whose shortest repr is a tie at 17 digits.
import random

random.seed(7)
for i in range(1500):
    e = random.randint(-30, 30)
    v = random.random() * 10.0 ** e
    print(repr(v), repr(v * 3 + 1e15), repr(-v / 7), str(v * 1e-3))
print(1125899906842624.25, -34062309923050.5625, 1000000000000000.25, 0.5, 2.5e-320)
