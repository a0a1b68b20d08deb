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

pub use crate::io::replay::{
    ChangedRoutes, DEFAULT_REPLAY_MAX_LINE_BYTES, DEFAULT_REPLAY_WINDOW, ReplayOptions, ReplayStatus, ReplaySummary,
    ReplayWarning, Replayed, Torn, Verdict, replay, replay_lines, replay_log,
};
use crate::io::staff::HeldStaff;
use crate::io::wire::{AuditRecord, Request};
pub use crate::io::wire::{RequestForm, StaffRef, WhoMayAnswer, WhoMayEntry};
use crate::text::{Lang, QUOTE_MAX};

/// The default longest line, in bytes: 1 MiB.
pub const DEFAULT_MAX_LINE_BYTES: usize = 1 << 20;

/// How lines are answered.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Options {
    /// The language of the explanations.
    pub lang: Lang,
    /// The longest line accepted, in bytes.
    pub max_line_bytes: usize,
    /// Whether each audit record carries its canonical request (and can be replayed).
    pub replayable: bool,
    /// The held staff that requests naming a `"staff_id"` are answered from; without it such a
    /// request is an error line.
    pub staff: Option<std::sync::Arc<HeldStaff>>,
}

impl Default for Options {
    fn default() -> Options {
        Options { lang: Lang::Nl, max_line_bytes: DEFAULT_MAX_LINE_BYTES, replayable: false, staff: None }
    }
}

/// What is wrong with an input: the JSON path of the field (`.` for the whole line) and a message.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct InputError {
    /// Where, as a JSON path (`professional.registrations[0].history[1]`).
    pub path: String,
    /// What.
    pub message: String,
}

