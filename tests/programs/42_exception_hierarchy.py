# `except Exception` does not catch CancelledError or KeyboardInterrupt: both are BaseException.
import asyncio


def classify(exc):
    try:
        raise exc
    except Exception as e:
        return "Exception: " + repr(e)
    except BaseException as e:
        return "BaseException only: " + repr(e)


for exc in [ValueError("v"), asyncio.CancelledError(), KeyboardInterrupt(), asyncio.TimeoutError(), StopIteration(5)]:
    print(classify(exc))
print(isinstance(asyncio.CancelledError(), Exception), isinstance(asyncio.CancelledError(), BaseException))
print(isinstance(asyncio.TimeoutError(), TimeoutError), isinstance(asyncio.InvalidStateError(), Exception))
print(isinstance(KeyError("k"), LookupError), isinstance(IndexError(), LookupError), isinstance(ZeroDivisionError(), ArithmeticError))


async def guarded():
    try:
        await asyncio.sleep(1)
    except Exception:
        print("never: Exception does not match CancelledError")
    finally:
        print("finally runs on cancel")


async def main():
    t = asyncio.create_task(guarded())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except Exception:
        print("not reached")
    except asyncio.CancelledError:
        print("caught as CancelledError")


asyncio.run(main())
