# coroviz's statistics: averages, spread, quantiles and the two-variable functions, with
# CPython 3.11's results. Like CPython, mean and variance add the data exactly (as ratios of
# integers) and round once at the end, so mean([0.1, 0.2, 0.3]) is 0.2; coroviz has no
# fractions module, so a small private rational type does the exact part.

import math as _math

class StatisticsError(ValueError):
    pass


class _Ratio:
    # An exact fraction n/d in lowest terms, d > 0.
    def __init__(self, n, d=1):
        if d < 0:
            n, d = -n, -d
        g = _math.gcd(n, d)
        if g > 1:
            n //= g
            d //= g
        self.n = n
        self.d = d

    def plus(self, other):
        return _Ratio(self.n * other.d + other.n * self.d, self.d * other.d)

    def minus(self, other):
        return _Ratio(self.n * other.d - other.n * self.d, self.d * other.d)

    def times(self, other):
        return _Ratio(self.n * other.n, self.d * other.d)

    def over(self, k):
        # divided by the int k
        return _Ratio(self.n, self.d * k)

    def to_float(self):
        return self.n / self.d


def _exact(x):
    # (numerator, denominator) of a number; (x, None) for infinities and NaNs.
    if isinstance(x, float):
        if x != x or x in (float("inf"), float("-inf")):
            return (x, None)
        return x.as_integer_ratio()
    if isinstance(x, int):
        return (int(x), 1)
    raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _coerce(T, S):
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    raise TypeError(f"don't know how to coerce {T.__name__} and {S.__name__}")


def _sum(data):
    # (type of the result, exact total, count); the total is a float when it is not finite.
    count = 0
    T = int
    by_denominator = {}
    for x in data:
        count += 1
        n, d = _exact(x)
        T = _coerce(T, type(x))
        by_denominator[d] = by_denominator.get(d, 0) + n
    if None in by_denominator:
        return T, by_denominator[None], count
    total = _Ratio(0)
    for d, n in by_denominator.items():
        total = total.plus(_Ratio(n, d))
    return T, total, count


def _convert(value, T):
    if not isinstance(value, _Ratio):
        return T(value) if T is float else value
    if T is int or T is bool:
        if value.d == 1:
            return value.n
        return value.to_float()
    return T(value.to_float())


def _ss(data, c=None):
    # (type, exact sum of squared deviations, mean, count)
    if c is not None:
        T, total, count = _sum((x - c) * (x - c) for x in data)
        return T, total, c, count
    count = 0
    T = int
    sx = {}
    sxx = {}
    for x in data:
        count += 1
        n, d = _exact(x)
        T = _coerce(T, type(x))
        sx[d] = sx.get(d, 0) + n
        if d is not None:
            sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        return T, _Ratio(0), _Ratio(0), 0
    if None in sx:
        return T, sx[None], sx[None], count
    total = _Ratio(0)
    squares = _Ratio(0)
    for d, n in sx.items():
        total = total.plus(_Ratio(n, d))
    for d, n in sxx.items():
        squares = squares.plus(_Ratio(n, d * d))
    ssd = squares.times(_Ratio(count)).minus(total.times(total)).over(count)
    return T, ssd, total.over(count), count


