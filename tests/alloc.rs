//! No heap allocation on the decision path: a counting global allocator watches `decide` for a
//! permitted act, a denial with several reasons, every route, and walking a denial's reasons
//! without collecting them. Collecting reasons or explanations may allocate, and does.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail loudly")]
#![allow(unsafe_code, reason = "a counting global allocator is an unsafe impl; the library itself forbids unsafe code")]

use std::alloc::{GlobalAlloc, Layout, System};

use bevoegd::*;

struct Counting;

thread_local! {
    /// This thread's allocations: what the test thread's own code allocates, not the test
    /// harness's other threads (which made a global count flaky). `const`-initialised, so
    /// reading it never allocates.
    static MINE: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Counts one allocation for this thread.
fn count() {
    // During thread teardown the slot may be gone: that allocation is nobody's test's.
    let _ = MINE.try_with(|n| n.set(n.get() + 1));
}

// SAFETY: forwards every call to the system allocator unchanged; only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count();
        // SAFETY: same layout contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `alloc` above with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count();
        // SAFETY: forwarded unchanged.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations_during<T>(f: impl FnOnce() -> T) -> (usize, T) {
    let before = MINE.with(std::cell::Cell::get);
    let out = f();
    (MINE.with(std::cell::Cell::get) - before, out)
}

/// One test only, so no other test thread allocates while it counts.
#[test]
fn deciding_allocates_nothing_until_reasons_are_collected() {
    // Every row's example case (every route with rows), and each made to fail.
    let mut cases = Vec::new();
    for rule in law::RULES {
        let (who, ctx) = rule.example_case().unwrap();
        let bare = ctx.to_builder().facts(CaseFacts::default()).build().unwrap();
        let emergency = bare.to_builder().emergency(true).build().unwrap();
        let lay = bare.to_builder().professional(false).build().unwrap();
        // Not known yet: every medicine and technique is tried, still without allocating.
        let planned = ctx.to_builder().drug_unknown().technique_unknown().facts(CaseFacts::UNKNOWN).build().unwrap();
        cases.push((who, rule.procedure, vec![ctx, bare, emergency, lay, planned]));
    }
    let mut routes = std::collections::BTreeSet::new();
    for (who, p, contexts) in &cases {
        for ctx in contexts {
            let (n, d) = allocations_during(|| decide(who, *p, ctx));
            assert_eq!(n, 0, "decide allocated for {p} ({:?})", d.route());
            routes.insert(d.route());
            // A denial has reasons; a conditional answer has requirements instead.
            if d.outcome() == bevoegd::Outcome::Denied {
                let (n, count) = allocations_during(|| d.reason_iter().count());
                assert_eq!(n, 0, "walking the reasons allocated");
                assert!(count > 0);
                let (n, reasons) = allocations_during(|| d.reasons());
                assert!(n > 0 && reasons.len() == count, "collecting reasons allocates once they are asked for");
            }
        }
    }
    assert!(routes.len() >= 5, "{routes:?}");
}
