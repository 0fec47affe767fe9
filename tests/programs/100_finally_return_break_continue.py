# return/break/continue inside finally and except override pending exceptions and returns.
def ret_in_finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


def break_in_finally():
    out = []
    for i in range(5):
        try:
            out.append(i)
            if i == 2:
                raise KeyError(i)
        finally:
            if i == 2:
                break
    return out


def continue_in_finally():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise RuntimeError(i)
            out.append(i)
        finally:
            continue
    return out


def nested():
    trace = []
    try:
        try:
            trace.append("inner try")
            return "inner return"
        finally:
            trace.append("inner finally")
            raise ValueError("from inner finally")
    except ValueError as e:
        trace.append("outer except: " + str(e))
        return trace
    finally:
        trace.append("outer finally")


def return_in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    finally:
        print("  finally after except return")


def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            break
        finally:
            print("  while finally", n)
    return n


print(ret_in_finally_swallows())
print(break_in_finally())
print(continue_in_finally())
print(nested())
print(return_in_except())
print(while_finally())
