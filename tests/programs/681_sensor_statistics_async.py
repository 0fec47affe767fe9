# Sensors report readings from tasks; statistics and math.fsum summarise them once all are in.
import asyncio
import math
import random
import statistics


async def sensor(name, readings, period):
    values = []
    for _ in range(readings):
        await asyncio.sleep(period)
        values.append(round(20 + random.random() * 5, 2))
    return name, values


async def main():
    random.seed(7)
    results = await asyncio.gather(sensor("kitchen", 4, 0.5), sensor("garage", 3, 0.7))
    for name, values in results:
        print(name, values, statistics.mean(values), statistics.median(values), round(statistics.stdev(values), 4))
    everything = [v for _, values in results for v in values]
    print(sum(everything), math.fsum(everything), len(everything), max(everything))


asyncio.run(main())
