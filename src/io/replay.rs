//! Replay (feature `json`): re-deciding audit records, and checking the service's decision log.
//!
//! [`replay_log`] reads records (JSON Lines: `bevoegd decide --replayable` answers, or the
//! service's decision log) and writes one [`Replayed`] line per line read, in order:
//!
//! - every record is decided again under this engine and law table and compared by codes
//!   (outcome, route, basis, rule, reasons, remedies, spans), never by sentence: `status` is
//!   `same`, `changed` or `error`, as before; `verdict` says more ([`Verdict`]);
//! - a decision log's hash chain (`prev`) and, with the key, its MACs are checked
//!   ([`chain`](crate::io::chain)): an altered, removed, inserted or moved record is `tampered`;
//! - for a record of this very engine version, the sentences must be the ones its decision gives
//!   in its `lang` (sentences of other versions are not checked);
//! - a repeated `decision_id` (within the last [`ReplayOptions::window`] records) and a
//!   timestamp earlier than the record before it are warnings on the line;
//! - a line cut short by a crash is `torn`, and so is the marker record the service writes after
//!   it on restart.

use std::collections::{HashMap, VecDeque};
use std::io::{self, BufRead, BufWriter, Write};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::io::chain::{self, GENESIS, Key};
use crate::io::jsonl::{InputError, located, next_line, parse_one};
use crate::io::wire::{AuditRecord, WhoMayRequest};
use crate::text::{Lang, quoted};
use crate::types::route::Route;

/// The default longest record [`replay_log`] reads: 64 MiB, more than the service writes with its
/// default limits (a record holds its request, at most `--max-body-bytes`, 8 MiB by default, and
/// its answer). Raise `--max-line-bytes` with `--max-body-bytes`.
pub const DEFAULT_REPLAY_MAX_LINE_BYTES: usize = 64 << 20;

/// The default number of recent decision ids [`replay_log`] remembers to find repeats.
pub const DEFAULT_REPLAY_WINDOW: usize = 1 << 16;

/// How a log is replayed.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct ReplayOptions {
    /// The longest line read, in bytes; a longer one is an error (and the chain is not checked
    /// across it).
    pub max_line_bytes: usize,
    /// The key of the log's MACs: every record must carry a MAC that verifies under it.
    pub key: Option<Key>,
    /// How many recent decision ids are remembered to find repeats (memory stays bounded).
    pub window: usize,
}

impl Default for ReplayOptions {
    fn default() -> ReplayOptions {
        ReplayOptions { max_line_bytes: DEFAULT_REPLAY_MAX_LINE_BYTES, key: None, window: DEFAULT_REPLAY_WINDOW }
    }
}

/// The outcome of replaying one line.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Replayed {
    /// The line number, from 1.
    pub line: u64,
    /// The record's decision id, if it had one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_id: Option<String>,
    /// `same`, `changed` or `error`.
    pub status: ReplayStatus,
    /// What the replay found, more finely than `status`.
    pub verdict: Verdict,
    /// For a changed record: the answer as recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorded: Option<AuditRecord>,
    /// For a changed record: the answer this engine and law table give now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub now: Option<AuditRecord>,
    /// For a changed who-may record: the routes as recorded and now, one per person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routes: Option<ChangedRoutes>,
    /// For a torn-line marker: where the torn line is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub torn: Option<Torn>,
    /// For a line that is not a replayable record, or a record that was tampered with: what is
    /// wrong.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<InputError>,
    /// What else is worth knowing (a repeated decision id, a timestamp out of order, a chain
    /// that continues an earlier file).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<ReplayWarning>,
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
    /// Not a replayable record (or one that was tampered with, or written by a newer version).
    Error,
}

/// What a replay found on a line, from best to worst (the order of the detailed exit codes).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The same answer, from the same engine and law table.
    Same,
    /// The same answer, though the record names another law fingerprint, `legal_basis_as_of` or
    /// engine version.
    SameOtherTable,
    /// Outcome, route and basis are the same; citations, `forecast`, `holds_until`, reasons or
    /// spans differ.
    AnnotationChanged,
    /// The outcome, route or basis differs.
    OutcomeChanged,
    /// Written by a newer engine than this one: replay it with that version.
    NewerVersion,
    /// A line cut short by a crash, or the marker record that sets one apart.
    Torn,
    /// Not a replayable record.
    Error,
    /// The hash chain or the MAC is broken, or (for a record of this engine version) its
    /// sentences or decision id do not match its own request.
    Tampered,
}

