# string's constants and capwords: letters, digits, punctuation, and a simple Caesar cipher with them.
import string

print(string.ascii_lowercase, string.ascii_uppercase)
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable), string.printable[:20])
print(string.capwords("the quick   brown fox"), string.capwords("hello-world there", "-"))
print("the quick   brown fox".title(), string.capwords("it's a dog's life"), "it's a dog's life".title())


def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)


secret = caesar("Hello, World!", 3)
print(secret, caesar(secret, -3))
print(sum(ch in string.punctuation for ch in "Wait... what?!"), all(c in string.hexdigits for c in "c0ffee"))
