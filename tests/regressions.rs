//! Regression tests for values that were once silently wrong, one test each.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests fail loudly")]

use bevoegd::*;

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn physician(competent_for: Procedure) -> Professional {
    Professional::builder("arts")
        .registration(Registration::active_from(Profession::Physician, d("2010-01-01")))
        .competence(Competence { procedure: competent_for, subdomain: None, valid: Period::starting(d("2010-01-01")) })
        .build()
        .unwrap()
}

#[test]
fn a_technique_of_another_procedure_is_a_denial_whichever_way_the_context_was_built() {
    // Request::new rejects it; a context built directly and decided must not permit it either.
    let ctx = Context::builder(d("2025-01-06"), FieldOfCare::Medicine)
        .technique(Technique::Venepuncture)
        .emergency(true)
        .build()
        .unwrap();
    let d = decide(&physician(Procedure::Injection), Procedure::Injection, &ctx);
    assert!(!d.is_permitted(), "not even in an emergency");
    let reasons = d.reasons();
    assert_eq!(reasons.len(), 1);
    assert_eq!(
        reasons[0].unmet,
        Unmet::TechniqueOfOtherProcedure { technique: Technique::Venepuncture, procedure: Procedure::Injection }
    );
    assert_eq!(reasons[0].citation.to_string(), "Wet BIG art. 36 lid 5");
    assert_eq!(d.missing(), [Remedy::PermittedTechnique]);
    assert!(Request::new(physician(Procedure::Injection), Procedure::Injection, ctx).is_err());
}

#[test]
fn a_suspension_to_the_last_representable_day_has_no_end_in_the_calendar() {
    let reg = Registration::new(
        Profession::Physician,
        None,
        [
            StatusPeriod {
                period: Period::new(d("2010-01-01"), Some(d("2019-12-31"))).unwrap(),
                status: RegistrationStatus::Active,
            },
            StatusPeriod {
                period: Period::new(d("2020-01-01"), Some(Date::MAX)).unwrap(),
                status: RegistrationStatus::Suspended { ground: SuspensionGround::Disciplinary },
            },
        ],
    )
    .unwrap();
    let who = Professional::builder("arts").registration(reg).build().unwrap();
    let ctx = Context::builder(d("2025-01-06"), FieldOfCare::Medicine).build().unwrap();
    let missing = decide(&who, Procedure::Injection, &ctx).missing();
    assert!(missing.contains(&Remedy::EndOfSuspension), "{missing:?}");
    assert!(!missing.iter().any(|r| matches!(r, Remedy::WaitUntil { .. })), "{missing:?}");
}

#[test]
fn hundreds_of_trained_subdomains_are_counted_exactly() {
    let mut b = Professional::builder("pa")
        .registration(Registration::active_from(Profession::PhysicianAssistant, d("2019-01-01")))
        .competence(Competence {
            procedure: Procedure::Puncture,
            subdomain: None,
            valid: Period::starting(d("2019-01-01")),
        });
    for i in 0..300 {
        b = b.trained_in(format!("s{i:03}").parse().unwrap());
    }
    let who = b.build().unwrap();
    let ctx = Context::builder(d("2024-01-10"), FieldOfCare::Medicine)
        .subdomain("urology".parse().unwrap())
        .facts(CaseFacts::ALL)
        .build()
        .unwrap();
    let reason = decide(&who, Procedure::Puncture, &ctx).independence_reasons()[0];
    assert_eq!(
        reason.unmet,
        Unmet::OutsideTrainedSubdomain {
            trained: Some("s000".parse().unwrap()),
            also_trained: 299,
            actual: Some("urology".parse().unwrap())
        }
    );
    assert!(reason.sentence(Lang::En).contains("s000 and 299 more"));
}

#[test]
fn subdomains_order_as_their_text() {
    let zz: Subdomain = "zz".parse().unwrap();
    let aaa: Subdomain = "aaa".parse().unwrap();
    assert!(aaa < zz);
    let who = Professional::builder("pa")
        .registration(Registration::active_from(Profession::PhysicianAssistant, d("2019-01-01")))
        .trained_in(zz)
        .trained_in(aaa)
        .build()
        .unwrap();
    assert_eq!(who.trained_in(), [aaa, zz], "the first subdomain a reason names is the first in text order");
}

#[test]
fn a_roster_too_large_for_memory_is_a_typed_error_not_an_abort() {
    // 100,000 × 100,000 × 14 one-byte cells: 140 GB.
    let staff = vec![physician(Procedure::Injection); 100_000];
    let ctx = Context::builder(d("2025-01-06"), FieldOfCare::Medicine).build().unwrap();
    let contexts = vec![ctx; 100_000];
    let err = Eligibility::compute(&staff, &Procedure::ALL, &contexts).unwrap_err();
    assert_eq!(err, RosterTooLarge { staff: 100_000, contexts: 100_000, procedures: 14 });
    assert!(err.to_string().contains("does not fit in memory"));
}

#[test]
fn a_citation_cut_short_in_its_parts_does_not_read_back() {
    // The text form must say everything the parts say: no two different citations share a text.
    for text in [
        "Wet BIG lid 3",
        "Wet BIG art. 36 onder",
        "Wet BIG art. 36 lid 14 onder é",
        "Wet BIG art. 0",
        "Wet BIG art. 36 lid 14 onder d, 1",
    ] {
        assert!(text.parse::<law::Citation>().is_err(), "{text}");
    }
    let long = "x".repeat(10_000);
    let err = long.parse::<law::Citation>().unwrap_err();
    assert!(err.to_string().len() < 200, "the bad value is quoted cut to {QUOTE_MAX} characters");
}

/// A permission that needs no case fact lists no unknown facts: they are unknown but irrelevant,
/// and a report that listed them would read as if the answer waited on them. (A mutant that let a
/// permit through the conditional search survived every other test.)
#[test]
fn a_permission_lists_no_unknown_facts() {
    let (physician, theatre) = law::PHYSICIAN_SURGERY.example_case().unwrap();
    let planned = theatre.to_builder().facts(CaseFacts::UNKNOWN).build().unwrap();
    let d = decide(&physician, Procedure::Surgery, &planned);
    assert!(d.is_permitted());
    assert_eq!(d.unknown_facts(), CaseFactSet::EMPTY);
    assert!(d.report(Lang::En).unknown.is_empty());
}

/// A clinical technologist who holds only the experiment's title, after the register took over
/// five of the nine procedures: for one the register took over, what is missing is the register
/// entry; for one it did not (lithotripsy), the designation ended. Which rows the register has is
/// looked up for the procedure asked, not for any other.
#[test]
fn a_title_holder_lacks_the_register_entry_only_for_a_procedure_the_register_took_over() {
    let from = d("2016-01-01");
    let title = Professional::builder("title only")
        .registration(Registration::active_from(Profession::ClinicalTechnologistTitle, from))
        .competence(Competence { procedure: Procedure::Lithotripsy, subdomain: None, valid: Period::starting(from) })
        .competence(Competence { procedure: Procedure::Surgery, subdomain: None, valid: Period::starting(from) })
        .build()
        .unwrap();
    let on = |procedure| {
        let ctx = Context::builder(d("2021-06-01"), FieldOfCare::Medicine).build().unwrap();
        decide(&title, procedure, &ctx).independence_reasons()[0].unmet.code()
    };
    assert_eq!(on(Procedure::Lithotripsy), "designation_ended");
    assert_eq!(on(Procedure::Surgery), "not_registered");
}