impl Verdict {
    /// The exit code of `bevoegd replay --detailed-exit-codes` when this is the worst verdict:
    /// 0 same, 3 same_other_table, 4 annotation_changed, 5 outcome_changed, 6 newer_version,
    /// 7 torn, 8 error, 9 tampered (1 and 2 keep their meaning: 2 is a usage or I/O error).
    pub fn exit_code(self) -> u8 {
        match self {
            Verdict::Same => 0,
            Verdict::SameOtherTable => 3,
            Verdict::AnnotationChanged => 4,
            Verdict::OutcomeChanged => 5,
            Verdict::NewerVersion => 6,
            Verdict::Torn => 7,
            Verdict::Error => 8,
            Verdict::Tampered => 9,
        }
    }

    fn status(self) -> ReplayStatus {
        match self {
            Verdict::Same | Verdict::SameOtherTable => ReplayStatus::Same,
            Verdict::AnnotationChanged | Verdict::OutcomeChanged => ReplayStatus::Changed,
            Verdict::NewerVersion | Verdict::Torn | Verdict::Error | Verdict::Tampered => ReplayStatus::Error,
        }
    }
}

/// A who-may record's routes, as recorded and as given now.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ChangedRoutes {
    /// As recorded.
    pub recorded: Vec<Option<Route>>,
    /// Now.
    pub now: Vec<Option<Route>>,
}

/// Where a torn line is: its byte offset in the file and its length.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Torn {
    /// The byte offset of the torn line.
    pub offset: u64,
    /// Its length in bytes.
    pub bytes: u64,
}

/// Something a replay noticed that does not change a line's verdict.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ReplayWarning {
    /// `duplicate_decision_id`, `out_of_order`, `chain_continues`, `chain_unchecked` or
    /// `mac_key_unknown`.
    pub code: String,
    /// In words.
    pub message: String,
    /// The earlier line it concerns, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_line: Option<u64>,
}

/// How many lines were replayed, and what was found.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
#[non_exhaustive]
pub struct ReplaySummary {
    /// Lines read.
    pub lines: u64,
    /// Records whose answer changed (`annotation_changed` or `outcome_changed`).
    pub changed: u64,
    /// Lines whose status is `error` (not replayable, torn, tampered, newer version).
    pub bad: u64,
    /// Lines found tampered with.
    pub tampered: u64,
    /// Torn lines and their markers.
    pub torn: u64,
    /// Lines with warnings.
    pub warned: u64,
    /// The worst verdict of any line (`same` for no lines).
    pub worst: Option<Verdict>,
}

impl ReplaySummary {
    /// The exit code: 0 when every line is `same`, 1 otherwise; with `detailed`, the worst
    /// verdict's [`Verdict::exit_code`].
    pub fn exit_code(&self, detailed: bool) -> u8 {
        if detailed { self.worst.map_or(0, Verdict::exit_code) } else { u8::from(self.changed > 0 || self.bad > 0) }
    }
}

/// The decision of a record compared by codes: everything but the sentences, and the row
/// independence was assessed against (`assessed_rule`, which records made before it existed
/// lack; the reasons it gives are compared).
fn comparable(record: &AuditRecord) -> serde_json::Value {
    let mut v = serde_json::to_value(&record.decision).unwrap_or(serde_json::Value::Null);
    if let Some(o) = v.as_object_mut() {
        o.remove("explanation");
        o.remove("assessed_rule");
        // Derived from the fields compared (and absent from records made before it existed).
        o.remove("citations");
    }
    v
}

/// The `major.minor.patch` numbers of a version text (a pre-release or build suffix is ignored).
fn version_numbers(version: &str) -> Option<(u64, u64, u64)> {
    let core = version.split(['-', '+']).next()?;
    let mut parts = core.split('.').map(str::parse::<u64>);
    let numbers = (parts.next()?.ok()?, parts.next()?.ok()?, parts.next()?.ok()?);
    parts.next().is_none().then_some(numbers)
}

/// Whether a record's `engine_version` is newer than this crate: its answer may rest on fields
/// and rules this version does not know, so replaying it here would vouch for what it cannot check.
fn newer_than_this(version: &str) -> bool {
    match (version_numbers(version), version_numbers(env!("CARGO_PKG_VERSION"))) {
        (Some(theirs), Some(ours)) => theirs > ours,
        _ => false,
    }
}

