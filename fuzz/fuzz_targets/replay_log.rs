//! Arbitrary bytes as a decision log to replay: replay never panics, every line gets exactly one
//! answer in order, and a line's status agrees with its verdict.
#![no_main]

use bevoegd::jsonl::{ReplayOptions, replay_log};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut options = ReplayOptions::default();
    // A short line limit and window, so the too-long and forgetting paths are reached too.
    options.max_line_bytes = 4096;
    options.window = 4;
    let mut out = Vec::new();
    let summary = replay_log(&options, data, &mut out).expect("reading from memory cannot fail");
    let lines = if data.is_empty() { 0 } else { data.split(|b| *b == b'\n').count() - usize::from(data.ends_with(b"\n")) };
    assert_eq!(summary.lines, lines as u64, "one answer per line");
    let written = String::from_utf8(out).expect("answers are UTF-8");
    let mut bad = 0;
    for (i, answer) in written.lines().enumerate() {
        let v: serde_json::Value = serde_json::from_str(answer).expect("an answer is JSON");
        assert_eq!(v["line"], serde_json::json!(i + 1), "answers in order");
        let (status, verdict) = (v["status"].as_str().expect("a status"), v["verdict"].as_str().expect("a verdict"));
        match verdict {
            "same" | "same_other_table" => assert_eq!(status, "same"),
            "annotation_changed" | "outcome_changed" => assert_eq!(status, "changed"),
            "torn" => assert!(status == "same" || status == "error"),
            _ => assert_eq!(status, "error"),
        }
        bad += usize::from(status == "error");
    }
    assert_eq!(summary.bad, bad as u64);
});
