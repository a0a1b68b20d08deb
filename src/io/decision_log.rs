//! The service's decision log (feature `serve`): one writer thread owns the file and appends
//! whole records, one line each; an answer is a success only once its record is written (and,
//! with [`LogSync::Always`], synced).
//!
//! - **Whole records.** The writer holds an advisory lock on the file (a second process gets a
//!   clear error at start) and writes every record as one complete line in append mode, so no
//!   two records interleave.
//! - **Torn lines set apart.** A last line without its newline (a crash while writing) is found on
//!   start and after a failed write, ended with a newline and followed by a marker record
//!   `{"torn": {"offset", "bytes"}}`. Nothing is truncated: the fragment is evidence.
//! - **Durability.** [`LogSync::Always`]: each answer waits for the `fsync` covering its record;
//!   records arriving together share one (group commit), at most one every
//!   `--decision-log-sync-interval-ms`. [`LogSync::None`]: written to the operating system, not
//!   synced (a power failure can lose the last records; a crash of the service cannot).
//! - **What a record says.** `timestamp` (taken by the writer, so a file is in time order),
//!   `instance`, the payload (an audit record or a who-may record, with `lang`), and `prev` (the
//!   hash chain, [`chain`](crate::io::chain)), then an optional `mac`.
//! - **Personal data.** [`LogPersonal`] replaces names and BIG numbers before a record is
//!   written.
//! - **Rotation.** SIGHUP (in the service) reopens the path; the chain continues into
//!   the new file.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::PathBuf;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde::Serialize;
use serde_json::Value;

use crate::io::chain::{self, GENESIS, Key};

/// When a record counts as written.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
#[serde(rename_all = "snake_case")]
pub enum LogSync {
    /// After the `fsync` that covers it (concurrent answers share one).
    #[default]
    Always,
    /// After it is written to the operating system, without `fsync`: survives a crash of the
    /// service, not a power failure.
    None,
}

/// What the log keeps of the people in a request.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
#[serde(rename_all = "snake_case")]
pub enum LogPersonal {
    /// Names and BIG numbers as sent.
    #[default]
    Keep,
    /// Names replaced by the person's role (`performer`, `instructor`, `staff[3]`), BIG numbers
    /// and staff ids removed, and a keyed pseudonym of each person in the record's `subjects`.
    Pseudonymise,
    /// Names replaced by the role, BIG numbers and staff ids removed, no pseudonym.
    Drop,
}

/// How the decision log is written.
#[derive(Clone, Debug)]
pub struct LogConfig {
    /// The file (appended to, created when absent).
    pub path: PathBuf,
    /// When a record counts as written.
    pub sync: LogSync,
    /// The shortest time between two `fsync`s; records arriving meanwhile share the next.
    pub sync_interval: Duration,
    /// The key of each record's MAC, if any.
    pub mac_key: Option<Key>,
    /// What is kept of the people in a request.
    pub personal: LogPersonal,
    /// The key of the pseudonyms (needed for [`LogPersonal::Pseudonymise`]).
    pub pseudonym_key: Option<Key>,
    /// The `instance` of every record.
    pub instance: String,
}

/// Why the log cannot be opened.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LogOpenError {
    /// The file cannot be opened or read.
    #[error("decision log {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// Why.
        source: io::Error,
    },
    /// Another process holds the file's lock.
    #[error(
        "decision log {path}: another process holds its lock (another `bevoegd serve`?); two writers would interleave records"
    )]
    Locked {
        /// The file.
        path: String,
    },
    /// Pseudonyms were asked for without a key.
    #[error(
        "`--decision-log-personal pseudonymise` needs a key: `--decision-log-personal-key-file FILE` or the environment variable BEVOEGD_PSEUDONYM_KEY"
    )]
    NoPseudonymKey,
}

/// A record that could not be written: why, for the error answer.
#[derive(Clone, Debug)]
pub(crate) struct LogFailure(pub(crate) Arc<str>);