def _sqrt_ratio(r):
    # The square root of a non-negative ratio, correctly rounded to a float.
    if not isinstance(r, _Ratio):
        return _math.sqrt(r)
    n, m = r.n, r.d
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        a = _math.isqrt(n // (m << 2 * q))
        root = a | (a * a * (m << 2 * q) != n)
        return (root << q) / 1
    shifted = n << -2 * q
    a = _math.isqrt(shifted // m)
    root = a | (a * a * m != shifted)
    return root / (1 << -q)


def _divided(total, k):
    if isinstance(total, _Ratio):
        return total.over(k)
    return total / k


def mean(data):
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(_divided(total, n), T)


def _with_length(values):
    # (values, len(values)), listing an iterable first when it has no len().
    try:
        return values, len(values)
    except TypeError:
        listed = list(values)
        return listed, len(listed)


def fmean(data, weights=None):
    data, n = _with_length(data)
    if weights is None:
        total = _math.fsum(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return total / n
    weights, num_weights = _with_length(weights)
    num = _math.fsum(x * w for x, w in zip(data, weights))
    if n != num_weights:
        raise StatisticsError("data and weights must be the same length")
    den = _math.fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def geometric_mean(data):
    try:
        return _math.exp(fmean([_math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset "
                              "containing positive numbers") from None


def _non_negative(values, errmsg):
    # The values as they come, stopping with errmsg at the first negative one.
    for value in values:
        if value < 0:
            raise StatisticsError(errmsg)
        yield value


def harmonic_mean(data, weights=None):
    if iter(data) is data:
        data = list(data)
    errmsg = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError("unsupported type")
    if weights is None:
        weights, sum_weights = [1] * n, n
    else:
        # An iterator is listed: it is read twice (summed, then paired with the data).
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        _, sum_weights, _ = _sum(_non_negative(weights, errmsg))
    try:
        T, total, count = _sum(w / x if w else 0
                               for w, x in zip(weights, _non_negative(data, errmsg)))
    except ZeroDivisionError:
        return 0
    if (total.n if isinstance(total, _Ratio) else total) <= 0:
        raise StatisticsError("Weighted sum must be positive")
    if not isinstance(sum_weights, _Ratio):
        sum_weights = _Ratio(sum_weights)
    return _convert(_Ratio(sum_weights.n * total.d, sum_weights.d * total.n), T)


def _ranked(data):
    # The data in order, and how many points: every kind of median needs at least one.
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError("no median for empty data")
    return ordered, len(ordered)


def median(data):
    # The middle point, or the mean of the two middle ones.
    ordered, n = _ranked(data)
    half = n // 2
    if n % 2:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    # Always a data point: the lower of the two middle ones when n is even.
    ordered, n = _ranked(data)
    return ordered[n // 2] if n % 2 else ordered[n // 2 - 1]


def median_high(data):
    ordered, n = _ranked(data)
    return ordered[n // 2]


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    counts = _counts(data)
    best = None
    most = 0
    for value, count in counts.items():
        if count > most:
            best, most = value, count
    if not most:
        raise StatisticsError("no mode for empty data")
    return best


def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    most = max(counts.values())
    return [value for value, count in counts.items() if count == most]


def quantiles(data, *, n=4, method="exclusive"):
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    result = []
    if method == "inclusive":
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == "exclusive":
        m = ld + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f"Unknown method: {method!r}")


def variance(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(_divided(ss, n - 1), T)


def pvariance(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(_divided(ss, n), T)


def stdev(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _sqrt_ratio(_divided(ss, n - 1))


def pstdev(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _sqrt_ratio(_divided(ss, n))


def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(
            f"{what} requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError(f"{what} requires at least two data points")
    return n


def covariance(x, y, /):
    n = _paired(x, y, "covariance")
    xbar = _math.fsum(x) / n
    ybar = _math.fsum(y) / n
    return _math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)) / (n - 1)


def correlation(x, y, /):
    n = _paired(x, y, "correlation")
    xbar = _math.fsum(x) / n
    ybar = _math.fsum(y) / n
    sxy = _math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = _math.fsum((xi - xbar) * (xi - xbar) for xi in x)
    syy = _math.fsum((yi - ybar) * (yi - ybar) for yi in y)
    try:
        return sxy / _math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


class LinearRegression:
    # What linear_regression returns: prints and unpacks as CPython's named tuple does.
    def __init__(self, slope, intercept):
        self.slope = slope
        self.intercept = intercept

    def __repr__(self):
        return f"LinearRegression(slope={self.slope!r}, intercept={self.intercept!r})"

    def __iter__(self):
        return iter((self.slope, self.intercept))

    def __getitem__(self, i):
        return (self.slope, self.intercept)[i]

    def __len__(self):
        return 2


def linear_regression(x, y, /, *, proportional=False):
    n = len(x)
    if len(y) != n:
        raise StatisticsError("linear regression requires that both inputs have same "
                              "number of data points")
    if n < 2:
        raise StatisticsError("linear regression requires at least two data points")
    if proportional:
        sxy = _math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = _math.fsum(xi * xi for xi in x)
    else:
        xbar = _math.fsum(x) / n
        ybar = _math.fsum(y) / n
        sxy = _math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = _math.fsum((xi - xbar) * (xi - xbar) for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
