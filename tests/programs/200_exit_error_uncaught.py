# An exception raised by __exit__ while handling another one: both show, chained.


class Flaky:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print("exiting with", et.__name__)
        raise RuntimeError("cleanup failed")


def work():
    with Flaky():
        raise ValueError("work failed")


work()