/// Re-decides one audit record (an `AuditRecord`, or an answer line `{"line", "audit"}` as
/// [`answer_lines`](crate::jsonl::answer_lines) writes it) and compares.
///
/// # Errors
///
/// [`InputError`] when the text is not a record, the record has no request (it was not made
/// replayable), or it was written by a newer version of `bevoegd` (path `engine_version`: replay
/// it with that version). Fields this version does not know are accepted and ignored, so a record
/// of a newer version never fails to parse for them alone.
pub fn replay(text: &str) -> Result<(AuditRecord, Option<AuditRecord>), InputError> {
    let value: serde_json::Value = parse_one(text)?;
    let record_value = match value.get("audit") {
        Some(audit) if value.get("line").is_some() => audit.clone(),
        _ => value,
    };
    if let Some(e) = newer_version(&record_value) {
        return Err(e);
    }
    let recorded: AuditRecord = serde_path_to_error::deserialize(record_value)
        .map_err(|e| located(&e.path().to_string(), &e.inner().to_string()))?;
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

/// The outcome, route and basis of a record: what [`Verdict::OutcomeChanged`] compares.
fn essentials(record: &AuditRecord) -> (Value, Value, Value) {
    let v = serde_json::to_value(&record.decision).unwrap_or(Value::Null);
    let field = |name: &str| v.get(name).cloned().unwrap_or(Value::Null);
    (field("outcome"), field("route"), field("basis"))
}

/// A record's version fields: engine version, law fingerprint, `legal_basis_as_of`.
fn versions(v: &Value) -> (Value, Value, Value) {
    let field = |name: &str| v.get(name).cloned().unwrap_or(Value::Null);
    (field("engine_version"), field("law_fingerprint"), field("legal_basis_as_of"))
}

/// Whether a record names this engine and law table.
fn this_table(v: &Value) -> bool {
    versions(v)
        == (
            Value::from(env!("CARGO_PKG_VERSION")),
            Value::from(crate::law::fingerprint()),
            serde_json::to_value(crate::law::LEGAL_BASIS_AS_OF).unwrap_or(Value::Null),
        )
}

/// The error of a newer engine's record, or `None`.
fn newer_version(v: &Value) -> Option<InputError> {
    let version = v.get("engine_version").and_then(Value::as_str)?;
    newer_than_this(version).then(|| InputError {
        path: "engine_version".to_owned(),
        message: format!(
            "written by a newer version of bevoegd ({}) than this one ({}): replay it with that version or a later one",
            quoted(version),
            env!("CARGO_PKG_VERSION")
        ),
    })
}

/// One line's findings before they are written.
struct Finding {
    verdict: Verdict,
    status: Option<ReplayStatus>,
    recorded: Option<AuditRecord>,
    now: Option<AuditRecord>,
    routes: Option<ChangedRoutes>,
    torn: Option<Torn>,
    error: Option<InputError>,
}

impl Finding {
    fn of(verdict: Verdict) -> Finding {
        Finding { verdict, status: None, recorded: None, now: None, routes: None, torn: None, error: None }
    }

    fn error(verdict: Verdict, error: InputError) -> Finding {
        Finding { error: Some(error), ..Finding::of(verdict) }
    }
}

/// Replays a decide record (an audit record with its request).
fn replay_decision(text: &str, v: &Value) -> Finding {
    let (recorded, now) = match replay(text) {
        Ok(r) => r,
        Err(e) if e.path == "engine_version" => return Finding::error(Verdict::NewerVersion, e),
        Err(e) => return Finding::error(Verdict::Error, e),
    };
    if let Some(now) = now {
        let verdict = if essentials(&recorded) == essentials(&now) {
            Verdict::AnnotationChanged
        } else {
            Verdict::OutcomeChanged
        };
        return Finding { recorded: Some(recorded), now: Some(now), ..Finding::of(verdict) };
    }
    let Some(request) = &recorded.request else { return Finding::of(Verdict::Error) };
    if recorded.decision_id.as_deref() != request.decision_id() {
        return Finding::error(
            Verdict::Tampered,
            InputError {
                path: "decision_id".to_owned(),
                message: "the record's decision id is not its request's".to_owned(),
            },
        );
    }
    // A record of this very engine: its sentences are the ones its decision gives in its language.
    let lang = v.get("lang").and_then(Value::as_str).and_then(|l| l.parse::<Lang>().ok());
    if let Some(lang) = lang.filter(|_| recorded.engine_version == env!("CARGO_PKG_VERSION"))
        && request.report(lang) != recorded.decision
    {
        return Finding::error(
            Verdict::Tampered,
            InputError {
                path: "decision.explanation".to_owned(),
                message: format!(
                    "the sentences are not the ones this engine ({}) gives for the record's own request in `{}`",
                    env!("CARGO_PKG_VERSION"),
                    <&str>::from(lang)
                ),
            },
        );
    }
    Finding::of(if this_table(v) { Verdict::Same } else { Verdict::SameOtherTable })
}

/// Replays a who-may record: the question under `who_may`, the answers under `routes`.
fn replay_who_may(v: &Value) -> Finding {
    if let Some(e) = newer_version(v) {
        return Finding::error(Verdict::NewerVersion, e);
    }
    let request: WhoMayRequest = match v.get("who_may").map(|q| serde_path_to_error::deserialize(q.clone())) {
        Some(Ok(r)) => r,
        Some(Err(e)) => {
            let e = located(&e.path().to_string(), &e.inner().to_string());
            return Finding::error(Verdict::Error, InputError { path: format!("who_may.{}", e.path), ..e });
        }
        None => {
            return Finding::error(
                Verdict::Error,
                InputError { path: "who_may".to_owned(), message: "a who-may record needs its question".to_owned() },
            );
        }
    };
    let recorded: Vec<Option<Route>> = match v.get("routes").map(|r| serde_json::from_value(r.clone())) {
        Some(Ok(r)) => r,
        _ => {
            return Finding::error(
                Verdict::Error,
                InputError {
                    path: "routes".to_owned(),
                    message: "a list of routes (or null), one per person".to_owned(),
                },
            );
        }
    };
    let now = request.routes();
    if now != recorded {
        return Finding { routes: Some(ChangedRoutes { recorded, now }), ..Finding::of(Verdict::OutcomeChanged) };
    }
    if v.get("decision_id") != request.decision_id.as_ref().map(|d| Value::String(d.clone())).as_ref() {
        return Finding::error(
            Verdict::Tampered,
            InputError {
                path: "decision_id".to_owned(),
                message: "the record's decision id is not its question's".to_owned(),
            },
        );
    }
    Finding::of(if this_table(v) { Verdict::Same } else { Verdict::SameOtherTable })
}

/// A replay's memory of the lines before: the chain, recent decision ids, the last timestamp.
struct Checker<'a> {
    options: &'a ReplayOptions,
    /// The hash of the last line the chain covers, and its number; `None` before the first, or
    /// after a line too long to hash.
    prev: Option<(String, u64)>,
    /// A line was too long to hash: the chain cannot be checked at the next record.
    unknown: bool,
    /// A record with `prev` was read: every later one must have one too.
    chained: bool,
    ids: HashMap<String, u64>,
    recent: VecDeque<String>,
    last_timestamp: Option<(String, u64)>,
}

