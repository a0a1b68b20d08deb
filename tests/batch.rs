//! The batch queries answer exactly what `decide` answers, cell by cell.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail loudly")]

mod common;

use bevoegd::*;
use common::*;
use proptest::prelude::*;

/// Each case decides up to 1,008 cells three ways, so 64 cases are plenty; the runner is driven
/// directly because `proptest!` would let `PROPTEST_CASES` raise the count.
#[test]
#[allow(deprecated)]
fn who_may_and_the_roster_equal_decide_on_every_cell() {
    let config = ProptestConfig { cases: cases(64).min(64), failure_persistence: None, ..ProptestConfig::default() };
    let strategy = (
        proptest::collection::vec(any_request().prop_map(|r| r.0), 1..12),
        proptest::collection::vec(any_request().prop_map(|r| r.2), 1..6),
        proptest::sample::subsequence(Procedure::ALL.to_vec(), 1..=14),
    );
    proptest::test_runner::TestRunner::new(config)
        .run(&strategy, |(staff, contexts, procedures)| {
            let m = Eligibility::compute(&staff, &procedures, &contexts).unwrap();
            prop_assert_eq!(m.cells().len(), staff.len() * contexts.len() * procedures.len());
            let mut permitted = 0;
            for (s, who) in staff.iter().enumerate() {
                for (c, ctx) in contexts.iter().enumerate() {
                    for &p in &procedures {
                        let d = decide(who, p, ctx);
                        prop_assert_eq!(m.get(s, c, p), Some(d.route()));
                        prop_assert_eq!(m.decision(&staff, &contexts, s, c, p), Some(d));
                        permitted += usize::from(d.is_permitted());
                    }
                }
            }
            prop_assert_eq!(m.permitted(), permitted);
            prop_assert_eq!(m.get(staff.len(), 0, procedures[0]), None);
            for ctx in &contexts {
                for &p in &procedures {
                    let answers = who_may(&staff, p, ctx);
                    let expected: Vec<_> = staff.iter().map(|who| decide(who, p, ctx).route()).collect();
                    prop_assert_eq!(answers, expected);
                }
            }
            Ok(())
        })
        .unwrap();
}
