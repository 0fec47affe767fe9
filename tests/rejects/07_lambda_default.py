# expect-exit: 2
# expect-stderr: 07_lambda_default.py:4:
# expect-stderr: error: unsupported: `lambda` with default arguments
callbacks = [lambda f, i=i: print(i) for i in range(3)]
