# kw_only=True and the KW_ONLY marker: keyword-only fields, which may follow defaults without errors.
from dataclasses import KW_ONLY, dataclass, field


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


@dataclass
class Request:
    url: str
    _: KW_ONLY
    timeout: float = 10.0
    retries: int


@dataclass
class Mixed:
    a: int = 0
    b: int = field(kw_only=True)


print(Options(level=3), Request("http://x", retries=2), Mixed(b=5), Mixed(1, b=2))
for bad in (lambda: Options(True, 3), lambda: Request("u", 5.0, 1), lambda: Mixed(1, 2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
