# A list subclass: extra methods, overridden append, slicing and + giving plain lists, in-place += keeping the subclass.
class Stack(list):
    def push(self, item):
        self.append(item)
        return self

    def peek(self):
        return self[-1] if self else None

    @property
    def top(self):
        return self.peek()


s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), s.top, len(s), s.pop(), s, type(s).__name__)
print(s[0], s[-1], s[1:], type(s[1:]).__name__, s + [9], type(s + [9]).__name__)
print(s * 2, 2 in s, 7 in s, list(reversed(s)), sorted(s, reverse=True), sum(s), max(s))
s += [5, 6]
print(s, type(s).__name__, s == [1, 2, 3, 5, 6], [1, 2, 3, 5, 6] == s, s != [1])
s.extend(range(2))
s.sort()
s.reverse()
print(s, s.index(5), s.count(0), bool(Stack()), bool(s), isinstance(s, list))


class Logged(list):
    def append(self, item):
        print("append", item)
        super().append(item)

    def __setitem__(self, index, value):
        print("set", index, value)
        list.__setitem__(self, index, value)

    def __getitem__(self, index):
        value = super().__getitem__(index)
        return value * 10 if isinstance(index, int) else value


log = Logged()
log.append(1)
log.append(2)
log[0] = 5
print(log, log[0], log[1], log[:], list(log), [x for x in log])
a, b = log
print(a, b, *log, str(log), repr(log), f"{log!r}")
del log[0]
print(log, len(log))


class Matrix(list):
    def __init__(self, rows):
        super().__init__([list(r) for r in rows])

    def transpose(self):
        return Matrix(zip(*self))

    def __repr__(self):
        return "Matrix(" + list.__repr__(self) + ")"


m = Matrix([(1, 2, 3), (4, 5, 6)])
print(m, m.transpose(), m.transpose().transpose() == m, len(m.transpose()), m[1][2])