impl InputError {
    pub(crate) fn whole(message: impl Into<String>) -> InputError {
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[non_exhaustive]
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

#[cfg(feature = "serve")]
impl Answer {
    /// The answer of a good line.
    pub(crate) fn audit(line: u64, audit: AuditRecord) -> Answer {
        Answer { line, audit: Some(audit), error: None }
    }

    /// The answer of a bad line.
    pub(crate) fn error(line: u64, error: InputError) -> Answer {
        Answer { line, audit: None, error: Some(error) }
    }
}

/// How many lines were read and how many were bad.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
#[non_exhaustive]
pub struct Summary {
    /// Lines read.
    pub lines: u64,
    /// Lines answered with an error.
    pub bad: u64,
}

/// Cuts every backtick-quoted value in `message` to at most [`QUOTE_MAX`] characters.
pub(crate) fn cut_quotes(message: &str) -> String {
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
pub(crate) fn json_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    cut_quotes(text.strip_suffix(&suffix).unwrap_or(&text))
}

/// The error at `path` (serde_path_to_error's) with `message` (serde's): the path of the field
/// itself, and every key in the path and value in the message cut to [`QUOTE_MAX`] characters,
/// so that a huge bad key never comes back whole.
pub(crate) fn located(path: &str, message: &str) -> InputError {
    // serde_path_to_error names a place it cannot name `?`: the whole text.
    let path = if path == "?" { "." } else { path };
    let (path, message) = crate::input::error::error_location(path, &cut_quotes(message));
    let path = if path.len() > QUOTE_MAX {
        path.split('.').map(crate::text::quoted).collect::<Vec<_>>().join(".")
    } else {
        path
    };
    InputError { path, message }
}

/// Parses one JSON text holding exactly one value of type `T`, with the path of a bad field.
pub(crate) fn parse_one<'de, T: Deserialize<'de>>(text: &'de str) -> Result<T, InputError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Most lines are good: parse without tracking paths, and track them only to report an error.
    if let Ok(value) = serde_json::from_str::<T>(text) {
        return Ok(value);
    }
    let de = &mut serde_json::Deserializer::from_str(text);
    let value: T = serde_path_to_error::deserialize(&mut *de)
        .map_err(|e| located(&e.path().to_string(), &json_message(e.inner())))?;
    // Exactly one value: a second request or trailing text is an error, never dropped.
    de.end().map_err(|_| InputError::whole("a line must hold exactly one request; found more after it"))?;
    Ok(value)
}

/// Parses one request (one JSON value) that carries its professional, naming the field of any
/// error.
///
/// # Errors
///
/// [`InputError`] with the JSON path of the bad field; a request naming a `staff_id` is an
/// error at `staff_id` (no staff is held: see [`parse_request_with`]).
pub fn parse_request(text: &str) -> Result<Request, InputError> {
    parse_request_with(text, None).map(|(request, _)| request)
}

/// Parses one request (one JSON value), its professional inline or read from `staff` by its
/// `"staff_id"`, naming the field of any error.
///
/// # Errors
///
/// [`InputError`] with the JSON path of the bad field (see [`RequestForm::resolve`]).
pub fn parse_request_with(text: &str, staff: Option<&HeldStaff>) -> Result<(Request, Option<StaffRef>), InputError> {
    parse_one::<RequestForm>(text)?.resolve(staff)
}

/// Parses one context (one JSON value, with its date), naming the field of any error.
///
/// # Errors
///
/// [`InputError`] with the JSON path of the bad field.
pub fn parse_context(text: &str) -> Result<crate::input::context::Context, InputError> {
    parse_one(text)
}

/// Who of the held `staff` may perform `procedure` in `context`: what `POST /v1/who-may` answers
/// when it names no one (everyone held, in id order), and `bevoegd who-may` prints.
///
/// ```
/// use bevoegd::jsonl::who_may_held;
/// use bevoegd::staff::HeldStaff;
/// use bevoegd::{law, Outcome};
///
/// let (who, ctx) = law::PHYSICIAN_SURGERY.example_case()?;
/// let held = HeldStaff::parse(&serde_json::json!({"id": "e1", "professional": who}).to_string())?;
/// let answer = who_may_held(&held, law::PHYSICIAN_SURGERY.procedure, &ctx);
/// assert_eq!(answer.answers[0].id.as_deref(), Some("e1"));
/// assert_eq!(answer.answers[0].outcome, Outcome::Permitted);
/// assert_eq!(answer.staff_version.as_deref(), Some(held.version()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn who_may_held(
    staff: &HeldStaff,
    procedure: crate::types::procedure::Procedure,
    context: &crate::input::context::Context,
) -> WhoMayAnswer {
    let request = crate::io::wire::WhoMayRequest {
        staff: None,
        staff_ids: None,
        procedure,
        context: context.clone(),
        decision_id: None,
    };
    match request.people(Some(staff)) {
        Ok(people) => request.answer(&people),
        // Everyone held: nobody to look up, nothing to fail.
        Err(_) => request.answer(&crate::io::wire::WhoMayPeople { people: Vec::new(), staff_version: None }),
    }
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
    let (request, staff) = parse_request_with(text, options.staff.as_deref())?;
    let record = if options.replayable { request.replayable_audit(options.lang) } else { request.audit(options.lang) };
    Ok((request, record.with_staff(staff)))
}

/// One line as [`next_line`] read it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LineRead {
    /// The line fit within the limit (and is in the buffer, without its newline).
    pub(crate) fits: bool,
}

/// Reads the next line into `buf` (without its `\n`), holding at most `max` bytes of it. Returns
/// `None` at the end of input; a line longer than `max` is read to its end and dropped
/// (`fits: false`).
pub(crate) fn next_line(input: &mut impl BufRead, buf: &mut Vec<u8>, max: usize) -> io::Result<Option<LineRead>> {
    buf.clear();
    let limit = u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1);
    let n = input.by_ref().take(limit).read_until(b'\n', buf)?;
    if n == 0 {
        return Ok(None);
    }
    if buf.last() == Some(&b'\n') {
        buf.pop();
        return Ok(Some(LineRead { fits: true }));
    }
    if buf.len() <= max {
        return Ok(Some(LineRead { fits: true })); // the last line, without a final newline
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
    buf.clear();
    Ok(Some(LineRead { fits: false }))
}

/// The text of a line [`next_line`] read into `buf`, or what makes it unreadable.
pub(crate) fn line_text(read: LineRead, buf: &[u8], max_line_bytes: usize) -> Result<&str, InputError> {
    if !read.fits {
        return Err(InputError::whole(format!("line is longer than {max_line_bytes} bytes (`--max-line-bytes`)")));
    }
    match std::str::from_utf8(buf) {
        Ok(text) => Ok(text.strip_suffix('\r').unwrap_or(text)),
        Err(_) => Err(InputError::whole("line is not valid UTF-8")),
    }
}

