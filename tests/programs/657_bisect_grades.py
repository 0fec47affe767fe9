# bisect: grade boundaries with bisect_right, insertion points left and right, insort keeping a list sorted.
import bisect


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in (33, 60, 69, 70, 89, 90, 100)])
data = [1, 2, 4, 4, 4, 7, 9]
for x in (0, 4, 5, 9, 10):
    print(x, bisect.bisect_left(data, x), bisect.bisect_right(data, x))
print(bisect.bisect_left(data, 4, lo=4), bisect.bisect_right(data, 4, 0, 3))
scores = []
for s in (50, 20, 80, 20, 65):
    bisect.insort(scores, s)
    print(scores)
bisect.insort_left(scores, 65)
bisect.insort_right(scores, 100)
print(scores)


def contains(sorted_list, x):
    i = bisect.bisect_left(sorted_list, x)
    return i < len(sorted_list) and sorted_list[i] == x


print(contains(data, 7), contains(data, 3), contains([], 1))
try:
    bisect.bisect(data, 3, lo=-1)
except ValueError as e:
    print("ValueError:", e)
