# match: a command interpreter in the style of the tutorial (strings split into lists, or-patterns of literals, star captures), matching deques and ranges, and match at module level binding globals.
from collections import deque


def run(command):
    match command.split():
        case []:
            return "nothing"
        case ["quit" | "exit" | "bye"]:
            return "quitting"
        case ["look"]:
            return "you see a room"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "you can't go there"
        case ["drop", *objects] if objects:
            return f"dropping {', '.join(objects)}"
        case [verb, *_]:
            return f"unknown verb {verb!r}"


for c in ["", "quit", "bye", "look", "go north", "go up", "drop lamp key", "drop", "dance a jig"]:
    print(repr(c), "->", run(c))

queue = deque([1, 2, 3])
match queue:
    case deque():
        print("a deque")
match queue:
    case [1, *rest]:
        print("deque as a sequence, rest", rest)
match range(1, 10, 4):
    case [a, b, c]:
        print("range items", a, b, c)

match {"user": {"name": "ada", "langs": ["py", "rs"]}}:
    case {"user": {"name": str(name), "langs": [first, *_]}}:
        pass
print("globals bound:", name, first)
