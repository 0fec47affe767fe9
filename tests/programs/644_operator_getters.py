# operator.itemgetter and attrgetter for sorting and picking fields, including nested attributes; their reprs.
from operator import attrgetter, itemgetter


class Address:
    def __init__(self, city):
        self.city = city


class Person:
    def __init__(self, name, age, city):
        self.name, self.age, self.address = name, age, Address(city)

    def __repr__(self):
        return f"Person({self.name!r})"


rows = [("pear", 3, 0.5), ("apple", 7, 0.25), ("fig", 3, 1.5)]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)), itemgetter(-1)(rows), itemgetter(slice(1, 3))("abcd"))
print(itemgetter("b", "a")({"a": 1, "b": 2}))
people = [Person("Zoe", 30, "Oslo"), Person("Al", 25, "Rome"), Person("Bo", 30, "Bern")]
print(sorted(people, key=attrgetter("age", "name")))
print(list(map(attrgetter("address.city"), people)), attrgetter("name", "age")(people[1]))
print(max(people, key=attrgetter("age")), min(rows, key=itemgetter(2)))
print(repr(itemgetter(1)), repr(itemgetter(0, 2)), repr(attrgetter("address.city")), repr(attrgetter("a", "b")))
try:
    itemgetter(5)(rows)
except IndexError as e:
    print("IndexError:", e)
try:
    attrgetter("salary")(people[0])
except AttributeError as e:
    print("AttributeError:", e)
