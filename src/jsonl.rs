//! JSON in, JSON out (feature `json`): one request per line, one answer per line, in order; and
//! the replay of audit records. The `bevoegd` command and the HTTP service both answer through
//! these functions, so a line means the same wherever it is sent.
//!
//! A good line gives `{"line": N, "audit": {...}}`; a bad line `{"line": N, "error": {"path",
//! "message"}}` naming the JSON path of the bad field, and processing goes on: every line gets
//! exactly one answer. A line holds exactly one JSON value (a second value or trailing text makes
//! it bad); a UTF-8 byte-order mark at its start is skipped; a line longer than the limit is
//! answered with an error and skipped without being held in memory.
//!
//! ```
//! use bevoegd::jsonl::{answer_lines, Options};
//!
//! let (who, ctx) = bevoegd::law::PHYSICIAN_SURGERY.example_case()?;
//! let good = serde_json::json!({"professional": who, "procedure": "surgery", "context": ctx}).to_string();
//! let input = format!("{good}\n{{\"procedure\": 7}}\n");
//! let mut out = Vec::new();
//! let summary = answer_lines(&Options::default(), input.as_bytes(), &mut out)?;
//! assert_eq!((summary.lines, summary.bad), (2, 1));
//! let answers: Vec<serde_json::Value> =
//!     String::from_utf8(out)?.lines().map(serde_json::from_str).collect::<Result<_, _>>()?;
//! assert_eq!(answers[0]["audit"]["decision"]["outcome"], "permitted");
//! assert_eq!(answers[1]["error"]["path"], "procedure");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::io::{self, BufRead, BufWriter, Read, Write};

use serde::{Deserialize, Serialize};

use crate::decision::Lang;
use crate::wire::{AuditRecord, Request};

/// The longest bad value quoted back in an error message, in characters.
const QUOTE_MAX: usize = 64;

/// The default longest line, in bytes: 1 MiB.
pub const DEFAULT_MAX_LINE_BYTES: usize = 1 << 20;

/// How lines are answered.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Options {
    /// The language of the explanations.
    pub lang: Lang,
    /// The longest line accepted, in bytes.
    pub max_line_bytes: usize,
    /// Whether each audit record carries its canonical request (and can be replayed).
    pub replayable: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options { lang: Lang::Nl, max_line_bytes: DEFAULT_MAX_LINE_BYTES, replayable: false }
    }
}

/// What is wrong with an input: the JSON path of the field (`.` for the whole line) and a message.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct InputError {
    /// Where, as a JSON path (`professional.registrations[0].history[1]`).
    pub path: String,
    /// What.
    pub message: String,
}

impl InputError {
    fn whole(message: impl Into<String>) -> InputError {
        InputError { path: ".".to_owned(), message: message.into() }
    }
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "`{}`: {}", self.path, self.message)
    }
}

impl std::error::Error for InputError {}

/// One answer line.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct Answer {
    /// The line number, from 1.
    pub line: u64,
    /// The audit record of a good line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audit: Option<AuditRecord>,
    /// What is wrong with a bad line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<InputError>,
}

/// How many lines were read and how many were bad.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Summary {
    /// Lines read.
    pub lines: u64,
    /// Lines answered with an error.
    pub bad: u64,
}

/// Cuts every backtick-quoted value in `message` to at most [`QUOTE_MAX`] characters.
fn cut_quotes(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(512));
    let mut parts = message.split('`');
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    for (i, part) in parts.enumerate() {
        out.push('`');
        // Odd parts (0-based after the first) are inside backticks.
        if i % 2 == 0 && part.chars().count() > QUOTE_MAX {
            out.extend(part.chars().take(QUOTE_MAX));
            out.push('…');
        } else {
            out.push_str(part);
        }
    }
    out
}

/// The message of a JSON error without serde_json's "at line 1 column N": the answer names its
/// own line, and the column of a one-line request is noise next to the path.
fn json_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    cut_quotes(text.strip_suffix(&suffix).unwrap_or(&text))
}

/// Parses one JSON text holding exactly one value of type `T`, with the path of a bad field.
fn parse_one<'de, T: Deserialize<'de>>(text: &'de str) -> Result<T, InputError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Most lines are good: parse without tracking paths, and track them only to report an error.
    if let Ok(value) = serde_json::from_str::<T>(text) {
        return Ok(value);
    }
    let de = &mut serde_json::Deserializer::from_str(text);
    let value: T = serde_path_to_error::deserialize(&mut *de).map_err(|e| {
        let (path, message) = crate::error::error_location(&e.path().to_string(), &json_message(e.inner()));
        InputError { path, message }
    })?;
    // Exactly one value: a second request or trailing text is an error, never dropped.
    de.end().map_err(|_| InputError::whole("a line must hold exactly one request; found more after it"))?;
    Ok(value)
}

