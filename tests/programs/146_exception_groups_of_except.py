# except clause ordering, tuples of classes, re-raise in else, exception in except, nested handlers.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-specific " + type(e).__name__
    except LookupError:
        return "lookup"
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
    else:
        return "no exception"


for exc in (KeyError(1), IndexError(), LookupError(), ZeroDivisionError(), OverflowError(), ValueError(), TypeError("t"), StopIteration(), NotImplementedError(), RecursionError(), UnicodeError() if False else AttributeError()):
    print(classify(exc))


def handler_raises():
    try:
        raise ValueError("original")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        raise


try:
    handler_raises()
except ValueError as e:
    print("bare raise re-raises the outer:", e)


def else_raises():
    try:
        x = 1
    except Exception:
        return "not here"
    else:
        raise RuntimeError("from else")
    finally:
        print("  finally after else raise")


try:
    else_raises()
except RuntimeError as e:
    print(e, repr(e.__context__))

try:
    try:
        raise TypeError("a")
    except TypeError as e:
        raise e
except TypeError as e:
    print("same object re-raised:", e, e.__context__)

try:
    raise BaseException("base")
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught BaseException:", e)

try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit code", e.code, e.args)

try:
    raise GeneratorExit()
except Exception:
    print("wrong")
except GeneratorExit:
    print("GeneratorExit is not an Exception")

print(issubclass(KeyboardInterrupt, Exception), issubclass(StopAsyncIteration, Exception), issubclass(TimeoutError, OSError))
