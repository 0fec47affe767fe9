# except*: what escapes when one clause re-raises, another raises anew and a part matches no clause: a new ExceptionGroup('') with the new exception (its context the matched part) and the re-raised and unmatched parts merged into one group shaped like the original.
def boom():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])


def naked():
    try:
        raise ValueError("bare")
    except* ValueError:
        raise


def handle():
    try:
        boom()
    except* ValueError as eg:
        print("caught", repr(eg))
        raise
    except* TypeError as eg:
        print("caught", repr(eg))
        raise RuntimeError("new in handler")


try:
    naked()
except ExceptionGroup as eg:
    print("naked came back wrapped:", repr(eg))
handle()