impl Checker<'_> {
    /// Checks a parsed record's place in the chain and its MAC; `Some` when it was tampered with.
    fn integrity(&mut self, line: u64, raw: &[u8], v: &Value, warnings: &mut Vec<ReplayWarning>) -> Option<InputError> {
        let tampered = |path: &str, message: String| Some(InputError { path: path.to_owned(), message });
        let mut found = None;
        match v.get("prev").and_then(Value::as_str) {
            Some(prev) => {
                match (&self.prev, self.unknown) {
                    (_, true) => warnings.push(ReplayWarning {
                        code: "chain_unchecked".to_owned(),
                        message: "the line before was too long to read, so this record's `prev` is not checked"
                            .to_owned(),
                        other_line: None,
                    }),
                    (Some((hash, before)), false) if hash != prev => {
                        found = tampered(
                            "prev",
                            format!(
                                "`prev` is not the hash of line {before}: that line was altered, or records between were removed, inserted or moved"
                            ),
                        );
                    }
                    (None, false) if prev != GENESIS && !self.chained => warnings.push(ReplayWarning {
                        code: "chain_continues".to_owned(),
                        message:
                            "the chain continues an earlier file (rotated): replay the files together to check the link"
                                .to_owned(),
                        other_line: None,
                    }),
                    _ => {}
                }
                self.chained = true;
            }
            None if self.chained && v.get("torn").is_none() => {
                found = tampered("prev", "a record without `prev` in a chained log".to_owned());
            }
            None => {}
        }
        if let Some(key) = &self.options.key {
            match chain::verify(raw, key) {
                Some(true) => {}
                Some(false) => {
                    found =
                        found.or_else(|| tampered("mac", "the MAC does not verify: the record was altered".to_owned()))
                }
                None if v.get("mac").is_some() => warnings.push(ReplayWarning {
                    code: "mac_key_unknown".to_owned(),
                    message: "the MAC was made with another key; not checked".to_owned(),
                    other_line: None,
                }),
                None => found = found.or_else(|| tampered("mac", "no MAC, though the log is keyed".to_owned())),
            }
        }
        self.prev = Some((chain::hex_sha256(raw), line));
        self.unknown = false;
        found
    }

    /// Notes a repeated decision id and a timestamp earlier than the one before.
    fn order(&mut self, line: u64, v: &Value, warnings: &mut Vec<ReplayWarning>) {
        if let Some(id) = v.get("decision_id").and_then(Value::as_str) {
            if let Some(first) = self.ids.get(id) {
                warnings.push(ReplayWarning {
                    code: "duplicate_decision_id".to_owned(),
                    message: format!("decision id {} was seen before", quoted(id)),
                    other_line: Some(*first),
                });
            } else if self.options.window > 0 {
                if self.recent.len() >= self.options.window
                    && let Some(old) = self.recent.pop_front()
                {
                    self.ids.remove(&old);
                }
                self.ids.insert(id.to_owned(), line);
                self.recent.push_back(id.to_owned());
            }
        }
        if let Some(ts) = v.get("timestamp").and_then(Value::as_str) {
            if let Some((last, at)) = &self.last_timestamp
                && ts < last.as_str()
            {
                warnings.push(ReplayWarning {
                    code: "out_of_order".to_owned(),
                    message: format!("timestamp {} is earlier than line {at}'s {}", quoted(ts), quoted(last)),
                    other_line: Some(*at),
                });
            }
            self.last_timestamp = Some((ts.to_owned(), line));
        }
    }

    /// Replays one line.
    fn line(&mut self, line: u64, raw: Result<&[u8], InputError>) -> (Finding, Vec<ReplayWarning>, Option<String>) {
        let mut warnings = Vec::new();
        let raw = match raw {
            Ok(raw) => raw,
            Err(e) => {
                self.unknown = true;
                return (Finding::error(Verdict::Error, e), warnings, None);
            }
        };
        let Ok(text) = std::str::from_utf8(raw) else {
            self.prev = Some((chain::hex_sha256(raw), line));
            return (Finding::error(Verdict::Error, InputError::whole("line is not valid UTF-8")), warnings, None);
        };
        let text = text.strip_suffix('\r').unwrap_or(text);
        let v: Value = match parse_one::<Value>(text) {
            Ok(v) => v,
            Err(e) => {
                // A record cut short by a crash ends before its JSON does; it is outside the chain.
                let cut = serde_json::from_str::<Value>(text).err().is_some_and(|e| e.is_eof());
                if cut && !text.trim().is_empty() {
                    let message = "a record cut short (torn): the service crashed while writing it; it was never answered as a success".to_owned();
                    return (Finding::error(Verdict::Torn, InputError::whole(message)), warnings, None);
                }
                self.prev = Some((chain::hex_sha256(raw), line));
                return (Finding::error(Verdict::Error, e), warnings, None);
            }
        };
        // An answer line of `bevoegd decide` holds its record under `audit`.
        let record = match v.get("audit") {
            Some(audit) if v.get("line").is_some() => audit,
            _ => &v,
        };
        let decision_id = record.get("decision_id").and_then(Value::as_str).map(str::to_owned);
        let tampered = self.integrity(line, raw, &v, &mut warnings);
        self.order(line, record, &mut warnings);
        if let Some(e) = tampered {
            return (Finding::error(Verdict::Tampered, e), warnings, decision_id);
        }
        if let Some(t) = v.get("torn") {
            let torn = serde_json::from_value::<Torn>(t.clone()).ok();
            let finding = Finding { torn, status: Some(ReplayStatus::Same), ..Finding::of(Verdict::Torn) };
            return (finding, warnings, decision_id);
        }
        let finding = if v.get("kind").and_then(Value::as_str) == Some("who_may") {
            replay_who_may(&v)
        } else {
            replay_decision(text, record)
        };
        (finding, warnings, decision_id)
    }
}

