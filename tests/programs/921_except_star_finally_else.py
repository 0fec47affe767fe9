# except*: with else and finally, inside loops and functions (break/continue/return around the clause, never inside it), nested try/except* in a clause, and a plain except around it.
def step(i):
    if i % 3 == 0:
        raise ExceptionGroup(f"step {i}", [ValueError(i)])
    if i % 3 == 1:
        raise TypeError(i)
    return i


log = []
for i in range(7):
    try:
        try:
            r = step(i)
        except* ValueError as eg:
            log.append(("value", i))
            try:
                raise ExceptionGroup("inner", [KeyError(i), OSError(i)])
            except* KeyError:
                log.append(("inner key", i))
            except* OSError:
                log.append(("inner os", i))
        else:
            log.append(("ok", r))
            if r == 5:
                break
            continue
        finally:
            log.append(("finally", i))
    except (ExceptionGroup, TypeError) as e:
        log.append(("escaped", repr(e)))
    log.append(("end of body", i))
for entry in log:
    print(entry)


def first_value(groups):
    for g in groups:
        found = None
        try:
            raise g
        except* ValueError as eg:
            found = eg.exceptions[0]
        except* Exception:
            pass
        if found is not None:
            return found
    return None


print(first_value([ExceptionGroup("a", [KeyError(1)]), ExceptionGroup("b", [ValueError(2)])]))
