# A custom exception class defined at top level comes back as that same class, attributes included.
from concurrent.futures import ProcessPoolExecutor


class AppError(Exception):
    pass


class CodedError(AppError):
    def __init__(self, message, code):
        super().__init__(message, code)
        self.code = code


class OneArgError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


def raise_app():
    raise AppError("plain app error")


def raise_coded():
    err = CodedError("with code", 404)
    err.extra = "kept"
    raise err


def raise_one_arg():
    raise OneArgError(7)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        for fn in [raise_app, raise_coded, raise_one_arg]:
            try:
                pool.submit(fn).result()
            except AppError as e:
                print("AppError family:", type(e).__name__, e.args, getattr(e, "code", None), getattr(e, "extra", None))
            except Exception as e:
                print("other:", type(e).__name__, e.args, getattr(e, "code", None))
