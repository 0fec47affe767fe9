//! `math`'s integer functions on arbitrary-size ints: `factorial`, `comb`, `perm`, `isqrt`,
//! `gcd` and `lcm`. Pure; the argument checks that name CPython's messages live in `mod.rs`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The product `lo * (lo + 1) * … * hi` (1 when empty), split in halves so the big
/// multiplications get operands of similar size.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut acc = BigInt::from(lo);
        for k in lo + 1..=hi {
            acc *= k;
        }
        return acc;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

pub fn factorial(n: u64) -> BigInt {
    range_product(2, n)
}

/// `n! / (n - k)!`, given `k <= n`.
pub fn perm(n: &BigInt, k: u64) -> BigInt {
    if let Some(small) = n.to_u64() {
        return range_product(small - k + 1, small);
    }
    let mut acc = BigInt::one();
    let mut factor = n.clone();
    for _ in 0..k {
        acc *= &factor;
        factor -= 1;
    }
    acc
}

/// `n! / (k! (n - k)!)`, given `k <= n - k`: each partial quotient is itself a binomial
/// coefficient, so every division is exact.
pub fn comb(n: &BigInt, k: u64) -> BigInt {
    let base = n - BigInt::from(k);
    let mut acc = BigInt::one();
    for i in 1..=k {
        acc *= &base + i;
        acc /= i;
    }
    acc
}

/// The floor of the square root of a non-negative int.
pub fn isqrt(n: &BigInt) -> BigInt {
    n.sqrt()
}

pub fn gcd(a: &BigInt, b: &BigInt) -> BigInt {
    a.gcd(b)
}

/// The non-negative least common multiple (0 when either is 0).
pub fn lcm(a: &BigInt, b: &BigInt) -> BigInt {
    if a.is_zero() || b.is_zero() {
        return BigInt::zero();
    }
    (a / a.gcd(b) * b).abs()
}
