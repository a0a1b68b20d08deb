//! Differential testing: the naive implementation in `tests/naive` (written straight from the
//! domain reference with plain nested `if`s, sharing nothing with `src/` beyond the public input
//! types) compared with the engine on generated requests.
//!
//! 100,000 cases by default; `PROPTEST_CASES` sets fewer under CI.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail loudly")]

mod common;
mod naive;

use bevoegd::{CaseFact, CaseFactSet, decide};
use common::*;
use naive::{independence_reasons, oracle};
use proptest::prelude::*;

#[test]
fn the_engine_agrees_with_the_naive_oracle() {
    let config = ProptestConfig { cases: cases(100_000), failure_persistence: None, ..ProptestConfig::default() };
    let mut runner = proptest::test_runner::TestRunner::new(config);
    let counts: [std::cell::Cell<u32>; 6] = Default::default();
    let compared_reasons = std::cell::Cell::new(0u32);
    let scope_conditional = std::cell::Cell::new(0u32);
    runner
        .run(&any_request(), |(who, p, ctx)| {
            let d = decide(&who, p, &ctx);
            // The oracle knows no unknown facts: it reads them as not established, and a
            // conditional answer is the oracle's answer with the required facts established.
            let expected = if d.is_conditional() {
                let focus = d.basis_rule().map(|r| r.registration_profession());
                let assumed = facts_taken(&who, p, &ctx, focus, d.required_facts(), CaseFactSet::EMPTY).unwrap();
                oracle(&who, p, &assumed)
            } else {
                oracle(&who, p, &ctx)
            };
            let actual = (d.route().or(d.conditional_route()), d.basis().map(|c| c.to_string()));
            prop_assert_eq!(&actual, &expected, "{}", d.explain(bevoegd::Lang::En));
            // The reasons too, with their citations, where the reference gives them one row at a time.
            if let Some(reasons) =
                independence_reasons(&who, p, &ctx).filter(|_| !d.is_independent() && !d.is_conditional())
            {
                let got: Vec<(String, String)> = d
                    .independence_reasons()
                    .iter()
                    .map(|r| (r.unmet.code().to_owned(), r.citation.to_string()))
                    .collect();
                prop_assert_eq!(&got, &reasons, "{}", d.explain(bevoegd::Lang::En));
                compared_reasons.set(compared_reasons.get() + 1);
            }
            if d.required_facts().contains(CaseFact::PatientGroup) || d.required_facts().contains(CaseFact::Place) {
                scope_conditional.set(scope_conditional.get() + 1);
            }
            let slot = d.route().map_or(5, |r| r as usize);
            counts[slot].set(counts[slot].get() + 1);
            Ok(())
        })
        .unwrap();
    // The generator must reach every route, or the comparison proves little.
    let counts = counts.map(std::cell::Cell::into_inner);
    let compared_reasons = compared_reasons.into_inner();
    eprintln!("reasons and citations compared on {compared_reasons} denials");
    assert!(compared_reasons > 0, "no denial's reasons were compared");
    // Restrictions by patient group or place left open by the context are reached too.
    let scope_conditional = scope_conditional.into_inner();
    eprintln!("{scope_conditional} answers conditional on the patient's group or the place");
    assert!(scope_conditional > 0, "no answer waited on a restriction's scope");
    eprintln!(
        "oracle agreed on every case; by route (independent, functional, instruction, emergency, not professional, denied): {counts:?}"
    );
    assert!(
        counts.iter().all(|n| *n > 0),
        "route counts (independent, functional, instruction, emergency, not professional, denied): {counts:?}"
    );
}
