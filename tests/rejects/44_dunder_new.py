# expect-exit: 2
# expect-stderr: 44_dunder_new.py:7:9: error: unsupported: `__new__` in a class (coroviz would not use it)


class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
