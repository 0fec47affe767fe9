# string.Template: $name and ${name} substitution, $$, safe_substitute, and the errors for missing or bad names.
from string import Template

letter = Template("Dear $name,\nyour order #${order}x2 costs $$${price}.")
print(letter.substitute(name="Ana", order=17, price="9.99"))
print(letter.substitute({"name": "Ben", "order": 3, "price": 5}, name="Override"))
partial = Template("$greeting, $who! $missing")
print(partial.safe_substitute(greeting="Hi", who="there"))
try:
    partial.substitute(greeting="Hi")
except KeyError as e:
    print("KeyError:", e)
try:
    Template("cost: $5").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("$x and $x").substitute(x=1), Template("no placeholders").substitute())
print(letter.template.splitlines()[0], Template.delimiter, Template("$a $b").get_identifiers())
print(Template("$a${b}").is_valid(), Template("$").is_valid())


class Percent(Template):
    delimiter = "%"


print(Percent("%who has %%%n").substitute(who="Cy", n=5))
