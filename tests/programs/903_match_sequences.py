# match: sequence patterns over lists, tuples, range and deque, with and without a star; str is never a sequence for match; dicts and sets are not either; nested sequences.
from collections import deque


def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r}, {y!r}"
        case [first, *rest] if len(rest) > 3:
            return f"long: first={first!r} rest={rest!r}"
        case [first, *middle, last]:
            return f"first={first!r} middle={middle!r} last={last!r}"
        case _:
            return f"not a sequence: {v!r}"


for v in [[], [1], (1, 2), range(3), deque([4, 5, 6, 7]), [1, 2, 3, 4, 5, 6], "ab", "abc",
          {"a": 1}, {1, 2}, 7, (), deque(), range(0)]:
    print(shape(v))

match [[1, 2], (3, [4, 5])]:
    case [[a, b], (c, [d, *e])]:
        print(a, b, c, d, e)

match (1, 2, 3):
    case [*all_of_it]:
        print("star only", all_of_it, type(all_of_it).__name__)

match "hello":
    case [*chars]:
        print("never", chars)
    case str(text):
        print("a string is not a sequence:", text)
