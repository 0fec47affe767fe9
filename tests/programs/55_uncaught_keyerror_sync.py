# An uncaught KeyError in plain code: the last stderr line is `KeyError: 'missing'`, exit status 1.
config = {"host": "example.org", "port": 80}
for key in ["host", "port", "missing"]:
    print(key, "=", config[key])
