# An instance of a class that was later redefined under the same name fails to pickle (PicklingError).
from concurrent.futures import ProcessPoolExecutor


class Config:
    pass


OldConfig = Config


class Config:  # redefinition: the name now points at a different class
    pass


def show(obj):
    return type(obj).__name__


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        print("new class works:", pool.submit(show, Config()).result())
        try:
            pool.submit(show, OldConfig()).result()
        except Exception as e:
            print(type(e).__module__ + "." + type(e).__name__)
            print(str(e))
