//! The JSON Schema (feature `schema`) accepts every request and answer the project documents or
//! tests with: `docs/wire-format.md`, `examples/data/` and `tests/data/`, and the answers the
//! library gives to all of them; and it rejects what the parser rejects for its shape.
#![cfg(feature = "schema")]
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail loudly")]

mod common;

use bevoegd::schema::{Which, schema};
use bevoegd::{Lang, Request};

fn validator(which: Which) -> jsonschema::Validator {
    let schema = serde_json::to_value(schema(which)).unwrap();
    jsonschema::draft202012::new(&schema).unwrap_or_else(|e| panic!("the {which:?} schema is not valid: {e}"))
}

#[track_caller]
fn assert_valid(v: &jsonschema::Validator, value: &serde_json::Value, what: &str) {
    let errors: Vec<String> = v.iter_errors(value).map(|e| format!("{} at {}", e, e.instance_path)).collect();
    assert!(errors.is_empty(), "{what}: {}", errors.join("; "));
}

/// Every request the project holds, with where it comes from.
fn requests() -> Vec<(String, serde_json::Value)> {
    let mut out = Vec::new();
    let doc = include_str!("../docs/wire-format.md");
    for (i, block) in doc.split("```json\n").skip(1).enumerate() {
        let text = block.split("\n```").next().unwrap();
        if i % 2 == 0 {
            out.push((format!("docs/wire-format.md block {}", i + 1), serde_json::from_str(text).unwrap()));
        }
    }
    for (i, line) in include_str!("../examples/data/requests.jsonl").lines().enumerate() {
        out.push((format!("examples/data/requests.jsonl:{}", i + 1), serde_json::from_str(line).unwrap()));
    }
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for f in files.iter().filter(|f| f.extension().is_some_and(|e| e == "json")) {
        let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
        out.push((f.display().to_string(), v["request"].clone()));
    }
    out
}

#[test]
fn every_documented_and_tested_request_and_its_answer_fit_the_schemas() {
    let (request_schema, answer_schema) = (validator(Which::Request), validator(Which::Answer));
    let all = requests();
    assert!(all.len() > 120, "{}", all.len());
    for (where_, value) in &all {
        assert_valid(&request_schema, value, where_);
        let request: Request = serde_json::from_value(value.clone()).unwrap_or_else(|e| panic!("{where_}: {e}"));
        for lang in [Lang::Nl, Lang::En] {
            let answer = serde_json::to_value(request.audit(lang)).unwrap();
            assert_valid(&answer_schema, &answer, &format!("the answer to {where_}"));
            let replayable = serde_json::to_value(request.replayable_audit(lang)).unwrap();
            assert_valid(&answer_schema, &replayable, &format!("the replayable answer to {where_}"));
        }
    }
    // The documented answers themselves.
    let doc = include_str!("../docs/wire-format.md");
    for (i, block) in doc.split("```json\n").skip(1).enumerate().filter(|(i, _)| i % 2 == 1) {
        let v: serde_json::Value = serde_json::from_str(block.split("\n```").next().unwrap()).unwrap();
        assert_valid(&answer_schema, &v, &format!("docs/wire-format.md block {}", i + 1));
    }
}

