# Any callable may be a class statement's metaclass: a function gets the name, bases and namespace, and its result is bound.
registered = []


def registry(name, bases, namespace, **kw):
    print("registry", name, bases, sorted(k for k in namespace if not k.startswith("__")), kw)
    cls = type(name, bases, namespace)
    registered.append(cls)
    return cls


class Plugin(metaclass=registry, kind="demo"):
    def run(self):
        return "run " + type(self).__name__


def not_a_class(name, bases, namespace):
    return len(namespace)


class Weird(metaclass=not_a_class):
    a = 1


class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance


print(Plugin().run(), registered, Weird, Singleton() is Singleton())
