//! The medicine and the technique not known yet (`"drug": "unknown"`, `"technique": "unknown"`):
//! the answer names the classes (techniques) that permit, and it is exact: with each of them set
//! the decision is better than without any, with any other it is the same as without any (a
//! denial in a context with no instruction, emergency or lay act).
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail loudly")]

use bevoegd::law::RULES;
use bevoegd::{
    CaseFacts, Context, ContextBuilder, Decision, DrugClass, Lang, Outcome, PreparedContext, Procedure, Professional,
    Route, Technique, Unmet, decide,
};
use strum::IntoEnumIterator;

/// The outcome and route of a decision, the part the lists are about.
fn summary(d: &Decision) -> (Outcome, Option<Route>) {
    (d.outcome(), d.route().or(d.conditional_route()))
}

/// Every row's example case, with its facts as given and with every fact unknown.
fn cases() -> Vec<(Professional, Procedure, Context)> {
    let mut out = Vec::new();
    for rule in RULES {
        let (who, ctx) = rule.example_case().unwrap();
        let unknown = ctx.to_builder().facts(CaseFacts::UNKNOWN).build().unwrap();
        out.push((who.clone(), rule.procedure, ctx));
        out.push((who, rule.procedure, unknown));
    }
    out
}

/// Checks one kind of unknown over every case: `unknown` marks it unknown, `clear` removes it,
/// `set(i)` sets the `i`-th candidate, `listed(d, i)` says whether the answer lists it.
/// Returns how many answers were conditional on it and how many candidates outside a list gave
/// a denial.
fn check(
    candidates: &dyn Fn(Procedure) -> usize,
    unknown: fn(ContextBuilder) -> ContextBuilder,
    clear: fn(ContextBuilder) -> ContextBuilder,
    set: &dyn Fn(ContextBuilder, Procedure, usize) -> ContextBuilder,
    listed: &dyn Fn(&Decision, Procedure, usize) -> Option<bool>,
) -> (usize, usize) {
    let (mut conditional, mut denied_outside) = (0, 0);
    for (who, p, ctx) in cases() {
        let planned = unknown(ctx.to_builder()).build().unwrap();
        let d = decide(&who, p, &planned);
        assert_eq!(PreparedContext::new(&planned).answer(&who, p), d.answer(), "{} {p}", who.name());
        let without = decide(&who, p, &clear(ctx.to_builder()).build().unwrap());
        if listed(&d, p, 0).is_none() {
            // Nothing listed: the answer is the one without it.
            assert_eq!(summary(&d), summary(&without), "{} {p}", who.name());
            continue;
        }
        conditional += 1;
        assert_eq!(d.outcome(), Outcome::Conditional, "{} {p}", who.name());
        let mut best_found = false;
        for i in 0..candidates(p) {
            let with = decide(&who, p, &set(ctx.to_builder(), p, i).build().unwrap());
            if listed(&d, p, i) == Some(true) {
                assert_ne!(summary(&with), summary(&without), "{} {p} #{i}", who.name());
                assert_ne!(with.outcome(), Outcome::Denied, "{} {p} #{i}", who.name());
                // The answer's route, basis and facts are those of one listed (the best).
                best_found |= (summary(&with).1, with.basis(), with.required_facts())
                    == (d.conditional_route(), d.basis(), d.required_facts());
            } else {
                assert_eq!(summary(&with), summary(&without), "{} {p} #{i}", who.name());
                denied_outside += usize::from(with.outcome() == Outcome::Denied);
            }
        }
        assert!(best_found, "{} {p}", who.name());
    }
    (conditional, denied_outside)
}

#[test]
fn an_unknown_medicine_lists_exactly_the_classes_that_permit() {
    let drugs: Vec<DrugClass> = DrugClass::iter().collect();
    let (conditional, denied_outside) = check(
        &|_| drugs.len(),
        ContextBuilder::drug_unknown,
        ContextBuilder::no_drug,
        &|b, _, i| b.drug(drugs[i]),
        &|d, _, i| {
            let listed = d.required_drugs();
            (!listed.is_empty()).then(|| listed.contains(drugs[i]))
        },
    );
    // The midwife's injections and prescriptions (in each version of the list) and the
    // designated nurses' prescriptions, with their facts known and unknown.
    assert!(conditional >= 8 && denied_outside >= 50, "{conditional} {denied_outside}");
}

#[test]
fn an_unknown_technique_lists_exactly_the_techniques_that_permit() {
    let of = |p: Procedure| Technique::iter().filter(|t| t.procedure() == p).collect::<Vec<_>>();
    let (conditional, denied_outside) = check(
        &|p| of(p).len(),
        ContextBuilder::technique_unknown,
        ContextBuilder::no_technique,
        &|b, p, i| b.technique(of(p)[i]),
        &|d, p, i| {
            let listed = d.required_techniques();
            (!listed.is_empty()).then(|| listed.contains(of(p)[i]))
        },
    );
    assert!(conditional >= 8 && denied_outside >= 4, "{conditional} {denied_outside}");
}

#[test]
fn a_conditional_answer_on_the_medicine_says_so_in_words_and_on_the_wire() {
    let (midwife, ctx) = bevoegd::law::MIDWIFE_INJECTION.example_case().unwrap();
    let planned = ctx.to_builder().drug_unknown().build().unwrap();
    let d = decide(&midwife, Procedure::Injection, &planned);
    let requires = d.requires();
    let [reason] = requires.as_slice() else { panic!("{requires:?}") };
    let Unmet::DrugUnknown { procedure, permits } = reason.unmet else { panic!("{reason:?}") };
    assert_eq!((procedure, permits), (Procedure::Injection, d.required_drugs()));
    // Cited to the list that limits the midwife's injections.
    assert_eq!(
        reason.citation,
        decide(&midwife, Procedure::Injection, &ctx.to_builder().drug(DrugClass::Other).build().unwrap())
            .independence_reasons()[0]
            .citation
    );
    let en = d.explain(Lang::En);
    assert!(en.contains("provided that the medicine is one of: ") && en.contains("vitamin K"), "{en}");
    assert!(d.explain(Lang::Nl).contains("mits het middel een van deze is: "));
    let wire = serde_json::to_value(d.report(Lang::En)).unwrap();
    assert_eq!(wire["requires"][0]["code"], "drug_unknown");
    assert!(wire["requires"][0]["permits"].as_array().unwrap().contains(&"vitamin_k".into()));
    assert_eq!(wire["missing"][0]["code"], "permitted_drug");
}