#[test]
fn the_schema_rejects_what_the_parser_rejects_for_its_shape() {
    let v = validator(Which::Request);
    let (_, good) = requests().into_iter().next().unwrap();
    let mut cases = Vec::new();
    let mut unknown_field = good.clone();
    unknown_field["contxt"] = serde_json::json!({});
    cases.push(("an unknown field", unknown_field));
    let mut bad_code = good.clone();
    bad_code["procedure"] = "injektion".into();
    cases.push(("an unknown procedure", bad_code));
    let mut bad_date = good.clone();
    bad_date["context"]["date"] = "1-2-2025".into();
    cases.push(("a malformed date", bad_date));
    let mut bad_subdomain = good.clone();
    bad_subdomain["context"]["subdomain"] = "Cardiology".into();
    cases.push(("a subdomain with capitals", bad_subdomain));
    let mut both = good.clone();
    both["staff_id"] = "e1".into();
    cases.push(("a professional and a staff id", both));
    let mut no_professional = good;
    no_professional.as_object_mut().unwrap().remove("professional");
    cases.push(("no professional", no_professional.clone()));
    // A staff id instead of the professional is a request (whose id the service looks up).
    let mut by_id = no_professional;
    by_id["staff_id"] = "e1".into();
    assert!(v.is_valid(&by_id));
    assert!(serde_json::from_value::<bevoegd::jsonl::RequestForm>(by_id).is_ok());
    for (what, value) in cases {
        assert!(!v.is_valid(&value), "the schema accepts {what}");
        assert!(serde_json::from_value::<Request>(value).is_err(), "the parser accepts {what}");
    }
}

/// Every scenario file is a case the case schema accepts, and a case without `expected.outcome`
/// or with a field the runner does not know is refused, as the runner refuses it.
#[test]
fn every_scenario_file_fits_the_case_schema() {
    let v = validator(Which::Case);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let mut seen = 0;
    for f in files.iter().filter(|f| f.extension().is_some_and(|e| e == "json")) {
        let case: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
        assert_valid(&v, &case, &f.display().to_string());
        let mut no_outcome = case.clone();
        no_outcome["expected"].as_object_mut().unwrap().remove("outcome");
        assert!(!v.is_valid(&no_outcome), "{}: without an outcome", f.display());
        let mut unknown = case;
        unknown["expected"]["outcom"] = serde_json::json!("permitted");
        assert!(!v.is_valid(&unknown), "{}: an unknown field", f.display());
        seen += 1;
    }
    assert!(seen > 100);
}

#[cfg(feature = "cli")]
#[test]
fn the_command_prints_every_schema() {
    for (arg, which) in [
        ("request", Which::Request),
        ("answer", Which::Answer),
        ("roster", Which::Roster),
        ("plan", Which::Plan),
        ("staff", Which::Staff),
        ("import", Which::Import),
        ("who-may", Which::WhoMay),
        ("who-may-answer", Which::WhoMayAnswer),
        ("qualification-mapping", Which::QualificationMapping),
        ("qualification-error", Which::QualificationError),
        ("case", Which::Case),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_bevoegd")).args(["schema", arg]).output().unwrap();
        assert_eq!(out.status.code(), Some(0));
        let printed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(printed, serde_json::to_value(schema(which)).unwrap());
    }
}

