//! Scenario files: one legal situation each, in `tests/data/`, with its source and the expected
//! outcome, route, basis and reasons. Together they cover every profession, route and reason.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail loudly")]

use std::collections::BTreeSet;
use std::fs;
use std::path::PathBuf;

use bevoegd::{Lang, Outcome, Profession, Request, Route};
use serde::Deserialize;
use strum::IntoEnumIterator;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    name: String,
    source: String,
    request: Request,
    expected: Expected,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    outcome: Outcome,
    route: Option<Route>,
    basis: Option<String>,
    /// Codes of the reasons independence failed, in order.
    reasons: Vec<String>,
    other_route: Option<Route>,
    other_reasons: Vec<String>,
    /// The citation texts of the reasons independence failed, in order, where the file pins them.
    #[serde(default)]
    citations: Option<Vec<String>>,
    /// The texts of the provisions cited beside them (`""` for none), where the file pins them.
    #[serde(default)]
    also_cites: Option<Vec<String>>,
    /// What changed each reason's designation, `"<citation> from <day>"` (`""` for none), where
    /// the file pins it.
    #[serde(default)]
    changed_by: Option<Vec<String>>,
    /// For a conditional answer: the codes of the facts it requires, in order.
    #[serde(default)]
    requires: Vec<String>,
}

fn scenarios() -> Vec<(String, Scenario)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut files: Vec<_> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            let text = fs::read_to_string(&p).unwrap();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let s: Scenario = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, s)
        })
        .collect()
}

#[test]
fn every_scenario_decides_as_its_source_says() {
    let all = scenarios();
    assert!(all.len() >= 50, "{}", all.len());
    for (file, s) in &all {
        assert!(!s.name.is_empty() && !s.source.is_empty(), "{file}: name and source are required");
        let report = s.request.report(Lang::En);
        let ctx = format!("{file} ({}; {}):\n{}", s.name, s.source, report.explanation.join("\n"));
        assert_eq!(report.outcome, s.expected.outcome, "{ctx}");
        assert_eq!(report.route, s.expected.route, "{ctx}");
        assert_eq!(report.basis.map(|c| c.to_string()), s.expected.basis, "{ctx}");
        let required: Vec<_> = report.requires.iter().map(|r| r.unmet.code()).collect();
        assert_eq!(required, s.expected.requires, "{ctx}");
        let codes: Vec<_> = report.independence_reasons.iter().map(|r| r.unmet.code()).collect();
        assert_eq!(codes, s.expected.reasons, "{ctx}");
        if let Some(citations) = &s.expected.citations {
            let got: Vec<_> = report.independence_reasons.iter().map(|r| r.citation.to_string()).collect();
            assert_eq!(&got, citations, "{ctx}");
        }
        if let Some(also) = &s.expected.also_cites {
            let got: Vec<_> =
                report.independence_reasons.iter().map(|r| r.also.map(|c| c.to_string()).unwrap_or_default()).collect();
            assert_eq!(&got, also, "{ctx}");
        }
        if let Some(changed) = &s.expected.changed_by {
            let got: Vec<_> = report
                .independence_reasons
                .iter()
                .map(|r| r.changed_by.map(|c| format!("{} from {}", c.citation, c.on)).unwrap_or_default())
                .collect();
            assert_eq!(&got, changed, "{ctx}");
        }
        let other = report.other_route.as_ref();
        assert_eq!(other.map(|o| o.route), s.expected.other_route, "{ctx}");
        let other_codes: Vec<_> = other.map(|o| o.reasons.iter().map(|r| r.unmet.code()).collect()).unwrap_or_default();
        assert_eq!(other_codes, s.expected.other_reasons, "{ctx}");
        // Every reason carries a citation, and a denial has at least one.
        assert!(
            report
                .independence_reasons
                .iter()
                .chain(other.iter().flat_map(|o| &o.reasons))
                .all(|r| !r.citation.to_string().is_empty())
        );
        if report.outcome == Outcome::Denied {
            assert!(!report.independence_reasons.is_empty() && !report.missing.is_empty(), "{ctx}");
        }
    }
}

#[test]
fn the_scenarios_cover_every_profession_route_and_reason() {
    let all = scenarios();
    let professions: BTreeSet<Profession> =
        all.iter().flat_map(|(_, s)| s.request.professional().professions().collect::<Vec<_>>()).collect();
    for p in Profession::iter() {
        assert!(professions.contains(&p), "no scenario for profession `{p}`");
    }
    let routes: BTreeSet<Route> = all.iter().filter_map(|(_, s)| s.expected.route.or(s.expected.other_route)).collect();
    for r in Route::iter() {
        assert!(routes.contains(&r), "no scenario for route `{r}`");
    }
    let codes: BTreeSet<&str> = all
        .iter()
        .flat_map(|(_, s)| s.expected.reasons.iter().chain(&s.expected.other_reasons))
        .map(String::as_str)
        .collect();
    for code in [
        "not_granted",
        "not_registered",
        "suspended",
        "struck_off",
        "authority_withdrawn",
        "unknown_measure",
        "qualification_not_held",
        "outside_field",
        "outside_specialism",
        "outside_trained_subdomain",
        "no_protocol",
        "not_limited_complexity",
        "not_routine",
        "risks_not_overseeable",
        "not_complex_technical_medical_act",
        "radiation_requirements_not_met",
        "no_diagnosis_by_physician",
        "drug_not_permitted",
        "technique_not_covered",
        "no_instruction",
        "instructor_not_authorised",
        "directions_not_followed",
        "supervision_not_ensured",
        "not_competent",
        "competence_expired",
        "route_closed_for_prescribing",
    ] {
        assert!(codes.contains(code), "no scenario for reason `{code}`");
    }
}
