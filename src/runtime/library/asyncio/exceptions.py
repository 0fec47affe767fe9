# The exceptions of asyncio's streams, written for coroviz: what a short read or an
# over-long line reports. (CancelledError, TimeoutError and InvalidStateError are the
# VM's own classes.)

__all__ = ('IncompleteReadError', 'LimitOverrunError')


class IncompleteReadError(EOFError):
    """The stream ended before `expected` bytes arrived; `partial` holds what did."""

    def __init__(self, partial, expected):
        shown = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {shown} expected bytes')
        self.partial, self.expected = partial, expected

    # Pickled and copied by its two arguments.
    def __reduce__(self):
        return type(self), (self.partial, self.expected)  # not the message made of them


class LimitOverrunError(Exception):
    """A separator was not found within the buffer limit; `consumed` bytes go with it."""

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed  # how many bytes go with the separator

