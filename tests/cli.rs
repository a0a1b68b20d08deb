//! The `bevoegd` command end to end (feature `cli`): JSON Lines in and out, `explain`,
//! `matrix`, `replay`, `--help` and the exit codes.
#![cfg(feature = "cli")]
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail loudly")]

mod common;

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_bevoegd");

const REQUEST_OK: &str = r#"{"professional":{"name":"A","registrations":[{"profession":"physician","history":[{"period":{"from":"2015-01-01"},"status":"active"}]}],"competences":[{"procedure":"injection","valid":{"from":"2015-01-01"}}]},"procedure":"injection","context":{"date":"2025-01-06","field":"medicine"}}"#;

fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    common::run_bevoegd(args, stdin)
}

fn run_decide(args: &[&str], stdin: &str) -> (i32, Vec<serde_json::Value>) {
    let args: Vec<&str> = std::iter::once("decide").chain(args.iter().copied()).collect();
    let (code, out, _) = run(&args, stdin);
    (code, out.lines().map(|l| serde_json::from_str(l).unwrap()).collect())
}

#[test]
fn json_lines_gives_one_answer_per_line_in_order_and_goes_on_after_bad_lines() {
    let input = format!("{REQUEST_OK}\nnot json\n\n{REQUEST_OK}\n");
    let (code, answers) = run_decide(&["--lang", "nl"], &input);
    assert_eq!(code, 1);
    assert_eq!(answers.len(), 4);
    for (i, a) in answers.iter().enumerate() {
        assert_eq!(a["line"], i + 1);
    }
    assert_eq!(answers[0]["audit"]["decision"]["outcome"], "permitted");
    assert_eq!(
        answers[0]["audit"]["decision"]["explanation"][0],
        "zelfstandig bevoegd (Wet BIG art. 36 lid 5 onder a)"
    );
    // serde_json's "at line 1 column N" is cut: the answer names its own line.
    assert_eq!(answers[1]["error"]["message"], "expected ident");
    assert_eq!(answers[2]["error"]["message"], "EOF while parsing a value");
    assert_eq!(answers[3]["audit"]["decision"]["rule"], "physician_injection");

    let (code, answers) = run_decide(&["--lang=en"], &format!("{REQUEST_OK}\n"));
    assert_eq!(code, 0);
    assert_eq!(
        answers[0]["audit"]["decision"]["explanation"][0],
        "independently authorised (Wet BIG art. 36 lid 5 onder a)"
    );

    let (code, answers) = run_decide(&["--lang", "fr"], "");
    assert_eq!((code, answers.len()), (2, 0));
}

#[test]
fn json_lines_on_several_threads_writes_the_same_bytes_and_exit_code() {
    // More lines than one chunk (256), good and bad mixed, so several threads take part.
    let examples =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/requests.jsonl")).unwrap();
    let mut input = String::new();
    for i in 0..700 {
        match i % 9 {
            0 => input.push_str("{\"procedure\": 7}\n"),
            _ => {
                let line = examples.lines().nth(i % examples.lines().count()).unwrap();
                input.push_str(line);
                input.push('\n');
            }
        }
    }
    let one = run(&["decide", "--jobs", "1"], &input);
    assert_eq!(one.0, 1, "some lines are bad");
    assert_eq!(one.1.lines().count(), 700);
    for jobs in ["2", "3", "8"] {
        assert_eq!(run(&["decide", "--jobs", jobs], &input), one, "--jobs {jobs}");
    }
    assert_eq!(run(&["decide"], &input), one, "the default (the cores available)");
    assert_eq!(run(&["decide", "--jobs", "0"], &input).0, 2, "zero threads is a usage error");
}

#[test]
fn json_lines_never_drops_a_second_value_on_a_line() {
    let bom = '\u{feff}';
    let input =
        format!("{REQUEST_OK} {REQUEST_OK}\n{REQUEST_OK} trailing\n{bom}{REQUEST_OK}\n{REQUEST_OK}   \r\n{REQUEST_OK}");
    let (code, answers) = run_decide(&[], &input);
    assert_eq!(code, 1, "a line with two values is bad, so the run is not all good");
    assert_eq!(answers.len(), 5);
    for a in &answers[..2] {
        assert_eq!(a["error"]["path"], ".");
        assert_eq!(a["error"]["message"], "a line must hold exactly one request; found more after it");
        assert!(a.get("audit").is_none());
    }
    // A byte-order mark, trailing white space and a last line without a newline are fine.
    for a in &answers[2..] {
        assert_eq!(a["audit"]["decision"]["outcome"], "permitted", "{a}");
    }
}

