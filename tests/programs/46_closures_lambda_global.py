# Nested functions read outer variables; lambdas; `global` rebinds a module variable from coroutines.
import asyncio

counter = 0


def make_adder(n):
    def add(x):
        return x + n
    return add


def compose(f, g):
    return lambda x: f(g(x))


async def bump(times):
    global counter
    for i in range(times):
        counter += 1
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(bump(3), bump(4))
    print("counter", counter)


add5 = make_adder(5)
double = lambda x: x * 2
print(add5(1), double(4), compose(add5, double)(10), compose(double, add5)(10))
adders = [make_adder(i) for i in range(3)]
print([f(10) for f in adders])
asyncio.run(main())
