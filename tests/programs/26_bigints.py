# Integers are unbounded: powers, factorials, floor division and modulo on big numbers.
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


print(2 ** 100)
print(factorial(30))
print(factorial(52) // factorial(47))
print(-(2 ** 70) // 3, -(2 ** 70) % 7)
print(len(str(factorial(100))), str(factorial(25)).count("0"))
big = 10 ** 30 + 7
print(big * big, big - 10 ** 30, big // 10 ** 29)
print(2 ** 64 - 1, (2 ** 64) / 2, 2 ** 62 + 2 ** 62)
print(abs(-(3 ** 50)), f"{2 ** 80:,}", f"{2 ** 40:>20}")
