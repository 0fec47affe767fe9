# collections.namedtuple: repr, _fields, _make, _asdict, _replace, defaults, module and docstrings.
from collections import namedtuple

Employee = namedtuple("Employee", ["name", "dept", "salary"], defaults=[50_000])
e = Employee("Ana", "R&D")
print(e, e.salary, e._fields, e._field_defaults)
print(Employee._make(["Ben", "Ops", 42_000]), e._asdict(), e._replace(dept="QA"))
print(type(e).__name__, Employee.__module__, Employee.__doc__, Employee.name.__doc__)
rows = [("Cy", "R&D", 70_000), ("Dee", "Ops", 65_000)]
staff = [Employee(*r) for r in rows] + [e]
print(sorted(staff, key=lambda s: s.salary)[0].name, sum(s.salary for s in staff))
print(max(staff, key=lambda s: (s.dept, s.salary)))
print(e + ("extra",), e * 2 == tuple(e) * 2, e.count("R&D"), e.index(50_000))
Point3 = namedtuple("Point3", "x y z")
print(Point3(1, 2, 3), Point3(*range(3)), repr(Point3(x="a", y=[], z=None)))
try:
    Employee("x", "y", 1, 2)
except TypeError as e2:
    print("TypeError:", e2)
try:
    Employee(name="x")
except TypeError as e3:
    print("TypeError:", e3)
