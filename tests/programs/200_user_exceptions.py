# User exception classes: hierarchies, custom __init__/__str__, attributes, chaining.


class AppError(Exception):
    """Base of this program's errors."""


class NotFound(AppError, LookupError):
    def __init__(self, key):
        super().__init__(f"no such key: {key}")
        self.key = key


class Retry(AppError):
    def __init__(self, attempts, reason="flaky"):
        self.attempts = attempts
        self.reason = reason

    def __str__(self):
        return f"gave up after {self.attempts} attempts ({self.reason})"


class Quiet(ValueError):
    pass


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise NotFound(k)


for thunk in [lambda: lookup({}, "x"), lambda: (_ for _ in ()).throw(Retry(3)),
              lambda: int("zz"), lambda: lookup({"x": 1}, "x")]:
    try:
        print("ok", thunk())
    except NotFound as e:
        print("NotFound", e, e.key, e.args, isinstance(e, LookupError), type(e.__context__).__name__)
    except AppError as e:
        print("AppError", type(e).__name__, e, repr(e), e.args, e.attempts)
    except ValueError as e:
        print("ValueError", e)

try:
    raise Quiet
except ValueError as e:
    print(repr(e), str(e) == "", e.args)
try:
    raise Quiet("a", 1)
except Quiet as e:
    print(repr(e), str(e), e.args)
try:
    try:
        raise Quiet("inner")
    except Quiet as inner:
        raise AppError("outer") from inner
except AppError as e:
    print(e, "<-", repr(e.__cause__), e.__suppress_context__)
print(issubclass(NotFound, Exception), NotFound.__mro__[1:3], AppError.__doc__)
err = Retry(2)
err.reason = "timeout"
print(err, err.attempts)


class WithDefault(Exception):
    def __init__(self, msg="default message", *, code=0):
        super().__init__(msg)
        self.code = code


for e in [WithDefault(), WithDefault("custom", code=7)]:
    print(e, e.code, e.args)
errors = []
for exc_type in [NotFound, Retry, Quiet]:
    try:
        raise exc_type(1)
    except (NotFound, Quiet) as e:
        errors.append(("caught", type(e).__name__))
    except Exception as e:
        errors.append(("general", type(e).__name__))
print(errors)