/// Calls `each` with every line of `input` as text (or the error that makes it unreadable):
/// the line-reading rules of this module.
fn for_each_line(
    max_line_bytes: usize,
    mut input: impl BufRead,
    mut each: impl FnMut(u64, Result<&str, InputError>) -> io::Result<()>,
) -> io::Result<u64> {
    let mut buf = Vec::new();
    let mut number = 0u64;
    while let Some(read) = next_line(&mut input, &mut buf, max_line_bytes)? {
        number += 1;
        each(number, line_text(read, &buf, max_line_bytes))?;
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
        bad += u64::from(write_answer(&mut out, options, line, text, &mut observe)?);
        Ok(())
    })?;
    out.flush()?;
    Ok(Summary { lines, bad })
}

/// Lines handed to a thread at a time by [`answer_lines_parallel`]: enough to make the hand-over
/// negligible, few enough to keep every thread busy and the memory held small.
const CHUNK_LINES: usize = 256;

/// Bytes of request text handed to a thread at a time, at most (a chunk also ends after
/// [`CHUNK_LINES`] lines).
const CHUNK_BYTES: usize = 1 << 20;

/// Lines read and waiting to be answered by one thread.
#[derive(Default)]
struct Chunk {
    /// The texts of the good lines, one after the other.
    text: String,
    /// Each line's number and the range of its text in `text`, or what makes it unreadable.
    lines: Vec<(u64, Result<std::ops::Range<usize>, InputError>)>,
}

/// A chunk answered: the answer lines, and how many were bad.
struct Answered {
    bytes: Vec<u8>,
    bad: u64,
}

/// Writes the answer of one line (its audit record, or the error) as one JSON line, after showing
/// a good line's request and record to `observe`; returns whether the line was bad.
fn write_answer(
    out: &mut impl Write,
    options: &Options,
    line: u64,
    text: Result<&str, InputError>,
    observe: &mut impl FnMut(&Request, &AuditRecord),
) -> io::Result<bool> {
    let (answer, bad) = match text.and_then(|t| answer_request(t, options)) {
        Ok((request, audit)) => {
            observe(&request, &audit);
            (Answer { line, audit: Some(audit), error: None }, false)
        }
        Err(error) => (Answer { line, audit: None, error: Some(error) }, true),
    };
    serde_json::to_writer(&mut *out, &answer)?;
    out.write_all(b"\n")?;
    Ok(bad)
}

/// Answers one chunk.
fn answer_chunk(options: &Options, chunk: &Chunk) -> io::Result<Answered> {
    let mut bytes = Vec::with_capacity(chunk.text.len() + 1024 * chunk.lines.len());
    let mut bad = 0;
    for (line, text) in &chunk.lines {
        let text = text.clone().map(|r| chunk.text.get(r).unwrap_or_default());
        bad += u64::from(write_answer(&mut bytes, options, *line, text, &mut |_, _| {})?);
    }
    Ok(Answered { bytes, bad })
}

/// [`answer_lines`] on `threads` threads: the same answers, byte for byte and in the same order,
/// sooner when there are many lines. Input is read and answers are written on the calling thread;
/// lines are answered in chunks of up to 256 by the others, at most two chunks per thread in
/// flight, so the memory held stays small whatever the input's length. One thread answers like
/// [`answer_lines`].
///
/// ```
/// use std::num::NonZeroUsize;
/// use bevoegd::jsonl::{answer_lines, answer_lines_parallel, Options};
///
/// let (who, ctx) = bevoegd::law::PHYSICIAN_SURGERY.example_case()?;
/// let good = serde_json::json!({"professional": who, "procedure": "surgery", "context": ctx}).to_string();
/// let input: String = (0..1000).map(|i| if i % 7 == 0 { "{}\n".to_owned() } else { format!("{good}\n") }).collect();
/// let (mut one, mut two) = (Vec::new(), Vec::new());
/// let a = answer_lines(&Options::default(), input.as_bytes(), &mut one)?;
/// let two_threads = NonZeroUsize::MIN.saturating_add(1);
/// let b = answer_lines_parallel(&Options::default(), two_threads, input.as_bytes(), &mut two)?;
/// assert_eq!((a, one), (b, two));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// Only I/O errors of reading or writing; a bad line is an answer, not an error. On a read error
/// the lines read before it are answered first.
pub fn answer_lines_parallel(
    options: &Options,
    threads: std::num::NonZeroUsize,
    input: impl BufRead,
    output: impl Write,
) -> io::Result<Summary> {
    answer_lines_chunked(options, threads.get(), CHUNK_LINES, input, output)
}

