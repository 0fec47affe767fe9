"""A producer hands items straight to a consumer coroutine with send()."""


def consumer():
    while True:
        res = yield
        print("consumer consumed item", res)


def produce(c):
    for i in range(1, 10):
        print("producer made item %d" % i)
        c.send(str(i))


c = consumer()
next(c)  # prime the consumer: it waits at `res = yield`
produce(c)
c.close()
print("consumer closed")
