# copy.copy shares nested objects, copy.deepcopy does not; copies of dicts, lists, instances and cycles.
import copy

board = [[0, 0], [0, 0]]
shallow = copy.copy(board)
deep = copy.deepcopy(board)
board[0][0] = 1
print(board, shallow, deep, shallow is board, shallow[0] is board[0], deep[0] is board[0])
config = {"name": "app", "tags": ["a", "b"], "limits": {"cpu": 2}}
c1, c2 = copy.copy(config), copy.deepcopy(config)
config["tags"].append("c")
config["limits"]["cpu"] = 4
print(c1, c2, sep="\n")


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.history = []

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.history})"


p = Point(1, 2)
q, r = copy.copy(p), copy.deepcopy(p)
p.history.append("moved")
p.x = 9
print(p, q, r)
loop = [1]
loop.append(loop)
clone = copy.deepcopy(loop)
print(clone, clone[1] is clone, clone is not loop)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None, copy.copy("s") == "s")