/// Parses one request (one JSON value), naming the field of any error.
///
/// # Errors
///
/// [`InputError`] with the JSON path of the bad field.
pub fn parse_request(text: &str) -> Result<Request, InputError> {
    parse_one(text)
}

/// Answers one request text: its audit record, or what is wrong with it.
///
/// # Errors
///
/// [`InputError`] with the JSON path of the bad field.
pub fn answer(text: &str, options: &Options) -> Result<AuditRecord, InputError> {
    answer_request(text, options).map(|(_, record)| record)
}

/// The request of a text and its audit record.
fn answer_request(text: &str, options: &Options) -> Result<(Request, AuditRecord), InputError> {
    let request = parse_request(text)?;
    let record = if options.replayable { request.replayable_audit(options.lang) } else { request.audit(options.lang) };
    Ok((request, record))
}

/// Reads the next line into `buf` (without its `\n`), holding at most `max` bytes of it. Returns
/// `None` at the end of input, `Some(false)` when the line was longer than `max` (the rest of it
/// is read and dropped), `Some(true)` otherwise.
fn next_line(input: &mut impl BufRead, buf: &mut Vec<u8>, max: usize) -> io::Result<Option<bool>> {
    buf.clear();
    let limit = u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1);
    let n = input.by_ref().take(limit).read_until(b'\n', buf)?;
    if n == 0 {
        return Ok(None);
    }
    if buf.last() == Some(&b'\n') {
        buf.pop();
        return Ok(Some(true));
    }
    if buf.len() <= max {
        return Ok(Some(true)); // the last line, without a final newline
    }
    // Too long: skip to the end of the line without keeping it.
    loop {
        let chunk = input.fill_buf()?;
        if chunk.is_empty() {
            break;
        }
        match chunk.iter().position(|b| *b == b'\n') {
            Some(i) => {
                input.consume(i + 1);
                break;
            }
            None => {
                let len = chunk.len();
                input.consume(len);
            }
        }
    }
    Ok(Some(false))
}

/// Calls `each` with every line of `input` as text (or the error that makes it unreadable):
/// the line-reading rules of this module, shared by answering and replaying.
fn for_each_line(
    max_line_bytes: usize,
    mut input: impl BufRead,
    mut each: impl FnMut(u64, Result<&str, InputError>) -> io::Result<()>,
) -> io::Result<u64> {
    let mut buf = Vec::new();
    let mut number = 0u64;
    while let Some(fits) = next_line(&mut input, &mut buf, max_line_bytes)? {
        number += 1;
        if !fits {
            each(
                number,
                Err(InputError::whole(format!("line is longer than {max_line_bytes} bytes (`--max-line-bytes`)"))),
            )?;
            continue;
        }
        match std::str::from_utf8(&buf) {
            Ok(text) => each(number, Ok(text.strip_suffix('\r').unwrap_or(text)))?,
            Err(_) => each(number, Err(InputError::whole("line is not valid UTF-8")))?,
        }
    }
    Ok(number)
}

/// Answers every line of `input` on `output`, one JSON answer per line, in order.
///
/// # Errors
///
/// Only I/O errors of reading or writing; a bad line is an answer, not an error.
pub fn answer_lines(options: &Options, input: impl BufRead, output: impl Write) -> io::Result<Summary> {
    answer_lines_with(options, input, output, |_, _| {})
}

/// [`answer_lines`], calling `observe` with each good line's request and audit record as it is
/// answered (the service keeps its decision log this way).
///
/// # Errors
///
/// Only I/O errors of reading or writing.
pub fn answer_lines_with(
    options: &Options,
    input: impl BufRead,
    output: impl Write,
    mut observe: impl FnMut(&Request, &AuditRecord),
) -> io::Result<Summary> {
    let mut out = BufWriter::new(output);
    let mut bad = 0u64;
    let lines = for_each_line(options.max_line_bytes, input, |line, text| {
        let answered = text.and_then(|t| answer_request(t, options)).map(|(request, record)| {
            observe(&request, &record);
            record
        });
        let answer = match answered {
            Ok(audit) => Answer { line, audit: Some(audit), error: None },
            Err(error) => {
                bad += 1;
                Answer { line, audit: None, error: Some(error) }
            }
        };
        serde_json::to_writer(&mut out, &answer)?;
        out.write_all(b"\n")
    })?;
    out.flush()?;
    Ok(Summary { lines, bad })
}

