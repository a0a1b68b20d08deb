//! Test cases kept beside the law (`bevoegd::cases`, `bevoegd test`): the project's scenario files
//! run through the same runner a hospital uses, every field of `expected` is checked as given, a
//! difference is reported exactly, and coverage counts the rows the cases exercised.
#![cfg(feature = "json")]
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail loudly")]

use std::path::PathBuf;

use bevoegd::cases::{Coverage, read_cases, run_case};
use serde_json::{Value, json};

fn scenario_files() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_scenario_file_passes_through_the_runner() {
    let files = scenario_files();
    let mut reports = Vec::new();
    for f in &files {
        let cases = read_cases(&f.display().to_string(), &std::fs::read_to_string(f).unwrap()).unwrap();
        assert_eq!(cases.len(), 1, "{}", f.display());
        reports.extend(cases.iter().map(|(at, c)| run_case(at, c)));
    }
    let failed: Vec<_> = reports.iter().filter(|r| !r.passed).collect();
    assert!(failed.is_empty(), "{failed:#?}");
    let coverage = Coverage::of(&reports);
    assert_eq!(coverage.summary.cases, files.len());
    assert_eq!(coverage.summary.rows, bevoegd::law::RULES.len());
    // The README states what the scenario files reach; it must say what they do.
    let readme = include_str!("../README.md");
    let s = coverage.summary;
    let line = format!(
        "rows: {}; granted by a case: {} ({}%); assessed and failed: {} ({}%); either: {} ({}%); both: {}",
        s.rows,
        s.granted,
        s.granted * 100 / s.rows,
        s.assessed,
        s.assessed * 100 / s.rows,
        s.either,
        s.either * 100 / s.rows,
        s.both
    );
    assert!(readme.contains(&line), "the README's coverage line is stale; it is now:\n{line}");
}

fn case(expected: Value) -> String {
    json!({
        "name": "a physician assistant's catheterisation, routine not known",
        "source": "Wet BIG art. 36 lid 4 onder c",
        "request": {
            "professional": {"name": "pa", "registrations": [{"profession": "physician_assistant",
                "history": [{"period": {"from": "2019-01-01"}, "status": "active"}]}],
                "trained_in": ["cardiology"],
                "competences": [{"procedure": "catheterisation", "valid": {"from": "2019-01-01"}}]},
            "procedure": "catheterisation",
            "context": {"date": "2025-03-10", "field": "medicine", "subdomain": "cardiology",
                "protocols": [{"subdomain": "cardiology", "procedures": ["catheterisation"]}],
                "facts": {"limited_complexity": true, "routine": false, "risks_overseeable": true}}
        },
        "expected": expected
    })
    .to_string()
}

fn run(expected: Value) -> bevoegd::cases::CaseReport {
    let cases = read_cases("t.json", &case(expected)).unwrap();
    run_case(&cases[0].0, &cases[0].1)
}

#[test]
fn each_field_is_checked_as_given_and_a_difference_says_what_and_where() {
    // Denied: routine does not hold. Only the outcome given: the rest is not checked.
    assert!(run(json!({"outcome": "denied"})).passed);
    let r = run(json!({"outcome": "permitted", "route": "independent", "reasons": ["not_routine"]}));
    assert!(!r.passed);
    let fields: Vec<_> =
        r.differences.iter().map(|d| (d.field.as_str(), d.expected.clone(), d.actual.clone())).collect();
    assert_eq!(
        fields,
        [("outcome", json!("permitted"), json!("denied")), ("route", json!("independent"), Value::Null),]
    );
    // `null` is checked: it means none.
    assert!(run(json!({"outcome": "denied", "route": null, "basis": null, "rule": null})).passed);
    // The row assessed on the denied side.
    let r = run(json!({"outcome": "denied", "assessed_rule": "physician_assistant_catheterisation"}));
    assert!(r.passed, "{:?}", r.differences);
    assert_eq!(r.assessed_rule.as_deref(), Some("physician_assistant_catheterisation"));
    // Lists exactly and in order; `reasons_include` a subset in any order.
    assert!(run(json!({"outcome": "denied", "reasons": ["not_routine"]})).passed);
    assert!(!run(json!({"outcome": "denied", "reasons": []})).passed);
    assert!(run(json!({"outcome": "denied", "reasons_include": ["not_routine"]})).passed);
    let r = run(json!({"outcome": "denied", "reasons_include": ["not_routine", "no_protocol"]}));
    assert_eq!(r.differences[0].field, "reasons_include");
    assert_eq!(r.differences[0].expected, json!(["no_protocol"]));
    let r = run(
        json!({"outcome": "denied", "citations": ["Besluit opleidingseisen en deskundigheidsgebied physician assistant"], "missing": ["case_fact", "instruction"]}),
    );
    assert!(r.passed, "{:?}", r.differences);
}