/// Replays every line of `input` with the default options but the longest line, writing one
/// [`Replayed`] per line.
///
/// # Errors
///
/// Only I/O errors.
pub fn replay_lines(max_line_bytes: usize, input: impl BufRead, output: impl Write) -> io::Result<ReplaySummary> {
    replay_log(&ReplayOptions { max_line_bytes, ..ReplayOptions::default() }, input, output)
}

/// Replays every line of `input` (audit records, or a decision log), writing one [`Replayed`]
/// per line, in order, and checking the log's chain, MACs, decision ids and timestamps.
///
/// ```
/// use bevoegd::jsonl::{self, Options, ReplayOptions, Verdict};
///
/// let (who, ctx) = bevoegd::law::PHYSICIAN_SURGERY.example_case()?;
/// let request = serde_json::json!({"professional": who, "procedure": "surgery", "context": ctx}).to_string();
/// let record = jsonl::answer(&request, &Options { replayable: true, ..Options::default() })?;
/// let mut altered = serde_json::to_value(&record)?;
/// altered["decision"]["explanation"][0] = "toegestaan".into();
/// let input = format!("{}\n{altered}\n", serde_json::to_string(&record)?);
/// let mut out = Vec::new();
/// let summary = jsonl::replay_log(&ReplayOptions::default(), input.as_bytes(), &mut out)?;
/// assert_eq!(summary.lines, 2);
/// let lines: Vec<serde_json::Value> = String::from_utf8(out)?.lines().map(serde_json::from_str).collect::<Result<_, _>>()?;
/// assert_eq!(lines[0]["verdict"], "same");
/// // Records without `lang` (as `bevoegd decide` writes them) are compared by codes only.
/// assert_eq!(lines[1]["verdict"], "same");
/// assert_eq!(summary.exit_code(true), 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// Only I/O errors; a bad line is an answer, not an error.
pub fn replay_log(options: &ReplayOptions, mut input: impl BufRead, output: impl Write) -> io::Result<ReplaySummary> {
    let mut out = BufWriter::new(output);
    let mut summary = ReplaySummary::default();
    let mut checker = Checker {
        options,
        prev: None,
        unknown: false,
        chained: false,
        ids: HashMap::new(),
        recent: VecDeque::new(),
        last_timestamp: None,
    };
    let mut buf = Vec::new();
    let max = options.max_line_bytes.max(1);
    while let Some(read) = next_line(&mut input, &mut buf, max)? {
        summary.lines += 1;
        let line = summary.lines;
        let raw = if read.fits {
            Ok(buf.as_slice())
        } else {
            Err(InputError::whole(format!("line is longer than {max} bytes (`--max-line-bytes`)")))
        };
        let (finding, warnings, decision_id) = checker.line(line, raw);
        let status = finding.status.unwrap_or_else(|| finding.verdict.status());
        match status {
            ReplayStatus::Same => {}
            ReplayStatus::Changed => summary.changed += 1,
            ReplayStatus::Error => summary.bad += 1,
        }
        summary.tampered += u64::from(finding.verdict == Verdict::Tampered);
        summary.torn += u64::from(finding.verdict == Verdict::Torn);
        summary.warned += u64::from(!warnings.is_empty());
        summary.worst = summary.worst.max(Some(finding.verdict));
        let replayed = Replayed {
            line,
            decision_id,
            status,
            verdict: finding.verdict,
            recorded: finding.recorded,
            now: finding.now,
            routes: finding.routes,
            torn: finding.torn,
            error: finding.error,
            warnings,
        };
        serde_json::to_writer(&mut out, &replayed)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests fail loudly")]
    use super::*;
    use crate::io::jsonl::{Options, answer};

    /// A replayable record of a law row's example case, as JSON.
    fn record_value() -> serde_json::Value {
        let (who, ctx) = crate::law::PHYSICIAN_SURGERY.example_case().unwrap();
        let request = serde_json::json!({"professional": who, "procedure": "surgery", "context": ctx});
        let options = Options { replayable: true, ..Options::default() };
        serde_json::to_value(answer(&request.to_string(), &options).unwrap()).unwrap()
    }

    #[test]
    fn a_record_with_fields_this_version_does_not_know_still_replays() {
        let mut value = record_value();
        value["a_later_field"] = serde_json::json!({"x": 1});
        value["decision"]["a_later_field"] = serde_json::json!(true);
        value["decision"]["reasons"] = serde_json::json!([]);
        if let Some(spans) = value["decision"]["holds_until"].as_object_mut() {
            spans.insert("a_later_field".to_owned(), serde_json::json!(1));
        }
        let (recorded, now) = replay(&value.to_string()).unwrap();
        assert_eq!(recorded.engine_version, env!("CARGO_PKG_VERSION"));
        assert!(now.is_none(), "the same answer: {now:?}");
    }

    #[test]
    fn a_record_of_a_newer_version_is_named_as_such_not_replayed() {
        let mut value = record_value();
        value["engine_version"] = serde_json::json!("999.0.0");
        value["request"]["a_later_input"] = serde_json::json!(true);
        let err = replay(&value.to_string()).unwrap_err();
        assert_eq!(err.path, "engine_version");
        assert!(err.message.contains("newer version of bevoegd (999.0.0)"), "{}", err.message);
        // The same record from this version (or an older one) is replayed as usual.
        for version in [env!("CARGO_PKG_VERSION"), "0.0.9", "not a version"] {
            let mut value = record_value();
            value["engine_version"] = serde_json::json!(version);
            assert!(replay(&value.to_string()).is_ok(), "{version}");
        }
        // An input field this version does not know is still an error in a request of its own.
        let mut value = record_value();
        value["request"]["a_later_input"] = serde_json::json!(true);
        assert_eq!(replay(&value.to_string()).unwrap_err().path, "request.a_later_input");
    }

    #[test]
    fn versions_compare_by_their_numbers() {
        assert_eq!(version_numbers("1.2.3"), Some((1, 2, 3)));
        assert_eq!(version_numbers("0.10.0-rc.1"), Some((0, 10, 0)));
        assert_eq!(version_numbers("1.2"), None);
        assert_eq!(version_numbers("1.2.3.4"), None);
        assert!(newer_than_this("999.0.0"));
        assert!(!newer_than_this(env!("CARGO_PKG_VERSION")));
        assert!(!newer_than_this("0.0.1"));
        assert!(!newer_than_this(""));
    }

    /// Replays `lines` (JSON values) with `options`: one output value per line.
    fn replay_values(options: &ReplayOptions, lines: &[String]) -> (ReplaySummary, Vec<Value>) {
        let input = lines.join("\n") + "\n";
        let mut out = Vec::new();
        let summary = replay_log(options, input.as_bytes(), &mut out).unwrap();
        let values = String::from_utf8(out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        (summary, values)
    }

    fn one(value: &Value) -> Value {
        replay_values(&ReplayOptions::default(), &[value.to_string()]).1.remove(0)
    }

    #[test]
    fn verdicts_tell_a_changed_outcome_from_a_changed_annotation_and_another_table() {
        // The same answer under another law table: same, but from another table.
        let mut other_table = record_value();
        other_table["law_fingerprint"] = "0000000000000000".into();
        let r = one(&other_table);
        assert_eq!((r["status"].as_str(), r["verdict"].as_str()), (Some("same"), Some("same_other_table")));
        assert_eq!(one(&record_value())["verdict"], "same");
        // Only an annotation differs (how long the answer holds).
        let mut annotation = record_value();
        annotation["decision"]["holds_until"] = serde_json::json!({"until": "2020-01-01", "cause": "competence"});
        let r = one(&annotation);
        assert_eq!((r["status"].as_str(), r["verdict"].as_str()), (Some("changed"), Some("annotation_changed")));
        // The outcome differs.
        let mut outcome = record_value();
        outcome["decision"]["outcome"] = "denied".into();
        let r = one(&outcome);
        assert_eq!((r["status"].as_str(), r["verdict"].as_str()), (Some("changed"), Some("outcome_changed")));
        assert_eq!(r["recorded"]["decision"]["outcome"], "denied");
        assert_eq!(r["now"]["decision"]["outcome"], "permitted");
        // A newer engine's record: named, with why.
        let mut newer = record_value();
        newer["engine_version"] = "999.0.0".into();
        let r = one(&newer);
        assert_eq!((r["status"].as_str(), r["verdict"].as_str()), (Some("error"), Some("newer_version")));
        assert_eq!(r["error"]["path"], "engine_version");
        // Not a record at all.
        let r = one(&serde_json::json!({"decision": 1}));
        assert_eq!((r["verdict"].as_str(), r["error"]["path"].as_str()), (Some("error"), Some("decision")));
    }

    #[test]
    fn a_record_whose_decision_id_is_not_its_requests_is_tampered() {
        let mut value = record_value();
        value["decision_id"] = "someone-else".into();
        let r = one(&value);
        assert_eq!((r["status"].as_str(), r["verdict"].as_str()), (Some("error"), Some("tampered")));
        assert_eq!(r["error"]["path"], "decision_id");
        // The same id in both places is fine.
        let mut value = record_value();
        value["decision_id"] = "or-1".into();
        value["request"]["decision_id"] = "or-1".into();
        assert_eq!(one(&value)["verdict"], "same");
    }

    /// A who-may record of a physician's example case.
    fn who_may_value() -> Value {
        let (who, ctx) = crate::law::PHYSICIAN_SURGERY.example_case().unwrap();
        serde_json::json!({
            "kind": "who_may",
            "who_may": {"staff": [who], "procedure": "surgery", "context": ctx},
            "routes": ["independent"],
            "engine_version": env!("CARGO_PKG_VERSION"),
            "legal_basis_as_of": crate::law::LEGAL_BASIS_AS_OF,
            "law_fingerprint": crate::law::fingerprint(),
        })
    }

    #[test]
    fn who_may_records_replay_and_a_changed_route_shows_both() {
        assert_eq!(one(&who_may_value())["verdict"], "same");
        let mut changed = who_may_value();
        changed["routes"] = serde_json::json!([null]);
        let r = one(&changed);
        assert_eq!(r["verdict"], "outcome_changed");
        assert_eq!(r["routes"], serde_json::json!({"recorded": [null], "now": ["independent"]}));
        let mut bad = who_may_value();
        bad["who_may"]["procedure"] = "surgery!".into();
        let r = one(&bad);
        assert_eq!((r["verdict"].as_str(), r["error"]["path"].as_str()), (Some("error"), Some("who_may.procedure")));
        let mut other_id = who_may_value();
        other_id["decision_id"] = "x".into();
        assert_eq!(one(&other_id)["verdict"], "tampered");
    }

    #[test]
    fn after_a_line_too_long_to_hash_the_chain_is_not_checked_and_says_so() {
        let mut first = record_value();
        first["prev"] = GENESIS.into();
        let mut second = record_value();
        second["prev"] = "not the hash of anything".into();
        let long = format!("{{\"x\": \"{}\"}}", "y".repeat(5_000));
        let options = ReplayOptions { max_line_bytes: 4_096, ..ReplayOptions::default() };
        let (_, out) = replay_values(&options, &[first.to_string(), long, second.to_string()]);
        assert_eq!(out[1]["verdict"], "error");
        assert_eq!(out[2]["verdict"], "same", "{}", out[2]);
        assert_eq!(out[2]["warnings"][0]["code"], "chain_unchecked");
        // Without the long line between them, the broken link is found.
        let (_, out) = replay_values(&ReplayOptions::default(), &[first.to_string(), second.to_string()]);
        assert_eq!(out[1]["verdict"], "tampered");
    }

    #[test]
    fn repeated_ids_are_found_within_the_window_and_equal_timestamps_are_in_order() {
        let with = |id: &str, ts: &str| {
            let mut v = record_value();
            v["decision_id"] = id.into();
            v["request"]["decision_id"] = id.into();
            v["timestamp"] = ts.into();
            v.to_string()
        };
        let lines = [
            with("a", "2026-12-07T10:00:00.000000Z"),
            with("b", "2026-12-07T10:00:00.000000Z"),
            with("a", "2026-12-07T10:00:01.000000Z"),
            with("c", "2026-12-07T09:59:59.000000Z"),
        ];
        let (summary, out) = replay_values(&ReplayOptions::default(), &lines);
        // The same timestamp twice is not out of order; an earlier one is.
        assert!(out[1].get("warnings").is_none(), "{}", out[1]);
        assert_eq!(out[2]["warnings"][0]["code"], "duplicate_decision_id");
        assert_eq!(out[2]["warnings"][0]["other_line"], 1);
        assert_eq!(out[3]["warnings"][0]["code"], "out_of_order");
        assert_eq!(out[3]["warnings"][0]["other_line"], 3);
        assert_eq!(summary.warned, 2);
        // A window of one id forgets `a` when `b` comes.
        let options = ReplayOptions { window: 1, ..ReplayOptions::default() };
        let (_, out) = replay_values(&options, &lines);
        assert!(out[2].get("warnings").is_none(), "{}", out[2]);
        // A window of two still holds it.
        let options = ReplayOptions { window: 2, ..ReplayOptions::default() };
        let (_, out) = replay_values(&options, &lines);
        assert_eq!(out[2]["warnings"][0]["code"], "duplicate_decision_id");
    }

    #[test]
    fn a_torn_line_and_its_marker_are_named_and_the_marker_says_where() {
        let torn = r#"{"decision": {"outcome": "perm"#.to_owned();
        let marker = serde_json::json!({"torn": {"offset": 0, "bytes": torn.len()}}).to_string();
        let (summary, out) = replay_values(&ReplayOptions::default(), &[torn.clone(), marker]);
        assert_eq!((out[0]["status"].as_str(), out[0]["verdict"].as_str()), (Some("error"), Some("torn")));
        assert_eq!((out[1]["status"].as_str(), out[1]["verdict"].as_str()), (Some("same"), Some("torn")));
        assert_eq!(out[1]["torn"], serde_json::json!({"offset": 0, "bytes": torn.len()}));
        assert_eq!((summary.torn, summary.bad, summary.exit_code(false), summary.exit_code(true)), (2, 1, 1, 7));
    }

    #[test]
    fn replay_lines_keeps_its_line_limit() {
        let record = record_value().to_string();
        let mut out = Vec::new();
        let summary = replay_lines(100, format!("{record}\n").as_bytes(), &mut out).unwrap();
        assert_eq!(summary.bad, 1);
        assert!(String::from_utf8(out).unwrap().contains("longer than 100 bytes"));
        let mut out = Vec::new();
        let summary = replay_lines(record.len(), format!("{record}\n").as_bytes(), &mut out).unwrap();
        assert_eq!(summary.bad, 0);
    }
}
