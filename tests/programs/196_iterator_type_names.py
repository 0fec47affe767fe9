# type(...).__name__ of builtin iterators and views.
objs = [iter([]), iter(()), iter(""), iter(range(2)), iter({}), iter({1}), zip(), map(str, []), filter(None, []),
        enumerate([]), reversed([]), reversed(range(2)), {}.keys(), {}.values(), {}.items(), (x for x in [])]
print([type(o).__name__ for o in objs])
