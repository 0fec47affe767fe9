# A bank-account hierarchy on abc: an abstract fee rule, shared deposit/withdraw, and an overdraft error.
from abc import ABC, abstractmethod


class InsufficientFunds(Exception):
    pass


class Account(ABC):
    def __init__(self, owner, balance=0):
        self.owner, self.balance = owner, balance

    @abstractmethod
    def fee(self, amount):
        ...

    def deposit(self, amount):
        self.balance += amount
        return self

    def withdraw(self, amount):
        total = amount + self.fee(amount)
        if total > self.balance:
            raise InsufficientFunds(f"{self.owner}: need {total}, have {self.balance}")
        self.balance -= total
        return self

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance})"


class Checking(Account):
    def fee(self, amount):
        return 1


class Savings(Account):
    def fee(self, amount):
        return round(amount * 0.02, 2)


accounts = [Checking("ana", 100), Savings("ben", 500)]
for acct in accounts:
    acct.deposit(50).withdraw(120)
    print(acct)
try:
    accounts[0].withdraw(100)
except InsufficientFunds as e:
    print("InsufficientFunds:", e)
try:
    Account("nobody")
except TypeError as e:
    print("TypeError:", e)
print(sum(a.balance for a in accounts), sorted(accounts, key=lambda a: a.balance))