/// The log's state, for `/healthz`, `/v1/health` and the metrics.
#[derive(Clone, Debug, Default, Serialize, schemars::JsonSchema)]
pub(crate) struct LogHealth {
    /// `ok` or `failing`.
    pub(crate) status: &'static str,
    pub(crate) path: String,
    pub(crate) sync: LogSync,
    pub(crate) personal: LogPersonal,
    /// Records written since the service started.
    pub(crate) records: u64,
    /// Records that could not be written since the service started.
    pub(crate) failed_records: u64,
    /// Why the last write failed, while the log fails.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) error: Option<String>,
    /// Since when it fails.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) failing_since: Option<String>,
    /// Torn lines found and set apart since the service started.
    pub(crate) torn_lines: u64,
}

type Ack = tokio::sync::oneshot::Sender<Result<(), LogFailure>>;

enum Msg {
    Record(Vec<u8>, Ack),
    Reopen,
}

/// The handle of the writer thread.
pub(crate) struct DecisionLog {
    tx: Mutex<mpsc::Sender<Msg>>,
    health: Arc<Mutex<LogHealth>>,
    personal: LogPersonal,
    pseudonym_key: Option<Key>,
}

/// The time now as the records give it: RFC 3339, UTC, microseconds, always the same width (so
/// that two timestamps compare as text).
pub(crate) fn now() -> String {
    jiff::Timestamp::now().strftime("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

impl DecisionLog {
    /// Opens (and locks) the log and starts its writer.
    pub(crate) fn open(config: LogConfig) -> Result<DecisionLog, LogOpenError> {
        if config.personal == LogPersonal::Pseudonymise && config.pseudonym_key.is_none() {
            return Err(LogOpenError::NoPseudonymKey);
        }
        let health = Arc::new(Mutex::new(LogHealth {
            status: "ok",
            path: config.path.display().to_string(),
            sync: config.sync,
            personal: config.personal,
            ..LogHealth::default()
        }));
        let mut writer = Writer {
            path: config.path.clone(),
            file: None,
            prev: GENESIS.to_owned(),
            dirty: false,
            sync: config.sync,
            interval: config.sync_interval,
            last_sync: None,
            key: config.mac_key.clone(),
            instance: config.instance.clone(),
            health: health.clone(),
        };
        writer.open().map_err(|e| match e {
            Opened::Locked => LogOpenError::Locked { path: config.path.display().to_string() },
            Opened::Io(source) => LogOpenError::Io { path: config.path.display().to_string(), source },
        })?;
        let (tx, rx) = mpsc::channel();
        std::thread::Builder::new()
            .name("bevoegd-decision-log".to_owned())
            .spawn(move || writer.run(&rx))
            .map_err(|source| LogOpenError::Io { path: config.path.display().to_string(), source })?;
        Ok(DecisionLog { tx: Mutex::new(tx), health, personal: config.personal, pseudonym_key: config.pseudonym_key })
    }

    /// Hands a payload (a JSON object) to the writer; the receiver says when it is written.
    pub(crate) fn submit(&self, payload: Vec<u8>) -> tokio::sync::oneshot::Receiver<Result<(), LogFailure>> {
        let (ack, done) = tokio::sync::oneshot::channel();
        let sent = self.tx.lock().map(|tx| tx.send(Msg::Record(payload, ack)));
        // When the writer is gone, `ack` is dropped with the message and the receiver reports it.
        drop(sent);
        done
    }

    /// Makes the writer reopen the file (after logrotate moved it).
    pub(crate) fn reopen(&self) {
        if let Ok(tx) = self.tx.lock() {
            let _ = tx.send(Msg::Reopen);
        }
    }

    /// The log's state, shared (for the metrics, read at each scrape).
    pub(crate) fn health_handle(&self) -> Arc<Mutex<LogHealth>> {
        self.health.clone()
    }

    /// The log's state now.
    pub(crate) fn health(&self) -> LogHealth {
        self.health.lock().map(|h| h.clone()).unwrap_or_default()
    }

    /// The payload of a record: `record` (an audit or who-may record) with `lang` and the id of
    /// the HTTP request that asked for it, and the people in it handled as configured.
    pub(crate) fn payload(&self, record: &impl Serialize, lang: crate::text::Lang, request_id: &str) -> Vec<u8> {
        let lang = <&str>::from(lang);
        if self.personal == LogPersonal::Keep {
            // The common case without a detour through `Value`: the object's text, `lang` and
            // `request_id` added.
            let mut bytes = serde_json::to_vec(record).unwrap_or_default();
            if bytes.last() == Some(&b'}') {
                bytes.pop();
                let sep = if bytes.len() > 1 { "," } else { "" };
                let id = serde_json::to_string(request_id).unwrap_or_default();
                bytes.extend_from_slice(format!("{sep}\"lang\":\"{lang}\",\"request_id\":{id}}}").as_bytes());
            }
            return bytes;
        }
        let mut value = serde_json::to_value(record).unwrap_or_default();
        if let Some(o) = value.as_object_mut() {
            o.insert("lang".to_owned(), Value::String(lang.to_owned()));
            o.insert("request_id".to_owned(), Value::String(request_id.to_owned()));
            let key = self.pseudonym_key.as_ref().filter(|_| self.personal == LogPersonal::Pseudonymise);
            if let Some(s) = personal_data(o, key) {
                o.insert("subjects".to_owned(), s);
            }
        }
        serde_json::to_vec(&value).unwrap_or_default()
    }
}

/// Replaces the names and BIG numbers of the people in a record (the performer and instructor of
/// a decide record, the staff and instructor of a who-may record) by their role, and gives the
/// `subjects` (their pseudonyms) when a key is given.
fn personal_data(record: &mut serde_json::Map<String, Value>, key: Option<&Key>) -> Option<Value> {
    // A staff id (an employee number) names the person as well as a name does: it goes too (the
    // staff version stays, and the record keeps the professional it read, its name replaced).
    record.remove("staff_id");
    record.remove("staff_ids");
    let mut subjects = serde_json::Map::new();
    let mut person = |who: Option<&mut Value>, role: String| {
        let Some(Value::Object(p)) = who else { return };
        let mut numbers: Vec<String> = Vec::new();
        if let Some(Value::Array(regs)) = p.get_mut("registrations") {
            for r in regs.iter_mut().filter_map(Value::as_object_mut) {
                if let Some(Value::String(n)) = r.remove("big_number") {
                    numbers.push(n);
                }
            }
        }
        numbers.sort();
        numbers.dedup();
        // Where a record came from can name the person too (a BIG number, a FHIR resource id):
        // the kind of source and its day stay, the id goes.
        for list in ["registrations", "qualifications", "competences"] {
            if let Some(Value::Array(items)) = p.get_mut(list) {
                items.iter_mut().filter_map(Value::as_object_mut).for_each(without_source_id);
            }
        }
        let name = p.insert("name".to_owned(), Value::String(role.clone()));
        if let Some(k) = key {
            let identity = if numbers.is_empty() {
                format!("name:{}", name.as_ref().and_then(Value::as_str).unwrap_or_default())
            } else {
                format!("big:{}", numbers.join(","))
            };
            subjects.insert(role, Value::String(k.pseudonym(&identity)));
        }
    };
    if let Some(Value::Object(request)) = record.get_mut("request") {
        person(request.get_mut("professional"), "performer".to_owned());
        person(instructor(request.get_mut("context")), "instructor".to_owned());
    }
    if let Some(Value::Object(who_may)) = record.get_mut("who_may") {
        if let Some(Value::Array(staff)) = who_may.get_mut("staff") {
            for (i, p) in staff.iter_mut().enumerate() {
                person(Some(p), format!("staff[{i}]"));
            }
        }
        person(instructor(who_may.get_mut("context")), "instructor".to_owned());
    }
    if let Some(Value::Array(granted)) = record.get_mut("granted_by") {
        granted.iter_mut().filter_map(Value::as_object_mut).for_each(without_source_id);
    }
    let k = key?;
    subjects.insert("key_id".to_owned(), Value::String(k.id().to_owned()));
    Some(Value::Object(subjects))
}

/// A record's `provenance` without its `id`.
fn without_source_id(item: &mut serde_json::Map<String, Value>) {
    if let Some(Value::Object(provenance)) = item.get_mut("provenance") {
        provenance.remove("id");
    }
}

fn instructor(context: Option<&mut Value>) -> Option<&mut Value> {
    context?.get_mut("instruction")?.get_mut("instructor")
}

/// Why the file could not be opened.
enum Opened {
    Locked,
    Io(io::Error),
}

/// The writer thread's state.
struct Writer {
    path: PathBuf,
    file: Option<File>,
    /// The hash of the last line written (the next record's `prev`).
    prev: String,
    /// A write failed since the file was last checked: check its end before writing again.
    dirty: bool,
    sync: LogSync,
    interval: Duration,
    last_sync: Option<Instant>,
    key: Option<Key>,
    instance: String,
    health: Arc<Mutex<LogHealth>>,
}

/// What the end of a log file holds.
struct Tail {
    /// The hash of its last complete line, if any.
    last: Option<String>,
    /// A last line without its newline: its offset and length.
    torn: Option<(u64, u64)>,
}

/// Reads backwards from `end` to the start of the line that ends there (the byte after the
/// previous newline, or 0).
fn line_start(file: &mut File, end: u64) -> io::Result<u64> {
    let mut buf = vec![0u8; 64 << 10];
    let mut pos = end;
    while pos > 0 {
        let n = usize::try_from(pos.min(buf.len() as u64)).unwrap_or(buf.len());
        let from = pos - n as u64;
        file.seek(SeekFrom::Start(from))?;
        let chunk = buf.get_mut(..n).unwrap_or_default();
        file.read_exact(chunk)?;
        if let Some(i) = chunk.iter().rposition(|b| *b == b'\n') {
            return Ok(from + i as u64 + 1);
        }
        pos = from;
    }
    Ok(0)
}

/// The hash of the bytes `start..end` of the file.
fn hash_range(file: &mut File, start: u64, end: u64) -> io::Result<String> {
    file.seek(SeekFrom::Start(start))?;
    let mut bytes = Vec::with_capacity(usize::try_from(end - start).unwrap_or(0));
    file.take(end - start).read_to_end(&mut bytes)?;
    Ok(chain::hex_sha256(&bytes))
}

/// What ends the regular file `file` of `len` bytes.
fn tail(file: &mut File, len: u64) -> io::Result<Tail> {
    if len == 0 {
        return Ok(Tail { last: None, torn: None });
    }
    file.seek(SeekFrom::Start(len - 1))?;
    let mut last = [0u8];
    file.read_exact(&mut last)?;
    let (complete_end, torn) = if last == [b'\n'] {
        (len - 1, None)
    } else {
        let start = line_start(file, len)?;
        (start.saturating_sub(1), Some((start, len - start)))
    };
    // `complete_end` is the newline ending the last complete line (or 0 when there is none).
    let has_complete = torn.is_none_or(|(start, _)| start > 0);
    let last = if has_complete {
        let start = line_start(file, complete_end)?;
        Some(hash_range(file, start, complete_end)?)
    } else {
        None
    };
    Ok(Tail { last, torn })
}

impl Writer {
    /// Opens and locks the file, and sets apart a torn last line.
    fn open(&mut self) -> Result<(), Opened> {
        self.file = None;
        let mut file =
            std::fs::OpenOptions::new().create(true).append(true).read(true).open(&self.path).map_err(Opened::Io)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => return Err(Opened::Locked),
            Err(std::fs::TryLockError::Error(e)) => return Err(Opened::Io(e)),
        }
        self.check_end(&mut file).map_err(Opened::Io)?;
        self.file = Some(file);
        self.dirty = false;
        Ok(())
    }

    /// Reads the end of a regular file: continues the chain from its last line, and ends a torn
    /// last line with a newline and a marker record. Another kind of file (a device) has no end
    /// to read.
    fn check_end(&mut self, file: &mut File) -> io::Result<()> {
        let meta = file.metadata()?;
        if !meta.is_file() {
            return Ok(());
        }
        let end = tail(file, meta.len())?;
        if let Some(last) = end.last {
            self.prev = last;
        }
        if let Some((offset, bytes)) = end.torn {
            let mut out = b"\n".to_vec();
            let payload = serde_json::to_vec(&serde_json::json!({"torn": {"offset": offset, "bytes": bytes}}))?;
            self.compose(&payload, &mut out);
            file.write_all(&out)?;
            file.sync_data()?;
            eprintln!(
                "bevoegd: decision log {}: the last line ({bytes} bytes at offset {offset}) was cut short (a crash while writing); set apart by a `torn` marker record",
                self.path.display()
            );
            if let Ok(mut h) = self.health.lock() {
                h.torn_lines += 1;
            }
        }
        Ok(())
    }

    /// Appends the line of a record (timestamp, instance, the payload's members, prev, mac) and
    /// its newline to `out`, and moves the chain on.
    fn compose(&mut self, payload: &[u8], out: &mut Vec<u8>) {
        let start = out.len();
        let instance = serde_json::to_string(&self.instance).unwrap_or_default();
        out.extend_from_slice(format!("{{\"timestamp\":\"{}\",\"instance\":{instance}", now()).as_bytes());
        let members = payload.strip_prefix(b"{").and_then(|p| p.strip_suffix(b"}")).unwrap_or_default();
        if !members.is_empty() {
            out.push(b',');
            out.extend_from_slice(members);
        }
        out.extend_from_slice(b",\"prev\":\"");
        out.extend_from_slice(self.prev.as_bytes());
        out.extend_from_slice(b"\"}");
        if let Some(key) = &self.key {
            let mut line = out.split_off(start);
            chain::seal(&mut line, key);
            out.extend_from_slice(&line);
        }
        self.prev = chain::hex_sha256(out.get(start..).unwrap_or_default());
        out.push(b'\n');
    }

    /// Takes records until the channel closes.
    fn run(mut self, rx: &mpsc::Receiver<Msg>) {
        while let Ok(first) = rx.recv() {
            let mut acks = Vec::new();
            let mut buf = Vec::new();
            let before = self.prev.clone();
            let mut reopen = self.take(first, &mut buf, &mut acks);
            while !reopen {
                match rx.try_recv() {
                    Ok(m) => reopen = self.take(m, &mut buf, &mut acks),
                    Err(_) => break,
                }
            }
            let mut result = self.write(&buf);
            // Records arriving before the next fsync may be made share it.
            if result.is_ok()
                && self.sync == LogSync::Always
                && !reopen
                && let Some(wait) = self.last_sync.map(|t| self.interval.saturating_sub(t.elapsed()))
                && !wait.is_zero()
            {
                std::thread::sleep(wait);
                let mut more = Vec::new();
                while let Ok(m) = rx.try_recv() {
                    if self.take(m, &mut more, &mut acks) {
                        reopen = true;
                        break;
                    }
                }
                result = self.write(&more);
            }
            if result.is_ok() && self.sync == LogSync::Always && !acks.is_empty() {
                self.last_sync = Some(Instant::now());
                result = self.file.as_ref().map_or(Ok(()), File::sync_data);
            }
            self.settle(result, acks, &before);
            if reopen {
                self.reopen();
            }
        }
    }

    /// Takes one message: a record is composed into `buf`; returns whether it asks to reopen.
    fn take(&mut self, m: Msg, buf: &mut Vec<u8>, acks: &mut Vec<Ack>) -> bool {
        match m {
            Msg::Record(payload, ack) => {
                self.compose(&payload, buf);
                acks.push(ack);
                false
            }
            Msg::Reopen => true,
        }
    }

    /// Writes `buf` whole, after checking the file's end when a write failed before (or opening
    /// it again when it could not be opened).
    fn write(&mut self, buf: &[u8]) -> io::Result<()> {
        if buf.is_empty() {
            return Ok(());
        }
        if self.file.is_none() {
            self.open().map_err(|e| match e {
                Opened::Locked => io::Error::other("another process holds its lock"),
                Opened::Io(e) => e,
            })?;
        }
        let Some(mut file) = self.file.take() else { return Err(io::Error::other("not open")) };
        let result = (|| {
            if self.dirty {
                self.check_end(&mut file)?;
                self.dirty = false;
            }
            file.write_all(buf)
        })();
        self.file = Some(file);
        result
    }

    /// Answers the records of a group, and keeps the log's state.
    fn settle(&mut self, result: io::Result<()>, acks: Vec<Ack>, before: &str) {
        let n = acks.len() as u64;
        let Ok(mut h) = self.health.lock() else { return };
        match result {
            Ok(()) => {
                h.records += n;
                h.status = "ok";
                h.error = None;
                h.failing_since = None;
                drop(h);
                for ack in acks {
                    let _ = ack.send(Ok(()));
                }
            }
            Err(e) => {
                let message = format!("decision log {}: {e}", self.path.display());
                eprintln!("bevoegd: {message}; {n} answer(s) refused (503) until it can be written again");
                h.failed_records += n;
                h.status = "failing";
                if h.failing_since.is_none() {
                    h.failing_since = Some(now());
                }
                h.error = Some(message.clone());
                drop(h);
                // The chain goes on from what the file holds, read again before the next write.
                self.prev = before.to_owned();
                self.dirty = true;
                let failure = LogFailure(message.into());
                for ack in acks {
                    let _ = ack.send(Err(failure.clone()));
                }
            }
        }
    }

    /// Reopens the path (SIGHUP): the chain goes on from the last record written.
    fn reopen(&mut self) {
        self.file = None;
        match self.open() {
            Ok(()) => eprintln!("bevoegd: decision log {} reopened", self.path.display()),
            Err(e) => {
                let why = match e {
                    Opened::Locked => "another process holds its lock".to_owned(),
                    Opened::Io(e) => e.to_string(),
                };
                let message = format!("decision log {}: cannot reopen: {why}", self.path.display());
                eprintln!("bevoegd: {message}");
                if let Ok(mut h) = self.health.lock() {
                    h.status = "failing";
                    h.error = Some(message);
                    if h.failing_since.is_none() {
                        h.failing_since = Some(now());
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests fail loudly")]
    use super::*;
    use std::path::Path;

    fn config(path: &Path) -> LogConfig {
        LogConfig {
            path: path.to_owned(),
            sync: LogSync::Always,
            sync_interval: Duration::ZERO,
            mac_key: None,
            personal: LogPersonal::Keep,
            pseudonym_key: None,
            instance: "test".to_owned(),
        }
    }

    fn dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("bevoegd-log-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    fn write(log: &DecisionLog, payload: &str) -> Result<(), LogFailure> {
        log.submit(payload.as_bytes().to_vec()).blocking_recv().unwrap()
    }

    #[test]
    fn records_form_a_chain_and_a_torn_line_is_set_apart_not_truncated() {
        let d = dir("torn");
        let path = d.join("log.jsonl");
        {
            let log = DecisionLog::open(config(&path)).unwrap();
            write(&log, r#"{"a":1}"#).unwrap();
            write(&log, r#"{"a":2}"#).unwrap();
        }
        std::thread::sleep(Duration::from_millis(50));
        let mut f = std::fs::OpenOptions::new().append(true).open(&path).unwrap();
        f.write_all(br#"{"a":3,"half"#).unwrap();
        drop(f);
        let log = DecisionLog::open(config(&path)).unwrap();
        write(&log, r#"{"a":4}"#).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 5, "{text}");
        assert_eq!(lines[2], r#"{"a":3,"half"#);
        let v: Vec<Value> = [0, 1, 3, 4].iter().map(|i| serde_json::from_str(lines[*i]).unwrap()).collect();
        assert_eq!(v[0]["prev"], GENESIS);
        assert_eq!(v[1]["prev"], chain::hex_sha256(lines[0].as_bytes()));
        let offset = (lines[0].len() + lines[1].len() + 2) as u64;
        assert_eq!(v[2]["torn"], serde_json::json!({"offset": offset, "bytes": lines[2].len()}));
        // The marker chains to the last complete line; the next record to the marker.
        assert_eq!(v[2]["prev"], chain::hex_sha256(lines[1].as_bytes()));
        assert_eq!(v[3]["prev"], chain::hex_sha256(lines[3].as_bytes()));
        assert_eq!(log.health().torn_lines, 1);
        assert!(v[3]["timestamp"].as_str().unwrap() >= v[0]["timestamp"].as_str().unwrap());
    }

    #[test]
    fn with_an_interval_between_fsyncs_every_record_is_still_written_and_chained() {
        let d = dir("interval");
        let path = d.join("log.jsonl");
        let log = Arc::new(
            DecisionLog::open(LogConfig { sync_interval: Duration::from_millis(30), ..config(&path) }).unwrap(),
        );
        let writers: Vec<_> = (0..8)
            .map(|i| {
                let log = log.clone();
                std::thread::spawn(move || write(&log, &format!(r#"{{"n":{i}}}"#)))
            })
            .collect();
        for w in writers {
            w.join().unwrap().unwrap();
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 8);
        for pair in lines.windows(2) {
            let next: Value = serde_json::from_str(pair[1]).unwrap();
            assert_eq!(next["prev"], chain::hex_sha256(pair[0].as_bytes()));
        }
        assert_eq!(log.health().records, 8);
    }

    #[test]
    fn a_second_writer_is_refused_while_the_first_holds_the_file() {
        let d = dir("lock");
        let path = d.join("log.jsonl");
        let _first = DecisionLog::open(config(&path)).unwrap();
        let second = DecisionLog::open(config(&path));
        assert!(matches!(second, Err(LogOpenError::Locked { .. })), "{:?}", second.err());
    }

    #[test]
    fn a_failing_file_refuses_every_record_and_says_so() {
        let path = Path::new("/dev/full");
        if !path.exists() {
            return;
        }
        let log = DecisionLog::open(config(path)).unwrap();
        let e = write(&log, r#"{"a":1}"#).unwrap_err();
        assert!(e.0.contains("/dev/full"), "{}", e.0);
        let h = log.health();
        assert_eq!((h.status, h.records, h.failed_records), ("failing", 0, 1));
    }

    #[test]
    fn rotation_continues_the_chain_in_the_new_file() {
        let d = dir("rotate");
        let path = d.join("log.jsonl");
        let log = DecisionLog::open(config(&path)).unwrap();
        write(&log, r#"{"a":1}"#).unwrap();
        std::fs::rename(&path, d.join("log.1")).unwrap();
        log.reopen();
        write(&log, r#"{"a":2}"#).unwrap();
        let old = std::fs::read_to_string(d.join("log.1")).unwrap();
        let new: Value = serde_json::from_str(std::fs::read_to_string(&path).unwrap().trim_end()).unwrap();
        assert_eq!(new["prev"], chain::hex_sha256(old.trim_end().as_bytes()));
    }

    #[test]
    fn people_are_replaced_by_their_role_and_a_pseudonym() {
        let key = Key::from_bytes("k", b"a pseudonym key of some length").unwrap();
        let register = serde_json::json!({"source": "register", "on": "2026-01-05", "id": "19012345601"});
        let mut record = serde_json::json!({
            "request": {"professional": {"name": "A. de Vries", "registrations": [{"profession": "physician", "big_number": "19012345601", "provenance": register}],
                                         "competences": [{"procedure": "surgery", "valid": {"from": "2020-01-01"}, "provenance": {"source": "fhir", "id": "Practitioner/devries"}}]},
                        "context": {"instruction": {"instructor": {"name": "B. Bos", "registrations": []}}}},
            "granted_by": [{"record": "registration", "code": "physician", "provenance": register}]
        });
        let subjects = personal_data(record.as_object_mut().unwrap(), Some(&key)).unwrap();
        assert_eq!(record["request"]["professional"]["name"], "performer");
        assert!(record["request"]["professional"]["registrations"][0].get("big_number").is_none());
        assert_eq!(record["request"]["context"]["instruction"]["instructor"]["name"], "instructor");
        assert_eq!(subjects["performer"], key.pseudonym("big:19012345601"));
        assert_eq!(subjects["instructor"], key.pseudonym("name:B. Bos"));
        assert_eq!(subjects["key_id"], key.id());
        assert!(!record.to_string().contains("Vries"));
        // The provenance keeps its kind and day, not the id that names the person.
        assert!(!record.to_string().contains("19012345601"), "{record}");
        assert!(!record.to_string().contains("devries"), "{record}");
        assert_eq!(
            record["granted_by"][0]["provenance"],
            serde_json::json!({"source": "register", "on": "2026-01-05"})
        );
    }
}
