//! Training as dated records (issue 12): a completed record counts from its completion day, an
//! unfinished fellowship never, and a plain code keeps meaning a completed sub-area.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail loudly")]

use bevoegd::*;

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn pa_with(training: Training) -> Professional {
    Professional::builder("pa")
        .registration(Registration::active_from(Profession::PhysicianAssistant, d("2019-01-01")))
        .training(training)
        .competence(Competence {
            procedure: Procedure::Puncture,
            subdomain: None,
            valid: Period::starting(d("2019-01-01")),
        })
        .build()
        .unwrap()
}

fn in_cardiology(date: &str) -> Context {
    let cardiology: Subdomain = "cardiology".parse().unwrap();
    Context::builder(d(date), FieldOfCare::Medicine)
        .subdomain(cardiology)
        .protocol(Protocol { subdomain: cardiology, procedures: ProcedureSet::only(Procedure::Puncture) })
        .facts(CaseFacts::ALL)
        .build()
        .unwrap()
}

fn fellowship(completed: bool) -> Training {
    Training {
        kind: TrainingKind::Fellowship,
        discipline: "cardiology".parse().unwrap(),
        from: Some(d("2022-09-01")),
        until: Some(d("2024-08-31")),
        completed,
    }
}

#[test]
fn a_completed_record_counts_from_its_completion_day_on() {
    let pa = pa_with(fellowship(true));
    let before = decide(&pa, Procedure::Puncture, &in_cardiology("2024-08-30"));
    assert!(!before.is_permitted());
    assert!(
        before.reasons().iter().any(|r| matches!(r.unmet, Unmet::OutsideTrainedSubdomain { .. })),
        "{:?}",
        before.reasons()
    );
    assert!(decide(&pa, Procedure::Puncture, &in_cardiology("2024-08-31")).is_permitted());
    // The day it starts to count is a day the answer changes.
    let span = holds_until(&pa, Procedure::Puncture, &in_cardiology("2024-08-01")).unwrap();
    assert_eq!(span.until, d("2024-08-30"));
    assert_eq!(span.change, Change::Qualification);
}

#[test]
fn an_unfinished_fellowship_never_counts() {
    let pa = pa_with(fellowship(false));
    for day in ["2024-08-31", "2030-01-01"] {
        let decision = decide(&pa, Procedure::Puncture, &in_cardiology(day));
        assert!(!decision.is_permitted(), "{day}");
    }
}

#[test]
fn a_plain_code_is_a_completed_sub_area_and_keeps_its_wire_form() {
    let plain = pa_with(Training::sub_area("cardiology".parse().unwrap()));
    assert_eq!(plain.trained_in().len(), 1);
    assert!(plain.training().is_empty());
    assert!(decide(&plain, Procedure::Puncture, &in_cardiology("2019-06-01")).is_permitted());
    let json = serde_json::to_value(&plain).unwrap();
    assert_eq!(json["trained_in"], serde_json::json!(["cardiology"]));
    let dated = pa_with(fellowship(true));
    let json = serde_json::to_string(&dated).unwrap();
    assert!(json.contains(r#""trained_in":[{"kind":"fellowship","discipline":"cardiology","from":"2022-09-01","until":"2024-08-31","completed":true}]"#), "{json}");
    let back: Professional = serde_json::from_str(&json).unwrap();
    assert_eq!(back, dated);
}

#[test]
fn contradictory_records_are_errors_naming_the_field() {
    let bad = r#"{"name":"x","registrations":[{"profession":"physician_assistant","history":[{"period":{"from":"2019-01-01"},"status":"active"}]}],
        "trained_in":[{"kind":"master_track","discipline":"imaging_interventions","completed":true}]}"#;
    let err =
        serde_path_to_error::deserialize::<_, Professional>(&mut serde_json::Deserializer::from_str(bad)).unwrap_err();
    assert_eq!(err.path().to_string(), "trained_in[0]");
    assert!(err.to_string().contains("a completed `master_track` record needs its completion day in `until`"), "{err}");
    let reversed = Training { from: Some(d("2025-01-01")), until: Some(d("2024-01-01")), ..fellowship(true) };
    let err = Professional::builder("x")
        .registration(Registration::active_from(Profession::PhysicianAssistant, d("2019-01-01")))
        .training(reversed)
        .build()
        .unwrap_err();
    assert_eq!(err.path, "training[0]");
    assert_eq!(
        err.problem,
        Problem::Training(TrainingError::EndsBeforeStart { from: d("2025-01-01"), until: d("2024-01-01") })
    );
    let unknown_kind = r#"{"kind":"phd","discipline":"x","completed":false}"#;
    assert!(serde_json::from_str::<Training>(unknown_kind).unwrap_err().to_string().contains("unknown variant `phd`"));
}
