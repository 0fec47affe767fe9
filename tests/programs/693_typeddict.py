# typing.TypedDict: class and functional forms, total=False, required/optional keys; at runtime a plain dict.
from typing import TypedDict


class Movie(TypedDict):
    title: str
    year: int


class Draft(TypedDict, total=False):
    title: str
    notes: str


Book = TypedDict("Book", {"title": str, "pages": int})
m = Movie(title="Up", year=2009)
b: Book = {"title": "Dune", "pages": 412}
print(m, type(m) is dict, type(m).__name__, m["year"] + 1)
print(b, Movie.__annotations__, Book.__annotations__)
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), sorted(Draft.__optional_keys__), Draft.__total__)
d = Draft()
d["notes"] = "todo"
print(d, Movie(title="no year"), Movie.__name__)
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError:", e)
