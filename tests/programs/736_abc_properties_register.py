# Abstract properties and classmethods, calling the abstract base with super(), and ABC.register for virtual subclasses.
from abc import ABC, abstractmethod


class Plugin(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @abstractmethod
    def run(self):
        print("base run for", self.name)


class Hello(Plugin):
    @property
    def name(self):
        return "hello"

    @classmethod
    def create(cls):
        return cls()

    def run(self):
        super().run()
        print("hello plugin runs")


class External:
    def run(self):
        print("external")


Hello.create().run()
Plugin.register(External)
print(isinstance(External(), Plugin), issubclass(External, Plugin), External.__mro__[1:])


class NoName(Plugin):
    @classmethod
    def create(cls):
        return cls()

    def run(self):
        pass


try:
    NoName.create()
except TypeError as e:
    print("TypeError:", e)
