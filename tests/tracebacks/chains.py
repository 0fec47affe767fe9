# A chain of causes and contexts, and an exception group inside a group's member's cause.
def fail(n):
    if n == 0:
        raise KeyError("bottom")
    try:
        fail(n - 1)
    except Exception as e:
        if n % 2:
            raise ValueError(f"level {n}") from e
        raise RuntimeError(f"level {n}")


try:
    fail(3)
except Exception as e:
    err = TypeError("member")
    err.__cause__ = BaseExceptionGroup("inner", [e, KeyboardInterrupt()])
    raise BaseExceptionGroup("outer", [err])
