# Enum members in match statements (value patterns) and if chains: a traffic light state machine.
from enum import Enum


class Light(Enum):
    RED = "stop"
    AMBER = "wait"
    GREEN = "go"


def next_light(light):
    match light:
        case Light.RED:
            return Light.GREEN
        case Light.GREEN:
            return Light.AMBER
        case Light.AMBER:
            return Light.RED


def describe(value):
    match value:
        case Light.RED | Light.AMBER:
            return "do not drive"
        case Light():
            return "drive"
        case "stop" | "go":
            return f"a plain string {value!r}, not a Light"
        case _:
            return "unknown"


light = Light.RED
for _ in range(4):
    print(light, "->", describe(light))
    light = next_light(light)
print(describe("stop"), describe(Light("go")), describe(3))
if light is Light.GREEN:
    print("is GREEN")
elif light == Light.AMBER:
    print("is AMBER")
else:
    print("is", light.name)
