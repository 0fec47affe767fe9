//! Python's `heapq` algorithms, exactly (sift order included), over any strict order. The
//! timer heap gives it a total order (deadline, then scheduling order), so its pops are
//! sorted; the sift details matter only to orders with ties.

/// Pushes `item`, keeping the heap invariant (`heapq.heappush`).
pub fn heappush<T>(heap: &mut Vec<T>, item: T, lt: impl Fn(&T, &T) -> bool) {
    heap.push(item);
    let n = heap.len() - 1;
    siftdown(heap, 0, n, &lt);
}

/// Pops the smallest item (`heapq.heappop`).
pub fn heappop<T>(heap: &mut Vec<T>, lt: impl Fn(&T, &T) -> bool) -> Option<T> {
    let last = heap.pop()?;
    if heap.is_empty() {
        return Some(last);
    }
    let ret = std::mem::replace(&mut heap[0], last);
    siftup(heap, 0, &lt);
    Some(ret)
}

/// Turns a list into a heap in place (`heapq.heapify`).
pub fn heapify<T>(heap: &mut [T], lt: impl Fn(&T, &T) -> bool) {
    let n = heap.len();
    for i in (0..n / 2).rev() {
        siftup(heap, i, &lt);
    }
}

fn siftdown<T>(heap: &mut [T], startpos: usize, mut pos: usize, lt: &impl Fn(&T, &T) -> bool) {
    while pos > startpos {
        let parent = (pos - 1) >> 1;
        if lt(&heap[pos], &heap[parent]) {
            heap.swap(pos, parent);
            pos = parent;
        } else {
            break;
        }
    }
}

fn siftup<T>(heap: &mut [T], mut pos: usize, lt: &impl Fn(&T, &T) -> bool) {
    let endpos = heap.len();
    let startpos = pos;
    let mut childpos = 2 * pos + 1;
    // Bubble the smaller child up until hitting a leaf (CPython's _siftup), then sift down.
    while childpos < endpos {
        let rightpos = childpos + 1;
        if rightpos < endpos && !lt(&heap[childpos], &heap[rightpos]) {
            childpos = rightpos;
        }
        heap.swap(pos, childpos);
        pos = childpos;
        childpos = 2 * pos + 1;
    }
    siftdown(heap, startpos, pos, lt);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pops_in_order() {
        let mut h = Vec::new();
        for x in [5, 1, 4, 1, 3, 9, 2, 6] {
            heappush(&mut h, x, |a, b| a < b);
        }
        let mut out = Vec::new();
        while let Some(x) = heappop(&mut h, |a, b| a < b) {
            out.push(x);
        }
        assert_eq!(out, vec![1, 1, 2, 3, 4, 5, 6, 9]);
    }

    #[test]
    fn equal_keys_follow_cpython_not_insertion_order() {
        // (key, tag): with keys all equal, CPython's heapq pops tags in this order.
        let lt = |a: &(u8, u8), b: &(u8, u8)| a.0 < b.0;
        let mut h = Vec::new();
        for tag in 0..6 {
            heappush(&mut h, (0, tag), lt);
        }
        let mut out = Vec::new();
        while let Some((_, t)) = heappop(&mut h, lt) {
            out.push(t);
        }
        // Measured with CPython 3.11 heapq on objects comparing by key only.
        assert_eq!(out, vec![0, 2, 5, 4, 1, 3]);
    }
}
