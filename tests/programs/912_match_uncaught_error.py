# match: an exception raised inside a case body (through a function called there) propagates uncaught: exit code 1 and CPython's last traceback line.
def parse(command):
    match command.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["take", item]:
            return inventory_add(item)
        case _:
            return "unknown"


def inventory_add(item):
    raise KeyError(item)


print(parse("go north"))
print(parse("dance"))
print(parse("take lamp"))
