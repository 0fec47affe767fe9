# typing.Protocol: structural types; @runtime_checkable allows isinstance, which checks only that methods exist.
from typing import Protocol, runtime_checkable


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None:
        ...


class Speaker(Protocol):
    def speak(self) -> str:
        ...


class File:
    def close(self):
        print("file closed")


class Robot:
    def speak(self):
        return "beep"


class Wrong:
    close = 5


def shutdown(things: list[Closeable]) -> None:
    for t in things:
        if isinstance(t, Closeable):
            try:
                t.close()
            except TypeError as e:
                print("passes isinstance, yet:", e)
        else:
            print("cannot close", type(t).__name__)


shutdown([File(), Robot(), Wrong()])
print(issubclass(File, Closeable), isinstance(Robot(), Closeable))
try:
    isinstance(Robot(), Speaker)
except TypeError as e:
    print("TypeError:", e)
try:
    Speaker()
except TypeError as e:
    print("TypeError:", e)


def announce(s: Speaker) -> str:
    return s.speak().upper()


print(announce(Robot()), Closeable.__name__, Speaker._is_protocol)
