# Dataclass inheritance: fields accumulate base first, overriding keeps the position; default ordering errors.
from dataclasses import dataclass, fields


@dataclass
class Animal:
    name: str
    sound: str = "..."

    def speak(self):
        return f"{self.name} says {self.sound}"


@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: int = 0


@dataclass
class Puppy(Dog):
    def speak(self):
        return super().speak() + " (tiny)"


print(Dog("rex"), Dog("fido", tricks=3), [f.name for f in fields(Dog)])
print(Puppy("bit").speak(), Animal("cat").speak(), isinstance(Puppy("a"), Animal))
print(Dog("a") == Animal("a", "woof"), Dog("a") == Dog("a", "woof"))
try:
    @dataclass
    class Cat(Animal):
        lives: int
except TypeError as e:
    print("TypeError:", e)
