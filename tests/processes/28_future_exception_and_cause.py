# f.exception() returns the worker's exception; its __cause__ is a _RemoteTraceback holding the child traceback.
from concurrent.futures import ProcessPoolExecutor


def boom(x):
    raise RuntimeError(f"boom {x}")


def fine():
    return 1


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        f = pool.submit(boom, 7)
        exc = f.exception()
        print("exception():", type(exc).__name__, exc.args)
        print("done:", f.done())
        cause = exc.__cause__
        print("cause type:", type(cause).__name__, type(cause).__module__)
        print("cause is an Exception:", isinstance(cause, Exception))
        text = str(cause)
        lines = text.strip().splitlines()
        print("first line:", lines[0])
        print("second line:", lines[1])
        print("last lines:", lines[-2:])
        print("mentions boom():", "in boom" in text)
        print("has a traceback object:", exc.__traceback__ is not None)
        print("no exception on success:", pool.submit(fine).exception())
