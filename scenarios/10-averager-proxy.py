"""Delegation: proxy_gen forwards every send() to average_gen via yield from."""


# The subgenerator: keeps a running average and yields it after every number.
def average_gen():
    total = 0
    count = 0
    average = 0
    while True:
        new_num = yield average
        print(new_num)
        count += 1
        total += new_num
        average = total / count


# The delegating generator: it only connects the caller to average_gen.
def proxy_gen():
    while True:
        yield from average_gen()


# The caller: talks to proxy_gen, but every value reaches average_gen.
def main():
    calc_average = proxy_gen()
    print(next(calc_average))  # prime: runs down to average_gen's first yield, prints 0
    print(calc_average.send(10))  # prints 10.0
    print(calc_average.send(20))  # prints 15.0
    print(calc_average.send(30))  # prints 20.0


if __name__ == "__main__":
    main()
