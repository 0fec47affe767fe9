# The common names of typing import and print as CPython 3.11 prints them.
import typing
from typing import (Any, AsyncIterator, Awaitable, Callable, ClassVar, Coroutine, Dict, Final, FrozenSet,
                    Generator, Iterable, Iterator, List, Literal, Mapping, Optional, Sequence, Set, Tuple,
                    Type, Union)

print(Any, Optional[int], Union[int, str], Union[int, None], Optional[Union[int, str]])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Set[str], FrozenSet[int], Type[int])
print(Callable[[int, str], bool], Callable[..., None], Iterable[str], Iterator[int])
print(Generator[int, None, str], Coroutine[Any, Any, int], Awaitable[int], AsyncIterator[bytes])
print(Mapping[str, Any], Sequence[float], Literal["r", "w"], Literal[1, True], ClassVar[int], Final[str])
print(int | None, list[int], dict[str, tuple[int, ...]], type[str] | None)
print(Union[int, int], Union[int, Union[str, float]], Optional[None], List)
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_origin(int | str))
print(Optional[int] == Union[int, None], List[int] == list[int], Union[int, str] == Union[str, int])
print(typing.TYPE_CHECKING, typing.cast(int, "not converted"), typing.cast("List[str]", [1]))
print(typing.NoReturn, typing.Hashable, typing.Sized, typing.AnyStr, typing.Text is str)
