# The object model's class machinery: metaclasses (__new__, __call__, __iter__, __len__, __getitem__, __contains__, __repr__, properties), type(name, bases, ns), __init_subclass__ with class keywords, __class_getitem__, __new__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls._made = True
        return cls
    def __iter__(cls):
        return iter([1, 2])
    def __len__(cls):
        return 2
    def __getitem__(cls, k):
        return k * 2
    def __contains__(cls, x):
        return x == 1
    def __repr__(cls):
        return f"<meta {cls.__name__}>"
    def __call__(cls, *args):
        print("calling", cls.__name__, args)
        return super().__call__(*args)
    @property
    def members(cls):
        return "members of " + cls.__name__
    def hello(cls):
        return "hello " + cls.__name__
class A(metaclass=Meta, flag=1):
    x = 1
    def __init__(self, v):
        self.v = v
class B(A):
    pass
print(type(A), list(A), len(A), A[3], 1 in A, 2 in A, A, B, repr(B), str(A), A._made, A.members, B.hello())
print(A(5).v, isinstance(B(1), A), type(B) is Meta, bool(A))
C = type("C", (object,), {"x": 1, "f": lambda self: self.x + 1})
print(C, C.x, C().f(), C.__name__, C.__mro__)
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print("init_subclass", cls.__name__, tag)
class D(Base, tag="d"):
    pass
class E(D):
    pass
print(D.tag, E.tag)
try:
    class F(object, bad=1):
        pass
except TypeError as e:
    print(e)
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(G[int])
class H:
    def __new__(cls, *a):
        print("new", cls.__name__, a)
        o = super().__new__(cls)
        o.made = a
        return o
    def __init__(self, *a):
        print("init", a)
print(H(1, 2).made)
class I:
    def __new__(cls, x):
        return 42
print(I(1))
class J:
    def __new__(cls, x):
        return object.__new__(cls)
j = J(3)
print(type(j).__name__)
class K(type):
    pass
class L(metaclass=K):
    pass
print(type(L), L)