/// The calling thread's side of [`answer_lines_parallel`]: chunk `k` goes to thread
/// `k % threads` and comes back from it. Each thread answers its chunks in the order it gets
/// them, so taking the answers round-robin keeps the input's order.
struct Pipeline {
    to: Vec<std::sync::mpsc::Sender<Chunk>>,
    from: Vec<std::sync::mpsc::Receiver<io::Result<Answered>>>,
    sent: usize,
    written: usize,
    bad: u64,
}

impl Pipeline {
    fn stopped() -> io::Error {
        io::Error::other("an answering thread stopped")
    }

    /// Hands `chunk` to the next thread, first writing the oldest answers when two chunks per
    /// thread are already in flight.
    fn dispatch(&mut self, chunk: Chunk, out: &mut impl Write) -> io::Result<()> {
        if self.sent - self.written >= 2 * self.to.len() {
            self.write_next(out)?;
        }
        let to = self.to.get(self.sent % self.to.len()).ok_or_else(Pipeline::stopped)?;
        to.send(chunk).map_err(|_| Pipeline::stopped())?;
        self.sent += 1;
        Ok(())
    }

    /// Waits for the oldest chunk in flight and writes its answers.
    fn write_next(&mut self, out: &mut impl Write) -> io::Result<()> {
        let from = self.from.get(self.written % self.from.len()).ok_or_else(Pipeline::stopped)?;
        let answered = from.recv().map_err(|_| Pipeline::stopped())??;
        out.write_all(&answered.bytes)?;
        self.bad += answered.bad;
        self.written += 1;
        Ok(())
    }

    /// Writes every answer still in flight and lets the threads end.
    fn finish(&mut self, out: &mut impl Write) -> io::Result<()> {
        self.to.clear();
        while self.written < self.sent {
            self.write_next(out)?;
        }
        Ok(())
    }
}