#[test]
fn json_lines_limits_line_length_and_cuts_long_quoted_values() {
    let long = format!("{{\"x\": \"{}\"}}", "a".repeat(5000));
    let input = format!("{long}\n{REQUEST_OK}\n");
    let (code, answers) = run_decide(&["--max-line-bytes", "1000"], &input);
    assert_eq!(code, 1);
    assert_eq!(answers.len(), 2);
    assert_eq!(answers[0]["error"]["message"], "line is longer than 1000 bytes (`--max-line-bytes`)");
    assert_eq!(answers[1]["audit"]["decision"]["outcome"], "permitted");

    let bad_code = "x".repeat(500);
    let input = REQUEST_OK
        .replace("\"procedure\":\"injection\",\"context\"", &format!("\"procedure\":\"{bad_code}\",\"context\""));
    let (_, answers) = run_decide(&[], &input);
    let message = answers[0]["error"]["message"].as_str().unwrap();
    assert!(message.starts_with(&format!("unknown variant `{}…`", "x".repeat(64))), "{message}");
    assert!(message.len() < 600, "{message}");

    let out = Command::new(BIN).args(["decide", "--help"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8(out.stdout).unwrap().contains("--max-line-bytes"));
}

#[test]
fn explain_reads_one_request_as_text_with_every_reason_and_what_is_missing() {
    let denied = REQUEST_OK.replace(r#""procedure":"injection","context""#, r#""procedure":"surgery","context""#);
    let file = std::env::temp_dir().join(format!("bevoegd-explain-{}.json", std::process::id()));
    std::fs::write(&file, &denied).unwrap();
    let (code, out, _) = run(&["explain", file.to_str().unwrap(), "--lang", "en"], "");
    assert_eq!(code, 0);
    assert!(out.starts_with("surgery (surgery), 2025-01-06\n"), "{out}");
    assert!(
        out.contains("not independently authorised: not competent for surgical procedures (Wet BIG art. 36 lid 15)"),
        "{out}"
    );
    assert!(out.contains("What is missing:\n  - "), "{out}");
    let (code, out, _) = run(&["explain", "-", "--lang", "nl"], REQUEST_OK);
    assert_eq!(code, 0);
    assert!(out.contains("zelfstandig bevoegd (Wet BIG art. 36 lid 5 onder a)"), "{out}");
    let (code, out, _) = run(&["explain", "-"], r#"{"procedure": 3}"#);
    assert_eq!(code, 1);
    // The message names the file (here standard input), never "a line".
    assert!(out.starts_with("standard input: `procedure`: "), "{out}");
    let (code, _, err) = run(&["explain", "/no/such/file.json"], "");
    assert_eq!(code, 2, "{err}");
    // Bad input is exit 1 whatever is wrong with it; a file is read up to the limit, no further.
    let (code, out, _) = run(&["explain", "/dev/zero"], "");
    assert_eq!(code, 1);
    assert!(out.contains("/dev/zero: the file is larger than 1048576 bytes (`--max-line-bytes`)"), "{out}");
    std::fs::write(&file, b"\xff\xfe{}").unwrap();
    let (code, out, _) = run(&["explain", file.to_str().unwrap()], "");
    assert_eq!(code, 1);
    assert!(out.contains("the file is not valid UTF-8"), "{out}");
    let (code, out, _) = run(&["explain", "-"], &format!("{REQUEST_OK}{REQUEST_OK}"));
    assert_eq!(code, 1);
    assert!(out.contains("the file must hold exactly one request"), "{out}");
    let _ = std::fs::remove_file(file);
}

#[test]
fn matrix_prints_the_table_on_a_day_as_markdown_or_json() {
    let (code, out, _) = run(&["matrix", "--date", "2025-01-01"], "");
    assert_eq!(code, 0);
    assert!(out.starts_with("# Authorisation matrix on 2025-01-01"), "{out}");
    assert_eq!(out, bevoegd::law::matrix_markdown_on("2025-01-01".parse().unwrap()));
    let (code, out, _) = run(&["matrix", "--date", "2019-01-01", "--format", "json"], "");
    assert_eq!(code, 0);
    let cells: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(cells.len(), bevoegd::law::matrix_on("2019-01-01".parse().unwrap()).len());
    assert!(cells.iter().any(|c| c["profession"] == "clinical_technologist_title"));
    let (code, _, err) = run(&["matrix", "--date", "2025-02-30"], "");
    assert_eq!(code, 2);
    assert!(err.contains("2025-02-30"), "{err}");
}

#[test]
fn replay_re_decides_records_and_reports_every_changed_one_with_both_answers() {
    let input = format!("{REQUEST_OK}\n{}\n", REQUEST_OK.replace("2025-01-06", "2025-01-07"));
    let (code, records, _) = run(&["decide", "--replayable", "--lang", "en"], &input);
    assert_eq!(code, 0);
    let (code, out, err) = run(&["replay"], &records);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert!(lines.iter().all(|l| l["status"] == "same"), "{out}");
    // A record whose answer the engine would now give otherwise: here the recorded outcome is
    // altered, as if an older law table had said so.
    let mut first: serde_json::Value = serde_json::from_str(records.lines().next().unwrap()).unwrap();
    first["audit"]["decision"]["outcome"] = "denied".into();
    let tampered = format!("{first}\n{}\nnot json\n{REQUEST_OK}\n", records.lines().nth(1).unwrap());
    let (code, out, err) = run(&["replay"], &tampered);
    assert_eq!(code, 1);
    assert!(err.contains("4 records, 1 changed, 2 bad"), "{err}");
    let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines[0]["status"], "changed");
    assert_eq!(lines[0]["recorded"]["decision"]["outcome"], "denied");
    assert_eq!(lines[0]["now"]["decision"]["outcome"], "permitted");
    assert_eq!(lines[1]["status"], "same");
    assert_eq!(lines[2]["status"], "error");
    // A plain request is not a record: it carries no answer to compare.
    assert_eq!(lines[3]["status"], "error");
}

#[test]
#[cfg(target_os = "linux")]
fn a_closed_standard_output_is_an_error_not_a_silent_loss() {
    // `bevoegd decide < requests >&-`: the shell closes descriptor 1 before the command starts.
    for args in [&["decide"][..], &["replay"], &["matrix", "--date", "2025-01-06"]] {
        let command = format!("{BIN} {} < /dev/null >&-", args.join(" "));
        let out = Command::new("sh").args(["-c", &command]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("standard output is closed"), "{args:?}");
    }
    // Output thrown away on purpose is not an error.
    let out = Command::new("sh").args(["-c", &format!("{BIN} decide < /dev/null > /dev/null")]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn every_command_has_help_and_bad_usage_exits_2() {
    for cmd in ["decide", "explain", "matrix", "replay"] {
        let out = Command::new(BIN).args([cmd, "--help"]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{cmd}");
    }
    let out = Command::new(BIN).arg("--help").output().unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().contains("Exit status: 0 all good"));
    let out = Command::new(BIN).arg("frobnicate").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    // Every limit and count must be at least 1; `--jobs` has a documented maximum.
    for args in [
        &["decide", "--jobs", "20000"][..],
        &["decide", "--jobs", "0"],
        &["decide", "--max-line-bytes", "0"],
        &["explain", "-", "--max-line-bytes", "0"],
        &["replay", "--max-line-bytes", "0"],
        &["replay", "--window", "0"],
    ] {
        let (code, _, err) = run(args, "");
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains("at least 1") || err.contains("at most 256"), "{args:?}: {err}");
    }
    // `--version` names the law table too.
    let out = Command::new(BIN).arg("--version").output().unwrap();
    let version = String::from_utf8(out.stdout).unwrap();
    assert!(version.contains(bevoegd::law::fingerprint()) && version.contains("legal_basis_as_of"), "{version}");
    // `matrix` refuses the dates `decide` refuses, with the same words.
    let (code, out, err) = run(&["matrix", "--date", "1900-01-01"], "");
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(err.contains("is before `2010-11-01`, the first day the law table covers"), "{err}");
}
