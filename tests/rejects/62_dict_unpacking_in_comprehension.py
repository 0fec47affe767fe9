# expect-exit: 2
# expect-stderr: 62_dict_unpacking_in_comprehension.py:4:11: error: syntax error: dict unpacking cannot be used in dict comprehension
print("nothing may run before the check")
merged = {**d for d in [{"a": 1}, {"b": 2}]}
