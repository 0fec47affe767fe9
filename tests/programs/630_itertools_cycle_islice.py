# itertools.cycle with islice and next(): players taking turns, a repeating colour pattern.
from itertools import cycle, islice

players = cycle(["Ann", "Bob", "Cy"])
for round_no in range(1, 8):
    print(f"turn {round_no}: {next(players)}")

pattern = cycle("RGB")
print("".join(islice(pattern, 10)))
print(list(islice(cycle([1, 2]), 5)), list(islice(cycle([]), 5)))

lights = cycle([("green", 3), ("yellow", 1), ("red", 2)])
t = 0
for colour, seconds in islice(lights, 7):
    print(f"t={t:2} {colour}")
    t += seconds


def numbers():
    print("generating")
    yield from (1, 2, 3)


c = cycle(numbers())
print([next(c) for _ in range(7)])
print(list(islice(range(20), 2, 12, 3)), list(islice("abcdef", None)), list(islice("abcdef", 4, None)))
try:
    islice("abc", -1)
except ValueError as e:
    print("ValueError:", e)
