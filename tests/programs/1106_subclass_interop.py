# Builtin subclasses where builtins expect the base type: json, dict()/list()/tuple()/set(), unpacking, sorted, str.join, isinstance and type().
import json


class Config(dict):
    pass


class Names(list):
    pass


class Code(str):
    pass


class Count(int):
    pass


cfg = Config(host="localhost", port=Count(8080), tags=Names(["a", "b"]), code=Code("x1"))
print(json.dumps(cfg), json.dumps(cfg, sort_keys=True))
print(json.dumps([Names([1, 2]), Code("s"), Count(3)]), json.loads(json.dumps(cfg))["port"])
print(dict(cfg) == cfg, type(dict(cfg)).__name__, list(Names("xy")), tuple(Names([1])), set(Names([1, 1])))


def show(**kwargs):
    return sorted(kwargs.items())


def spread(*args):
    return args


print(show(**cfg), spread(*Names([1, 2, 3])), spread(*Code("ab")), {**cfg}["host"])
first, *rest = Names([1, 2, 3])
print(first, rest, type(rest).__name__, [*Names([4]), *Code("z")], (*Names([1, 2]),))
print(isinstance(cfg, dict), isinstance(cfg, Config), isinstance({}, Config), type(cfg) is dict)
print(type(cfg).__name__, type(cfg).__mro__, Config.__bases__, issubclass(Count, int))
print(", ".join(Names(["p", "q"])), " ".join([Code("a"), Code("b")]), sorted(Names([3, 1, 2])))
print(sum(Names([1, 2])), max(Names([4, 9])), min(Code("qza")), any(Names([0, 1])), all(Names()))
print(len(cfg), len(Names([1])), len(Code("abc")), bool(Config()), bool(Names([0])), bool(Count(0)))
print(str(cfg), repr(Names([1])), f"{Code('f')!r}", f"{Count(7):>3}", "%s %r" % (Code("a"), Names()))
print(cfg.get("host"), sorted(cfg.keys()), list(cfg.items())[0])
nested = Config(inner=Config(x=Names([Count(1)])))
print(nested, nested["inner"]["x"][0] + 1, json.dumps(nested))
print(Names([1, 2]) == [1, 2], Config(a=1) == {"a": 1}, Code("a") < "b", Count(2) > 1.5)
print(list(enumerate(Names(["a", "b"]))), list(zip(Code("ab"), Names([1, 2]))), list(map(str, Names([1]))))
print(list(reversed(Names([1, 2, 3]))), Names([1, 2, 3])[::-1], Code("abc")[::-1], type(Code("abc")[::-1]).__name__)
