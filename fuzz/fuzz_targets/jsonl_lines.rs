//! Arbitrary bytes as a JSON Lines input: answering never panics, every line gets exactly one
//! answer in order, and answering on several threads (in chunks of every size) writes the same
//! bytes as answering on one.
#![no_main]

use std::num::NonZeroUsize;

use bevoegd::jsonl::{Options, answer_lines, answer_lines_parallel};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // A short line limit, so the too-long path is reached too.
    let options = Options { max_line_bytes: 4096, ..Options::default() };
    let mut one = Vec::new();
    let a = answer_lines(&options, data, &mut one).expect("reading from memory cannot fail");
    let lines = if data.is_empty() { 0 } else { data.split(|b| *b == b'\n').count() - usize::from(data.ends_with(b"\n")) };
    assert_eq!(a.lines, lines as u64, "one answer per line");
    let written = String::from_utf8(one.clone()).expect("answers are UTF-8");
    for (i, answer) in written.lines().enumerate() {
        let v: serde_json::Value = serde_json::from_str(answer).expect("an answer is JSON");
        assert_eq!(v["line"], serde_json::json!(i + 1), "answers in order");
    }
    let mut two = Vec::new();
    let threads = NonZeroUsize::new(2).expect("two");
    let b = answer_lines_parallel(&options, threads, data, &mut two).expect("reading from memory cannot fail");
    assert_eq!(a, b);
    assert_eq!(one, two, "parallel answers are the sequential ones");
});