/// The outcome of replaying one audit record.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct Replayed {
    /// The line number, from 1.
    pub line: u64,
    /// The record's decision id, if it had one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_id: Option<String>,
    /// `same`, `changed` or `error`.
    pub status: ReplayStatus,
    /// For a changed record: the answer as recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorded: Option<AuditRecord>,
    /// For a changed record: the answer this engine and law table give now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub now: Option<AuditRecord>,
    /// For a line that is not a replayable record: what is wrong.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<InputError>,
}

/// Whether a replayed record still gives its answer.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReplayStatus {
    /// The same answer (outcome, route, basis, rule, reasons, remedies, spans; compared by code,
    /// not by sentence).
    Same,
    /// Another answer: both are given.
    Changed,
    /// Not a replayable record.
    Error,
}

/// How many records were replayed, changed, or unreadable.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct ReplaySummary {
    /// Lines read.
    pub lines: u64,
    /// Records whose answer changed.
    pub changed: u64,
    /// Lines that are not replayable records.
    pub bad: u64,
}

/// The decision of a record compared by codes: everything but the sentences.
fn comparable(record: &AuditRecord) -> serde_json::Value {
    let mut v = serde_json::to_value(&record.decision).unwrap_or(serde_json::Value::Null);
    if let Some(o) = v.as_object_mut() {
        o.remove("explanation");
    }
    v
}

/// Re-decides one audit record (an `AuditRecord`, or an answer line `{"line", "audit"}` as
/// [`answer_lines`] writes it) and compares.
///
/// # Errors
///
/// [`InputError`] when the text is not a record, or the record has no request (it was not made
/// replayable).
pub fn replay(text: &str) -> Result<(AuditRecord, Option<AuditRecord>), InputError> {
    let value: serde_json::Value = parse_one(text)?;
    let record_value = match value.get("audit") {
        Some(audit) if value.get("line").is_some() => audit.clone(),
        _ => value,
    };
    let recorded: AuditRecord = serde_path_to_error::deserialize(record_value).map_err(|e| {
        let (path, message) = crate::error::error_location(&e.path().to_string(), &cut_quotes(&e.inner().to_string()));
        InputError { path, message }
    })?;
    let Some(request) = &recorded.request else {
        return Err(InputError {
            path: "request".to_owned(),
            message: "the record carries no request: make records replayable (`bevoegd decide --replayable`)"
                .to_owned(),
        });
    };
    // The language of the recorded explanation does not matter: sentences are not compared.
    let now = request.replayable_audit(Lang::En);
    let changed = comparable(&now) != comparable(&recorded);
    Ok((recorded.clone(), changed.then_some(now)))
}

/// Replays every line of `input`, writing one [`Replayed`] per line.
///
/// # Errors
///
/// Only I/O errors.
pub fn replay_lines(max_line_bytes: usize, input: impl BufRead, output: impl Write) -> io::Result<ReplaySummary> {
    let mut out = BufWriter::new(output);
    let (mut changed, mut bad) = (0u64, 0u64);
    let lines = for_each_line(max_line_bytes, input, |line, text| {
        let replayed = match text.and_then(replay) {
            Ok((recorded, None)) => Replayed {
                line,
                decision_id: recorded.decision_id,
                status: ReplayStatus::Same,
                recorded: None,
                now: None,
                error: None,
            },
            Ok((recorded, Some(now))) => {
                changed += 1;
                Replayed {
                    line,
                    decision_id: recorded.decision_id.clone(),
                    status: ReplayStatus::Changed,
                    recorded: Some(recorded),
                    now: Some(now),
                    error: None,
                }
            }
            Err(error) => {
                bad += 1;
                Replayed {
                    line,
                    decision_id: None,
                    status: ReplayStatus::Error,
                    recorded: None,
                    now: None,
                    error: Some(error),
                }
            }
        };
        serde_json::to_writer(&mut out, &replayed)?;
        out.write_all(b"\n")
    })?;
    out.flush()?;
    Ok(ReplaySummary { lines, changed, bad })
}