/// [`answer_lines_parallel`] with the chunk length as a parameter (tests use short chunks).
fn answer_lines_chunked(
    options: &Options,
    threads: usize,
    chunk_lines: usize,
    input: impl BufRead,
    output: impl Write,
) -> io::Result<Summary> {
    if threads <= 1 {
        return answer_lines(options, input, output);
    }
    let mut out = BufWriter::new(output);
    std::thread::scope(|scope| {
        let mut pipeline = Pipeline { to: Vec::new(), from: Vec::new(), sent: 0, written: 0, bad: 0 };
        for _ in 0..threads {
            let (send_chunk, chunks) = std::sync::mpsc::channel::<Chunk>();
            let (send_answers, answers) = std::sync::mpsc::channel();
            scope.spawn(move || {
                for chunk in chunks {
                    if send_answers.send(answer_chunk(options, &chunk)).is_err() {
                        break;
                    }
                }
            });
            pipeline.to.push(send_chunk);
            pipeline.from.push(answers);
        }
        let mut chunk = Chunk::default();
        let read = for_each_line(options.max_line_bytes, input, |line, text| {
            let entry = text.map(|t| {
                let start = chunk.text.len();
                chunk.text.push_str(t);
                start..chunk.text.len()
            });
            chunk.lines.push((line, entry));
            if chunk.lines.len() >= chunk_lines || chunk.text.len() >= CHUNK_BYTES {
                pipeline.dispatch(std::mem::take(&mut chunk), &mut out)?;
            }
            Ok(())
        });
        // Whatever ended the input (its end or a read error), answer what was read.
        let mut drain = || {
            if !chunk.lines.is_empty() {
                pipeline.dispatch(std::mem::take(&mut chunk), &mut out)?;
            }
            pipeline.finish(&mut out)?;
            out.flush()
        };
        let drained = drain();
        // On every path the threads run out of chunks and end, so the scope can join them.
        pipeline.to.clear();
        let lines = read?;
        drained?;
        Ok(Summary { lines, bad: pipeline.bad })
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests fail loudly")]
    use super::*;
    use proptest::prelude::*;
    use proptest::test_runner::{Config, TestRunner};

    /// A few good requests (different rows, so different answers) and every kind of bad line.
    fn kinds() -> Vec<Vec<u8>> {
        let mut out = Vec::new();
        for rule in crate::law::RULES.iter().step_by(29) {
            let (who, ctx) = rule.example_case().unwrap();
            // The row's own procedure (mostly permitted) and surgery (mostly denied).
            for procedure in [rule.procedure, crate::Procedure::Surgery] {
                let request = serde_json::json!({"professional": who, "procedure": procedure, "context": ctx});
                out.push(request.to_string().into_bytes());
            }
        }
        out.extend([
            b"{}".to_vec(),
            b"".to_vec(),
            b"{\"procedure\": 7}\r".to_vec(),
            vec![0xff, 0xfe, b'{'],
            vec![b'x'; 300],
            b"[1, 2".to_vec(),
        ]);
        out
    }

    /// The input made of the kinds picked, one per line, with or without a final newline.
    fn input(kinds: &[Vec<u8>], picks: &[usize], final_newline: bool) -> Vec<u8> {
        let mut text = Vec::new();
        for (i, p) in picks.iter().enumerate() {
            if i > 0 {
                text.push(b'\n');
            }
            text.extend_from_slice(kinds.get(p % kinds.len()).unwrap());
        }
        if final_newline {
            text.push(b'\n');
        }
        text
    }

    #[test]
    fn in_parallel_every_line_gets_the_same_answer_in_the_same_order() {
        let kinds = kinds();
        let options = Options { max_line_bytes: 256, ..Options::default() };
        // Each case spawns threads and answers up to 40 lines twice: a fixed, small number of
        // cases, whatever PROPTEST_CASES says.
        let mut runner = TestRunner::new(Config { cases: 48, failure_persistence: None, ..Config::default() });
        let strategy = (prop::collection::vec(0usize..64, 0..40), any::<bool>(), 2usize..5, 1usize..5);
        runner
            .run(&strategy, |(picks, final_newline, threads, chunk)| {
                let text = input(&kinds, &picks, final_newline);
                let (mut one, mut many) = (Vec::new(), Vec::new());
                let a = answer_lines(&options, text.as_slice(), &mut one).unwrap();
                let b = answer_lines_chunked(&options, threads, chunk, text.as_slice(), &mut many).unwrap();
                prop_assert_eq!(a, b);
                prop_assert_eq!(String::from_utf8(one).unwrap(), String::from_utf8(many).unwrap());
                Ok(())
            })
            .unwrap();
    }

    /// Gives `good` bytes, then fails.
    struct FailsAfter<'a> {
        good: &'a [u8],
    }

    impl Read for FailsAfter<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.good.is_empty() {
                return Err(io::Error::other("disk gone"));
            }
            let n = self.good.len().min(buf.len()).min(100);
            buf[..n].copy_from_slice(&self.good[..n]);
            self.good = &self.good[n..];
            Ok(n)
        }
    }

    #[test]
    fn a_read_error_is_returned_after_the_lines_before_it_are_answered() {
        let kinds = kinds();
        let text = input(&kinds, &(0..30).collect::<Vec<_>>(), true);
        let (mut one, mut many) = (Vec::new(), Vec::new());
        let a = answer_lines(&Options::default(), io::BufReader::new(FailsAfter { good: &text }), &mut one);
        let b =
            answer_lines_chunked(&Options::default(), 2, 3, io::BufReader::new(FailsAfter { good: &text }), &mut many);
        assert_eq!(a.unwrap_err().to_string(), "disk gone");
        assert_eq!(b.unwrap_err().to_string(), "disk gone");
        assert_eq!(one.iter().filter(|b| **b == b'\n').count(), 30);
        assert_eq!(one, many);
    }

    /// Takes `room` bytes, then fails.
    struct Full {
        room: usize,
    }

    impl Write for Full {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.room == 0 {
                return Err(io::Error::other("disk full"));
            }
            let n = buf.len().min(self.room);
            self.room -= n;
            Ok(n)
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_write_error_ends_the_answering_without_waiting_forever() {
        let kinds = kinds();
        let text = input(&kinds, &(0..200).collect::<Vec<_>>(), true);
        for room in [0, 10, 20_000] {
            let err = answer_lines_chunked(&Options::default(), 3, 2, text.as_slice(), Full { room }).unwrap_err();
            assert_eq!(err.to_string(), "disk full");
        }
    }
}