#[cfg(feature = "import")]
#[test]
fn roster_files_staff_files_plans_and_import_lines_fit_their_schemas() {
    use bevoegd::staff::{import_big_register, import_fhir, parse_roster, parse_staff};

    let (roster_schema, plan_schema, staff_schema, import_schema) =
        (validator(Which::Roster), validator(Which::Plan), validator(Which::Staff), validator(Which::Import));
    let roster_text = include_str!("../examples/data/roster.json");
    let staff_text = include_str!("../examples/data/staff.jsonl");
    let mut rosters = vec![("examples/data/roster.json".to_owned(), serde_json::from_str(roster_text).unwrap())];
    rosters.extend(common::documented("roster").into_iter().map(|v| ("docs/wire-format.md roster".to_owned(), v)));
    for (where_, v) in &rosters {
        assert_valid(&roster_schema, v, where_);
    }
    let mut members: Vec<serde_json::Value> = staff_text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    members.extend(common::documented("staff-line"));
    for m in &members {
        assert_valid(&staff_schema, m, "a staff line");
    }
    // The answers: the example week's and the documented one.
    let roster = parse_roster(roster_text, parse_staff(staff_text).unwrap()).unwrap();
    for lang in [Lang::Nl, Lang::En] {
        assert_valid(&plan_schema, &serde_json::to_value(roster.answer(lang)).unwrap(), "the example week's plan");
    }
    for v in common::documented("roster-answer") {
        assert_valid(&plan_schema, &v, "docs/wire-format.md roster-answer");
    }
    // The import lines, staff and error lines both; a staff line is also a staff file member.
    let day = bevoegd::Date::new(2026, 1, 5).unwrap();
    let mut lines: Vec<serde_json::Value> = Vec::new();
    for line in import_big_register(include_str!("../examples/data/big-register.xml"), day, None)
        .iter()
        .chain(&import_fhir(include_str!("../examples/data/fhir-bundle.json"), day, None))
        .chain(&import_fhir("[{\"resourceType\": \"PractitionerRole\"}]", day, None))
    {
        lines.push(serde_json::to_value(line).unwrap());
    }
    lines.extend(common::documented("import-line"));
    lines.extend(common::documented("import-error"));
    assert!(lines.iter().any(|l| l.get("error").is_some()) && lines.iter().any(|l| l.get("id").is_some()));
    for l in &lines {
        assert_valid(&import_schema, l, "an import line");
        if l.get("id").is_some() {
            assert_valid(&staff_schema, l, "an import line as a staff file member");
        }
    }
    // The schemas reject what the parser rejects for its shape.
    let mut dated = rosters[0].1.clone();
    dated["places"][0]["context"]["date"] = "2025-03-10".into();
    assert!(!roster_schema.is_valid(&dated), "a place's context with a date");
    let mut unknown = rosters[0].1.clone();
    unknown["asignments"] = serde_json::json!([]);
    assert!(!roster_schema.is_valid(&unknown), "an unknown field");
    assert!(!staff_schema.is_valid(&serde_json::json!({"id": "x"})), "a staff line without a professional");
}

#[test]
fn the_documented_held_staff_forms_fit_their_schemas() {
    let checks = [
        (Which::Request, "request-by-id"),
        (Which::Answer, "audit-by-id"),
        (Which::WhoMay, "who-may-request"),
        (Which::WhoMayAnswer, "who-may-answer"),
    ];
    for (which, tag) in checks {
        let v = validator(which);
        let blocks = common::documented(tag);
        assert!(!blocks.is_empty(), "{tag}");
        for b in &blocks {
            assert_valid(&v, b, tag);
        }
    }
    // A who-may question names its people one way: inline, by id, or (neither) everyone held.
    let v = validator(Which::WhoMay);
    let mut both = common::documented("who-may-request")[0].clone();
    both["staff"] = serde_json::json!([]);
    assert!(!v.is_valid(&both), "the schema accepts both `staff` and `staff_ids`");
    for key in ["staff", "staff_ids"] {
        let mut one = both.clone();
        one.as_object_mut().unwrap().remove(key);
        assert!(v.is_valid(&one));
    }
}

#[cfg(feature = "qualifications")]
#[test]
fn the_example_mapping_and_the_error_lines_fit_their_schemas() {
    let v = validator(Which::QualificationMapping);
    let mapping: serde_json::Value =
        serde_json::from_str(include_str!("../examples/data/qualification-mapping.json")).unwrap();
    assert_valid(&v, &mapping, "examples/data/qualification-mapping.json");
    for block in common::documented("qualification-mapping") {
        assert_valid(&v, &block, "docs/wire-format.md qualification-mapping");
    }
    let mut bad = mapping.clone();
    bad["codes"]["X"] = serde_json::json!({"procedure": "injektion"});
    assert!(!v.is_valid(&bad));
    let errors = validator(Which::QualificationError);
    let rows = bevoegd::qualifications::read_export("e.csv", b"personeelsnummer;code;begindatum\n1;X;31-02-2025\n");
    let line = bevoegd::qualifications::ErrorLine::from(rows.errors[0].clone());
    assert_valid(&errors, &serde_json::to_value(line).unwrap(), "an error line");
    for block in common::documented("qualification-error") {
        assert_valid(&errors, &block, "docs/wire-format.md qualification-error");
    }
}