#[test]
fn a_json_lines_file_holds_many_cases_and_a_bad_one_is_named_by_file_line_and_field() {
    let one = case(json!({"outcome": "denied"}));
    let text = format!("{one}\n\n{one}\n");
    let cases = read_cases("mine.jsonl", &text).unwrap();
    let at: Vec<_> = cases.iter().map(|(at, _)| at.as_str()).collect();
    assert_eq!(at, ["mine.jsonl:1", "mine.jsonl:3"]);
    let bad = one.replace("\"outcome\":\"denied\"", "\"outcome\":\"maybe\"");
    assert_ne!(bad, one);
    let err = read_cases("mine.jsonl", &format!("{one}\n{bad}\n")).unwrap_err();
    assert_eq!(err.path, "mine.jsonl:2: expected.outcome");
    assert!(err.message.contains("unknown variant `maybe`"), "{}", err.message);
    let err = read_cases("x.json", "{\"name\": \"n\"}").unwrap_err();
    assert!(err.message.contains("missing field"), "{err:?}");
    assert!(read_cases("empty.jsonl", "\n").is_err());
}

#[cfg(feature = "cli")]
mod command {
    use super::*;
    use std::process::Command;

    fn bevoegd(args: &[&str]) -> (i32, String, String) {
        let out = Command::new(env!("CARGO_BIN_EXE_bevoegd")).args(args).output().unwrap();
        (out.status.code().unwrap(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
    }

    #[test]
    fn bevoegd_test_exits_0_1_or_2_and_writes_reports_and_coverage() {
        let dir = std::env::temp_dir().join(format!("bevoegd-cases-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let data = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
        let (code, out, err) = bevoegd(&["test", "--coverage", data]);
        assert_eq!(code, 0, "{err}");
        assert!(out.lines().all(|l| !l.starts_with("FAIL")), "{out}");
        assert!(out.contains("rows: "), "{out}");
        assert!(err.contains("passed, 0 failed"), "{err}");

        let failing = dir.join("failing.jsonl");
        std::fs::write(
            &failing,
            format!("{}\n{}\n", case(json!({"outcome": "denied"})), case(json!({"outcome": "permitted"}))),
        )
        .unwrap();
        let (code, out, _) = bevoegd(&["test", "--json", failing.to_str().unwrap()]);
        assert_eq!(code, 1);
        let lines: Vec<Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0]["passed"], true);
        assert_eq!(lines[1]["passed"], false);
        assert_eq!(
            lines[1]["differences"][0],
            json!({"field": "outcome", "expected": "permitted", "actual": "denied"})
        );
        assert!(lines[1]["at"].as_str().unwrap().ends_with("failing.jsonl:2"));

        let malformed = dir.join("malformed.json");
        std::fs::write(&malformed, "{\"name\": 1}").unwrap();
        let (code, _, err) = bevoegd(&["test", malformed.to_str().unwrap()]);
        assert_eq!(code, 2, "{err}");
        assert!(err.contains("malformed.json"), "{err}");
    }
}
