//! The HTTP service (feature `serve`): `bevoegd serve`, or [`serve`] inside your own tokio
//! program. A thin layer over the library; every answer is the library's.
//!
//! | method and path | body | answer |
//! | --- | --- | --- |
//! | `POST /v1/decide` | one request (JSON) | `200` its audit record; `400` `{"path", "message"}` |
//! | `POST /v1/decide:batch` | JSON Lines | `200` JSON Lines, streamed: exactly one answer per line, in order (as `bevoegd decide`) |
//! | `POST /v1/who-may` | `{"staff": [professional], "procedure", "context", "decision_id"?}` | `200` `{"routes": [route or null], "decision_id"?}`, one route per person |
//! | `GET /v1/law` | | `200` `{"engine_version", "legal_basis_as_of", "law_fingerprint", "rows"}` |
//! | `GET /healthz` | | `200` `ok`; `503` while the decision log cannot be written |
//! | `GET /v1/health` | | `200` `{"status": "ok", "decision_log": {...}}`; `503` with `"status": "failing"` |
//!
//! `?lang=en` (or `nl`) chooses the language of explanations; the default is the server's
//! `--lang`. Limits, each with a clear error: a body over `--max-body-bytes` is `413`; a batch
//! line over `--max-line-bytes` is an error line; more requests in flight than
//! `--max-concurrent` are `429`; a request not answered within `--timeout-ms` is `503`. Errors
//! are JSON `{"path", "message"}`. On SIGTERM or ctrl-c the server stops accepting and finishes
//! the requests in flight.
//!
//! The service is stateless: every answer depends on the request alone (and the engine and law
//! table, named in `/v1/law`), so scaling out is more replicas behind any load balancer.
//!
//! **The decision log** (`--decision-log FILE`, see [`decision_log`](crate::decision_log)) keeps
//! one replayable record per answer of `/v1/decide`, `/v1/decide:batch` and `/v1/who-may`
//! (the endpoints that authorise an act), in a hash chain; `bevoegd replay < FILE` re-decides
//! and checks them. An answer is given only once its record is written: when the log cannot be
//! written, `/v1/decide` and `/v1/who-may` answer `503` with a JSON error, a batch answers that
//! line and every later one with an error line, `/healthz` and `/v1/health` answer `503`, and
//! the failure goes to stderr. With a log, a request without a `decision_id` gets one (a UUID
//! v7, time-ordered), returned in its answer. SIGHUP reopens the file (for logrotate).

use std::future::Future;
use std::io::{self, BufReader};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::error_handling::HandleErrorLayer;
use axum::extract::{DefaultBodyLimit, FromRequest, FromRequestParts, Query, State};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use tokio_stream::StreamExt as _;
use tower::ServiceBuilder;

use crate::io::chain::Key;
use crate::io::decision_log::{DecisionLog, LogConfig, LogFailure, LogPersonal, LogSync};
use crate::io::jsonl::{self, InputError, Options};
use crate::io::wire::{AuditRecord, WhoMayRequest};
use crate::text::Lang;

/// A count or a duration of at least 1: a zero limit would refuse everything or mean nothing, so
/// it is a usage error, never turned into 1.
#[cfg(feature = "cli")]
fn at_least_one(text: &str) -> Result<u64, String> {
    match text.parse::<u64>() {
        Ok(0) => Err("must be at least 1".to_owned()),
        Ok(n) => Ok(n),
        Err(e) => Err(e.to_string()),
    }
}

/// [`at_least_one`] for counts of things in memory.
#[cfg(feature = "cli")]
fn count(text: &str) -> Result<usize, String> {
    at_least_one(text).and_then(|n| usize::try_from(n).map_err(|e| e.to_string()))
}

/// How the service runs (the flags of `bevoegd serve`, whose parser is derived only with the
/// `cli` feature: the library's service does not pull in `clap`). Every flag can also be set by
/// the environment variable named in `bevoegd serve --help` (`BEVOEGD_MAX_BODY_BYTES`, ...).
#[derive(Clone, Debug)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
pub struct Config {
    /// Address to listen on (the command's `--listen` also takes a host name: see
    /// `also_listen`).
    #[cfg_attr(feature = "cli", arg(skip = SocketAddr::from(([127, 0, 0, 1], 8080))))]
    pub listen: SocketAddr,
    /// More addresses to listen on, beside `listen` (`--listen localhost:8080` listens on every
    /// loopback address `localhost` resolves to).
    #[cfg_attr(feature = "cli", arg(skip))]
    pub also_listen: Vec<SocketAddr>,
    /// Largest request body, in bytes (413 beyond).
    #[cfg_attr(feature = "cli", arg(long, env = "BEVOEGD_MAX_BODY_BYTES", default_value_t = 8 << 20, value_parser = count))]
    pub max_body_bytes: usize,
    /// Longest line of a batch, in bytes (an error line beyond).
    #[cfg_attr(feature = "cli", arg(long, env = "BEVOEGD_MAX_LINE_BYTES", default_value_t = jsonl::DEFAULT_MAX_LINE_BYTES, value_parser = count))]
    pub max_line_bytes: usize,
    /// Most requests in flight in the whole service (429 beyond).
    #[cfg_attr(feature = "cli", arg(long, env = "BEVOEGD_MAX_CONCURRENT", default_value_t = 256, value_parser = count))]
    pub max_concurrent: usize,
    /// Longest time to answer a request, in milliseconds (503 beyond; a batch has its own).
    #[cfg_attr(feature = "cli", arg(long, env = "BEVOEGD_TIMEOUT_MS", default_value_t = 30_000, value_parser = at_least_one))]
    pub timeout_ms: u64,
    /// Most open connections (one beyond is answered 503 and closed).
    #[cfg_attr(feature = "cli", arg(long, env = "BEVOEGD_MAX_CONNECTIONS", default_value_t = 512, value_parser = count))]
    pub max_connections: usize,
    /// Longest time a connection may take to send a request's head, in milliseconds; also how
    /// long a kept-alive connection may stay idle.
    #[cfg_attr(feature = "cli", arg(long, env = "BEVOEGD_HEADER_READ_TIMEOUT_MS", default_value_t = 10_000, value_parser = at_least_one))]
    pub header_read_timeout_ms: u64,
    /// Most lines of one batch (the rest is not read: the last answer line says from where).
    #[cfg_attr(feature = "cli", arg(long, env = "BEVOEGD_MAX_BATCH_LINES", default_value_t = 1_000_000, value_parser = count))]
    pub max_batch_lines: usize,
    /// Most batches answered at once (429 beyond, before the answer starts).
    #[cfg_attr(feature = "cli", arg(long, env = "BEVOEGD_MAX_CONCURRENT_BATCHES", default_value_t = 32, value_parser = count))]
    pub max_concurrent_batches: usize,
    /// Longest time a batch may take, in milliseconds (its last answer line says from which line
    /// on it was not read).
    #[cfg_attr(feature = "cli", arg(long, env = "BEVOEGD_BATCH_TIMEOUT_MS", default_value_t = 300_000, value_parser = at_least_one))]
    pub batch_timeout_ms: u64,
    /// On shutdown, how long the open connections get to finish, in milliseconds; then a batch
    /// still running ends with its error line and the connections are closed.
    #[cfg_attr(feature = "cli", arg(long, env = "BEVOEGD_SHUTDOWN_GRACE_MS", default_value_t = 10_000, value_parser = at_least_one))]
    pub shutdown_grace_ms: u64,
    /// Default language of explanations (`nl` or `en`).
    #[cfg_attr(feature = "cli", arg(long, env = "BEVOEGD_LANG", default_value = "nl"))]
    pub lang: Lang,
    /// One line per request on stderr (method, path, status, time, request id).
    #[cfg_attr(feature = "cli", arg(long, env = "BEVOEGD_ACCESS_LOG", default_value_t = true, action = clap::ArgAction::Set))]
    pub access_log: bool,
    /// Serve `GET /metrics` on this address instead of the main one (e.g. only to the monitoring
    /// network).
    #[cfg_attr(feature = "cli", arg(long, env = "BEVOEGD_METRICS_LISTEN"))]
    pub metrics_listen: Option<SocketAddr>,
    /// Append one replayable audit record per answer to this file (JSON Lines, a hash chain);
    /// an answer is given only once its record is written.
    #[cfg_attr(feature = "cli", arg(long, env = "BEVOEGD_DECISION_LOG"))]
    pub decision_log: Option<PathBuf>,
    /// When a record counts as written: `always` after the fsync that covers it (concurrent
    /// answers share one), `none` once the operating system has it (not synced: a power failure
    /// can lose the last records).
    #[cfg_attr(feature = "cli", arg(long, env = "BEVOEGD_DECISION_LOG_SYNC", value_enum, default_value = "always"))]
    pub decision_log_sync: LogSync,
    /// The shortest time between two fsyncs of the decision log, in milliseconds; records
    /// arriving meanwhile share the next one (0: sync as soon as a record is written).
    #[cfg_attr(feature = "cli", arg(long, env = "BEVOEGD_DECISION_LOG_SYNC_INTERVAL_MS", default_value_t = 0))]
    pub decision_log_sync_interval_ms: u64,
    /// A secret key file: every record carries an HMAC-SHA256 under it (`mac`), which `bevoegd
    /// replay --decision-log-key-file` checks; without the key nobody can forge a record.
    #[cfg_attr(feature = "cli", arg(long, env = "BEVOEGD_DECISION_LOG_KEY_FILE"))]
    pub decision_log_key_file: Option<PathBuf>,
    /// What the log keeps of the people in a request: `keep` (as sent), `pseudonymise` (names and
    /// BIG numbers replaced; a keyed pseudonym per person in `subjects`), `drop` (replaced, no
    /// pseudonym).
    #[cfg_attr(feature = "cli", arg(long, env = "BEVOEGD_DECISION_LOG_PERSONAL", value_enum, default_value = "keep"))]
    pub decision_log_personal: LogPersonal,
    /// The key of the pseudonyms (a file); without it, the environment variable
    /// `BEVOEGD_PSEUDONYM_KEY`.
    #[cfg_attr(feature = "cli", arg(long, env = "BEVOEGD_DECISION_LOG_PERSONAL_KEY_FILE"))]
    pub decision_log_personal_key_file: Option<PathBuf>,
    /// The name of this server in every record (`instance`); the default is the host name.
    #[cfg_attr(feature = "cli", arg(long, env = "BEVOEGD_INSTANCE"))]
    pub instance: Option<String>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            also_listen: Vec::new(),
            max_body_bytes: 8 << 20,
            max_line_bytes: jsonl::DEFAULT_MAX_LINE_BYTES,
            max_concurrent: 256,
            timeout_ms: 30_000,
            max_connections: 512,
            header_read_timeout_ms: 10_000,
            max_batch_lines: 1_000_000,
            max_concurrent_batches: 32,
            batch_timeout_ms: 300_000,
            shutdown_grace_ms: 10_000,
            lang: Lang::Nl,
            access_log: true,
            metrics_listen: None,
            decision_log: None,
            decision_log_sync: LogSync::Always,
            decision_log_sync_interval_ms: 0,
            decision_log_key_file: None,
            decision_log_personal: LogPersonal::Keep,
            decision_log_personal_key_file: None,
            instance: None,
        }
    }
}

impl Config {
    /// Refuses a zero limit (it would refuse everything, or mean nothing).
    fn check(&self) -> io::Result<()> {
        let zero = [
            ("max_body_bytes", self.max_body_bytes == 0),
            ("max_line_bytes", self.max_line_bytes == 0),
            ("max_concurrent", self.max_concurrent == 0),
            ("timeout_ms", self.timeout_ms == 0),
            ("max_connections", self.max_connections == 0),
            ("header_read_timeout_ms", self.header_read_timeout_ms == 0),
            ("max_batch_lines", self.max_batch_lines == 0),
            ("max_concurrent_batches", self.max_concurrent_batches == 0),
            ("batch_timeout_ms", self.batch_timeout_ms == 0),
            ("shutdown_grace_ms", self.shutdown_grace_ms == 0),
        ];
        match zero.iter().find(|(_, z)| *z) {
            Some((name, _)) => Err(io::Error::new(io::ErrorKind::InvalidInput, format!("`{name}` must be at least 1"))),
            None => Ok(()),
        }
    }

    fn limits(&self) -> listen::Limits {
        listen::Limits {
            max_connections: self.max_connections,
            header_read_timeout: Duration::from_millis(self.header_read_timeout_ms),
            shutdown_grace: Duration::from_millis(self.shutdown_grace_ms),
        }
    }
}

mod api;
mod listen;
mod metrics;

use metrics::{Metrics, Rejected, RequestId};

/// The shared state: the configuration, the decision log, the batch slots, and the signal that
/// cuts the batches still running when the shutdown grace has passed.
struct Shared {
    config: Config,
    log: Option<DecisionLog>,
    batches: Arc<tokio::sync::Semaphore>,
    cut: tokio::sync::watch::Sender<bool>,
    metrics: Arc<Metrics>,
}

impl Shared {
    /// Counts a decision for the metrics.
    fn decided(&self, report: &crate::decision::DecisionReport) {
        self.metrics.decided(report.outcome.into(), report.route.map_or("none", <&'static str>::from));
    }
}

/// An error answer refused by `limit`, marked so for the metrics and the access log.
fn refused(status: StatusCode, limit: &'static str, message: impl Into<String>) -> Response {
    let mut response = error(status, ".", message);
    response.extensions_mut().insert(Rejected(limit));
    response
}

/// A new decision id: a UUID v7 (time-ordered).
fn new_decision_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// The answer when a record could not be written: no answer without its record.
fn log_failed(failure: &LogFailure) -> Response {
    error(
        StatusCode::SERVICE_UNAVAILABLE,
        ".",
        format!("the answer is withheld because its audit record could not be written ({}); retry later", failure.0),
    )
}

/// Waits for a record to be written.
async fn written(done: Written) -> Result<(), LogFailure> {
    done.await.unwrap_or_else(|_| Err(LogFailure("the decision log's writer stopped".into())))
}

type AppState = Arc<Shared>;

#[derive(Deserialize)]
struct LangQuery {
    lang: Option<Lang>,
}

fn error(status: StatusCode, path: &str, message: impl Into<String>) -> Response {
    let body = InputError { path: path.to_owned(), message: message.into() };
    (status, axum::Json(body)).into_response()
}

fn input_error(e: InputError) -> Response {
    (StatusCode::BAD_REQUEST, axum::Json(e)).into_response()
}

/// The language asked for with `?lang=`, or a JSON `400` naming `lang`.
struct AskedLang(Option<Lang>);

impl FromRequestParts<AppState> for AskedLang {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<AskedLang, Response> {
        match Query::<LangQuery>::from_request_parts(parts, state).await {
            Ok(Query(q)) => Ok(AskedLang(q.lang)),
            Err(_) => {
                let asked = parts.uri.query().unwrap_or_default();
                Err(error(
                    StatusCode::BAD_REQUEST,
                    "lang",
                    format!("the query {} asks for a language other than `nl` or `en`", quoted_code(asked)),
                ))
            }
        }
    }
}

/// A bad value for a message: quoted, cut to [`QUOTE_MAX`](crate::QUOTE_MAX) characters.
fn quoted_code(value: &str) -> String {
    format!("`{}`", crate::text::quoted(value))
}

/// The body as text: a JSON `413` beyond `--max-body-bytes`, a JSON `400` when it is not UTF-8
/// or cannot be read.
struct Text(String);

impl FromRequest<AppState> for Text {
    type Rejection = Response;

    async fn from_request(request: axum::extract::Request, state: &AppState) -> Result<Text, Response> {
        let bytes = Bytes::from_request(request, state).await.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                let message =
                    format!("the body is larger than {} bytes (`--max-body-bytes`)", state.config.max_body_bytes);
                refused(e.status(), "max_body_bytes", message)
            } else {
                error(e.status(), ".", format!("the body could not be read: {}", e.body_text()))
            }
        })?;
        String::from_utf8(Vec::from(bytes))
            .map(Text)
            .map_err(|_| error(StatusCode::BAD_REQUEST, ".", "the body is not valid UTF-8"))
    }
}

/// A JSON `404` for a path the service does not have.
async fn not_found(uri: axum::http::Uri) -> Response {
    error(
        StatusCode::NOT_FOUND,
        ".",
        format!("no such endpoint: {}; the endpoints are listed in the README", quoted_code(uri.path())),
    )
}

/// A JSON `405` for a method a path does not take.
async fn method_not_allowed(method: axum::http::Method, uri: axum::http::Uri) -> Response {
    error(StatusCode::METHOD_NOT_ALLOWED, ".", format!("{} does not take {method}", quoted_code(uri.path())))
}

async fn decide_one(
    State(s): State<AppState>,
    axum::Extension(id): axum::Extension<RequestId>,
    AskedLang(lang): AskedLang,
    Text(text): Text,
) -> Response {
    let lang = lang.unwrap_or(s.config.lang);
    let request = match jsonl::parse_request(&text) {
        Ok(request) => request,
        Err(e) => return input_error(e),
    };
    let Some(log) = &s.log else {
        let record = request.audit(lang);
        s.decided(&record.decision);
        return axum::Json(record).into_response();
    };
    let request = match request.decision_id() {
        Some(_) => request,
        None => request.with_decision_id(Some(new_decision_id())),
    };
    let record = request.replayable_audit(lang);
    s.decided(&record.decision);
    let payload = log.payload(&record, lang, &id.0);
    match written(log.submit(payload)).await {
        Ok(()) => axum::Json(AuditRecord { request: None, ..record }).into_response(),
        Err(failure) => log_failed(&failure),
    }
}

/// JSON Lines in, JSON Lines out: the body is read as it arrives and the answers are sent as
/// soon as they are made (and, with a decision log, their records written), so a long batch
/// needs neither side to hold it whole.
async fn decide_batch(
    State(s): State<AppState>,
    axum::Extension(id): axum::Extension<RequestId>,
    AskedLang(lang): AskedLang,
    headers: axum::http::HeaderMap,
    body: Body,
) -> Response {
    let limit = s.config.max_body_bytes;
    let declared =
        headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > u64::try_from(limit).unwrap_or(u64::MAX)) {
        return refused(
            StatusCode::PAYLOAD_TOO_LARGE,
            "max_body_bytes",
            format!("the body is larger than {limit} bytes (`--max-body-bytes`)"),
        );
    }
    // A slot of its own, or 429 before the answer starts: the batches never use up the threads
    // they run on.
    let Ok(slot) = s.batches.clone().try_acquire_owned() else {
        return refused(
            StatusCode::TOO_MANY_REQUESTS,
            "max_concurrent_batches",
            format!(
                "too many batches at once (`--max-concurrent-batches` {}); retry later",
                s.config.max_concurrent_batches
            ),
        );
    };
    let options =
        Options { lang: lang.unwrap_or(s.config.lang), max_line_bytes: s.config.max_line_bytes, replayable: false };
    let deadline = tokio::time::Instant::now() + Duration::from_millis(s.config.batch_timeout_ms);
    let chunks = forward_body(body, limit, deadline, s.config.batch_timeout_ms, s.cut.subscribe());
    let reader = tokio_util::io::SyncIoBridge::new(tokio_util::io::StreamReader::new(
        tokio_stream::wrappers::ReceiverStream::new(chunks),
    ));
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Bytes, io::Error>>(64);
    let runtime = tokio::runtime::Handle::current();
    tokio::task::spawn_blocking(move || {
        let mut batch = Batch {
            shared: &s,
            options,
            request_id: id.0,
            tx,
            runtime,
            deadline,
            pending: Vec::new(),
            failed: None,
            read: 0,
        };
        let mut input = BufReader::with_capacity(256 << 10, reader);
        if let Err(e) = batch.run(&mut input) {
            if let Some(cut) = e.get_ref().and_then(|e| e.downcast_ref::<Cut>()) {
                s.metrics.rejected(cut.limit);
            }
            // The batch ends early (the body too large, its time up, the service stopping, the
            // client gone): its last line names the first line not answered, and why.
            let line = jsonl::Answer::error(
                batch.read + 1,
                InputError {
                    path: ".".to_owned(),
                    message: format!("{e}; this line and every later one were not read: send them again"),
                },
            );
            let _ = batch.send(serde_json::to_vec(&line).map(|mut v| {
                v.push(b'\n');
                v
            }));
        }
        drop(slot);
    });
    let body = Body::from_stream(tokio_stream::wrappers::ReceiverStream::new(rx));
    ([(header::CONTENT_TYPE, "application/x-ndjson")], body).into_response()
}

/// Why a batch ends before its body does: the limit (for the metrics) and the words.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
struct Cut {
    limit: &'static str,
    message: String,
}

impl Cut {
    fn by(limit: &'static str, message: String) -> io::Error {
        io::Error::other(Cut { limit, message })
    }
}

/// Forwards the body's chunks to the batch until its end, the body limit, the batch's deadline,
/// or the shutdown's cut; each of the last three ends the chunks with an error saying which.
fn forward_body(
    body: Body,
    limit: usize,
    deadline: tokio::time::Instant,
    timeout_ms: u64,
    mut cut: tokio::sync::watch::Receiver<bool>,
) -> tokio::sync::mpsc::Receiver<Result<Bytes, io::Error>> {
    let (tx, rx) = tokio::sync::mpsc::channel(4);
    tokio::spawn(async move {
        let mut stream = body.into_data_stream();
        let mut seen = 0usize;
        loop {
            let next = tokio::select! {
                next = stream.next() => next.map(|r| r.map_err(io::Error::other)),
                () = tokio::time::sleep_until(deadline) => Some(Err(Cut::by(
                    "batch_timeout",
                    format!("the batch took longer than {timeout_ms} ms (`--batch-timeout-ms`)"),
                ))),
                _ = cut.wait_for(|cut| *cut) => Some(Err(Cut::by(
                    "shutdown_grace",
                    "the service is stopping (`--shutdown-grace-ms` has passed)".to_owned(),
                ))),
            };
            let item = match next {
                None => return,
                Some(Ok(chunk)) => {
                    seen = seen.saturating_add(chunk.len());
                    if seen > limit {
                        Err(Cut::by(
                            "max_body_bytes",
                            format!("the body is larger than {limit} bytes (`--max-body-bytes`)"),
                        ))
                    } else {
                        Ok(chunk)
                    }
                }
                Some(Err(e)) => Err(e),
            };
            let end = item.is_err();
            if tx.send(item).await.is_err() || end {
                return;
            }
        }
    });
    rx
}

/// A batch being answered: answers wait in `pending` until their records are written (all that
/// arrived together share one write and one fsync), then go out in order.
struct Batch<'a> {
    shared: &'a Shared,
    options: Options,
    /// The HTTP request's id, in every record of the batch.
    request_id: String,
    tx: tokio::sync::mpsc::Sender<Result<Bytes, io::Error>>,
    runtime: tokio::runtime::Handle,
    /// When the batch's time is up (a client that stops reading answers is given up then too).
    deadline: tokio::time::Instant,
    pending: Vec<(jsonl::Answer, Option<Written>)>,
    /// The log failed: this answer and every later one is an error line.
    failed: Option<LogFailure>,
    /// Lines read so far.
    read: u64,
}

/// Says when a record is written.
type Written = tokio::sync::oneshot::Receiver<Result<(), LogFailure>>;

/// The most answers held back for their records at once.
const BATCH_PENDING: usize = 256;

impl Batch<'_> {
    fn run<R: io::Read>(&mut self, input: &mut BufReader<R>) -> io::Result<()> {
        use std::io::BufRead as _;
        let mut buf = Vec::new();
        let max = self.options.max_line_bytes;
        let most = u64::try_from(self.shared.config.max_batch_lines).unwrap_or(u64::MAX);
        let result = loop {
            if self.read >= most && !input.fill_buf().map(<[u8]>::is_empty).unwrap_or(true) {
                break Err(Cut::by(
                    "max_batch_lines",
                    format!("the batch has more than {most} lines (`--max-batch-lines`)"),
                ));
            }
            let read = match jsonl::next_line(input, &mut buf, max) {
                Ok(Some(read)) => read,
                Ok(None) => break Ok(()),
                Err(e) => break Err(e),
            };
            self.read += 1;
            let answer = jsonl::line_text(read, &buf, max).and_then(jsonl::parse_request);
            self.answer(self.read, answer);
            // Send what is written; wait for the rest when no more input is at hand (an
            // interactive client waits for each answer), or when enough is held back.
            let wait = input.buffer().is_empty() || self.pending.len() >= BATCH_PENDING;
            self.flush(wait)?;
        };
        self.flush(true)?;
        result
    }

    /// Answers one line, handing a good line's record to the log.
    fn answer(&mut self, line: u64, request: Result<crate::io::wire::Request, InputError>) {
        let lang = self.options.lang;
        let entry = match (request, &self.shared.log) {
            (Err(error), _) => (jsonl::Answer::error(line, error), None),
            (Ok(request), None) => {
                let record = request.audit(lang);
                self.shared.decided(&record.decision);
                (jsonl::Answer::audit(line, record), None)
            }
            (Ok(_), Some(_)) if self.failed.is_some() => {
                (jsonl::Answer::error(line, withheld(self.failed.as_ref())), None)
            }
            (Ok(request), Some(log)) => {
                let request = match request.decision_id() {
                    Some(_) => request,
                    None => request.with_decision_id(Some(new_decision_id())),
                };
                let record = request.replayable_audit(lang);
                self.shared.decided(&record.decision);
                let done = log.submit(log.payload(&record, lang, &self.request_id));
                (jsonl::Answer::audit(line, AuditRecord { request: None, ..record }), Some(done))
            }
        };
        self.pending.push(entry);
    }

    /// Sends the answers whose records are written, in order: with `wait`, all of them (waiting
    /// for their records); without, those at the front whose records are already written.
    fn flush(&mut self, wait: bool) -> io::Result<()> {
        use tokio::sync::oneshot::error::TryRecvError;
        let mut out = Vec::new();
        let mut sent = 0;
        for (answer, done) in &mut self.pending {
            if let Some(rx) = done {
                let result = if wait {
                    // Taken: the answer is sent below whatever the outcome.
                    done.take().map_or(Err(()), |rx| rx.blocking_recv().map_err(|_| ()))
                } else {
                    match rx.try_recv() {
                        Ok(r) => Ok(r),
                        Err(TryRecvError::Empty) => break,
                        Err(TryRecvError::Closed) => Err(()),
                    }
                };
                let result = result.unwrap_or_else(|()| Err(LogFailure("the decision log's writer stopped".into())));
                if let (Err(f), None) = (result, &self.failed) {
                    self.failed = Some(f);
                }
                if self.failed.is_some() {
                    *answer = jsonl::Answer::error(answer.line, withheld(self.failed.as_ref()));
                }
            }
            serde_json::to_writer(&mut out, &*answer)?;
            out.push(b'\n');
            sent += 1;
        }
        self.pending.drain(..sent);
        if out.is_empty() {
            return Ok(());
        }
        self.send(Ok(out))
    }

    /// Sends answer lines to the client, waiting at most until the batch's deadline for a client
    /// that does not read them.
    fn send(&self, bytes: Result<Vec<u8>, serde_json::Error>) -> io::Result<()> {
        let bytes = bytes.map(Bytes::from).map_err(io::Error::other);
        match self.runtime.block_on(tokio::time::timeout_at(self.deadline, self.tx.send(bytes))) {
            Ok(Ok(())) => Ok(()),
            Ok(Err(_)) => Err(io::Error::new(io::ErrorKind::BrokenPipe, "the client went away")),
            Err(_) => Err(io::Error::new(io::ErrorKind::TimedOut, "the client did not read the answers in time")),
        }
    }
}

/// The error of an answer withheld because the log failed.
fn withheld(failed: Option<&LogFailure>) -> InputError {
    let why = failed.map_or("", |f| &f.0);
    InputError {
        path: ".".to_owned(),
        message: format!("the answer is withheld because its audit record could not be written ({why})"),
    }
}

async fn who_may(
    State(s): State<AppState>,
    axum::Extension(request_id): axum::Extension<RequestId>,
    AskedLang(lang): AskedLang,
    Text(text): Text,
) -> Response {
    let mut request: WhoMayRequest = match jsonl::parse_one(&text) {
        Ok(r) => r,
        Err(e) => return input_error(e),
    };
    let answers = request.answers();
    for a in &answers {
        s.metrics.decided(a.outcome().into(), a.route().or(a.conditional_route()).map_or("none", <&'static str>::from));
    }
    let routes: Vec<_> = answers.iter().map(crate::decision::Answer::route).collect();
    let Some(log) = &s.log else {
        return axum::Json(api::WhoMayAnswer { routes, decision_id: request.decision_id }).into_response();
    };
    let id = request.decision_id.get_or_insert_with(new_decision_id).clone();
    let record = serde_json::json!({
        "kind": "who_may",
        "decision_id": id,
        "who_may": request,
        "routes": routes,
        "engine_version": env!("CARGO_PKG_VERSION"),
        "legal_basis_as_of": crate::law::LEGAL_BASIS_AS_OF,
        "law_fingerprint": crate::law::fingerprint(),
    });
    let lang = lang.unwrap_or(s.config.lang);
    match written(log.submit(log.payload(&record, lang, &request_id.0))).await {
        Ok(()) => axum::Json(api::WhoMayAnswer { routes, decision_id: Some(id) }).into_response(),
        Err(failure) => log_failed(&failure),
    }
}

async fn law() -> Response {
    axum::Json(api::LawAnswer::now()).into_response()
}

async fn openapi() -> Response {
    axum::Json(api::document()).into_response()
}

/// `ok`, or `503` with why while the decision log cannot be written.
async fn healthz(State(s): State<AppState>) -> Response {
    match s.log.as_ref().map(DecisionLog::health).filter(|h| h.status != "ok") {
        None => "ok".into_response(),
        Some(h) => {
            (StatusCode::SERVICE_UNAVAILABLE, format!("failing: {}\n", h.error.unwrap_or_default())).into_response()
        }
    }
}

/// The state of each component, as JSON: `200` when all are well, `503` otherwise.
async fn health(State(s): State<AppState>) -> Response {
    let log = s.log.as_ref().map(DecisionLog::health);
    let failing = log.as_ref().is_some_and(|h| h.status != "ok");
    let decision_log = match log {
        Some(h) => api::LogPart::On(h),
        None => api::LogPart::Off(api::LogOff { status: "off" }),
    };
    let status = if failing { StatusCode::SERVICE_UNAVAILABLE } else { StatusCode::OK };
    let body = api::HealthAnswer { status: if failing { "failing" } else { "ok" }, decision_log };
    (status, axum::Json(body)).into_response()
}

/// The overload and timeout errors of the middleware, as clear answers.
async fn overloaded(e: tower::BoxError) -> Response {
    if e.is::<tower::load_shed::error::Overloaded>() {
        refused(
            StatusCode::TOO_MANY_REQUESTS,
            "max_concurrent",
            "too many requests in flight (`--max-concurrent`); retry later",
        )
    } else if e.is::<tower::timeout::error::Elapsed>() {
        refused(StatusCode::SERVICE_UNAVAILABLE, "timeout", "the request took longer than `--timeout-ms`")
    } else {
        error(StatusCode::INTERNAL_SERVER_ERROR, ".", e.to_string())
    }
}

/// Opens the decision log the configuration names: its keys read, the file opened and locked.
fn open_log(config: &Config) -> io::Result<Option<DecisionLog>> {
    let Some(path) = &config.decision_log else { return Ok(None) };
    let key = |file: &Option<PathBuf>| file.as_deref().map(Key::from_file).transpose().map_err(io::Error::other);
    let mac_key = key(&config.decision_log_key_file)?;
    let mut pseudonym_key = key(&config.decision_log_personal_key_file)?;
    if pseudonym_key.is_none()
        && config.decision_log_personal == LogPersonal::Pseudonymise
        && let Some(k) = std::env::var_os("BEVOEGD_PSEUDONYM_KEY")
    {
        pseudonym_key = Some(Key::from_bytes("BEVOEGD_PSEUDONYM_KEY", k.as_encoded_bytes()).map_err(io::Error::other)?);
    }
    let instance = config.instance.clone().unwrap_or_else(|| gethostname::gethostname().to_string_lossy().into_owned());
    DecisionLog::open(LogConfig {
        path: path.clone(),
        sync: config.decision_log_sync,
        sync_interval: Duration::from_millis(config.decision_log_sync_interval_ms),
        mac_key,
        personal: config.decision_log_personal,
        pseudonym_key,
        instance,
    })
    .map(Some)
    .map_err(io::Error::other)
}

/// The handler of an endpoint of [`api::ENDPOINTS`].
fn endpoint(path: &str) -> axum::routing::MethodRouter<AppState> {
    match path {
        "/v1/decide" => post(decide_one),
        "/v1/decide:batch" => post(decide_batch),
        "/v1/who-may" => post(who_may),
        "/v1/law" => get(law),
        "/v1/health" => get(health),
        "/v1/openapi.json" => get(openapi),
        "/healthz" => get(healthz),
        "/metrics" => get(metrics::scrape),
        _ => axum::routing::any(not_found),
    }
}

/// The application: routes, limits and the decision log. Inside a tokio runtime, SIGHUP makes
/// the decision log reopen its file.
///
/// The router carries the per-request limits (body size, requests in flight in the whole
/// service, time per request, batches at once); the limits on connections (how many, how long a
/// request's head may take, the shutdown grace) are those of [`serve`].
///
/// # Errors
///
/// A limit is zero; the decision log cannot be opened (the message names the file), its lock is
/// held by another process, or a key cannot be read.
pub fn router(config: Config) -> io::Result<Router> {
    app(config).map(|(router, _)| router)
}

/// The router and its shared state.
fn app(config: Config) -> io::Result<(Router, AppState)> {
    config.check()?;
    let log = open_log(&config)?;
    // One limit for the whole service: the layer is cloned onto every route, the semaphore is
    // shared by the clones.
    let limits = ServiceBuilder::new()
        .layer(HandleErrorLayer::new(overloaded))
        .load_shed()
        .layer(tower::limit::GlobalConcurrencyLimitLayer::new(config.max_concurrent))
        .timeout(Duration::from_millis(config.timeout_ms));
    let body_limit = config.max_body_bytes;
    let batches = Arc::new(tokio::sync::Semaphore::new(config.max_concurrent_batches));
    let (cut, _) = tokio::sync::watch::channel(false);
    let log_health = log.as_ref().map(DecisionLog::health_handle);
    let metrics =
        Arc::new(Metrics::new(Arc::new(move || log_health.as_ref().and_then(|h| h.lock().ok().map(|h| h.clone())))));
    let metrics_here = config.metrics_listen.is_none();
    let state = Arc::new(Shared { config, log, batches, cut, metrics });
    #[cfg(unix)]
    if state.log.is_some()
        && let Ok(runtime) = tokio::runtime::Handle::try_current()
    {
        let weak = Arc::downgrade(&state);
        runtime.spawn(async move {
            let Ok(mut hup) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()) else { return };
            while hup.recv().await.is_some() {
                match weak.upgrade() {
                    Some(s) => s.log.as_ref().map_or((), DecisionLog::reopen),
                    None => break,
                }
            }
        });
    }
    // The routes are the endpoints the OpenAPI document describes, each with its handler.
    let mut router = Router::new();
    for (_, path) in api::ENDPOINTS {
        if path != "/metrics" || metrics_here {
            router = router.route(path, endpoint(path));
        }
    }
    let router = router
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(limits)
        .layer(axum::middleware::from_fn_with_state(state.clone(), metrics::observe))
        .with_state(state.clone());
    Ok((router, state))
}

/// Serves on `listener` (and nothing else: `config.listen` and `also_listen` are for [`run`])
/// until `shutdown` completes, then lets the connections finish for `--shutdown-grace-ms`,
/// ends the batches still running with their error line, and closes the rest.
///
/// # Errors
///
/// A limit is zero, or the decision log cannot be opened.
pub async fn serve(
    listener: tokio::net::TcpListener,
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    let limits = config.limits();
    let (router, state) = app(config)?;
    serve_on(vec![listener], router, state, limits, shutdown).await
}

async fn serve_on(
    listeners: Vec<tokio::net::TcpListener>,
    router: Router,
    state: AppState,
    limits: listen::Limits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    if let Some(addr) = state.config.metrics_listen {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|e| io::Error::new(e.kind(), format!("cannot listen on {addr} (`--metrics-listen`): {e}")))?;
        eprintln!("bevoegd: metrics on http://{}/metrics", listener.local_addr()?);
        let scrape = Router::new()
            .route("/metrics", get(metrics::scrape))
            .fallback(not_found)
            .method_not_allowed_fallback(method_not_allowed)
            .with_state(state.clone());
        // Ends with the runtime, or with the service when it runs inside someone else's.
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(listen::serve(vec![listener], scrape, limits, || {}, || {}, async {
            let _ = stopped.await;
        }));
        let result = serve_main(listeners, router, state, limits, shutdown).await;
        let _ = stop.send(());
        return result;
    }
    serve_main(listeners, router, state, limits, shutdown).await
}

async fn serve_main(
    listeners: Vec<tokio::net::TcpListener>,
    router: Router,
    state: AppState,
    limits: listen::Limits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    let metrics = state.metrics.clone();
    let refused = move || metrics.rejected("max_connections");
    let cut = move || {
        let _ = state.cut.send(true);
    };
    listen::serve(listeners, router, limits, cut, refused, shutdown).await
}

/// Resolves on ctrl-c or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}

/// Runs the service on its own runtime until ctrl-c or SIGTERM (what `bevoegd serve` does):
/// listens on `config.listen` and every address of `config.also_listen`, and warns on stderr
/// about an address other machines can reach.
///
/// # Errors
///
/// A limit is zero, an address cannot be bound, the decision log cannot be opened, or the
/// runtime fails.
pub fn run(config: Config) -> io::Result<()> {
    // Batches run on blocking threads, at most `--max-concurrent-batches` of them: keep room for
    // them beside tokio's own use of the pool.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .max_blocking_threads(config.max_concurrent_batches.saturating_add(64).max(512))
        .build()?;
    runtime.block_on(async move {
        // Everything that can fail on the operator's configuration fails before the service
        // listens (and says so naming the file).
        let limits = config.limits();
        let addrs: Vec<SocketAddr> = std::iter::once(config.listen).chain(config.also_listen.iter().copied()).collect();
        let (router, state) = app(config)?;
        let mut listeners = Vec::new();
        for addr in addrs {
            let listener = tokio::net::TcpListener::bind(addr)
                .await
                .map_err(|e| io::Error::new(e.kind(), format!("cannot listen on {addr}: {e}")))?;
            let local = listener.local_addr()?;
            if !local.ip().is_loopback() {
                eprintln!(
                    "bevoegd: warning: {local} is reachable from other machines, and the service has no TLS and no \
                     authentication of its own: put it behind a reverse proxy that has both (README: Running it in a hospital)"
                );
            }
            eprintln!("bevoegd: serving on http://{local}");
            listeners.push(listener);
        }
        serve_on(listeners, router, state, limits, shutdown_signal()).await
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests fail loudly")]
    use super::*;
    use tower::ServiceExt as _;

    /// The router serves exactly the endpoints the OpenAPI document describes, each on its
    /// method only.
    #[tokio::test]
    async fn the_router_serves_every_documented_endpoint_and_no_other_method() {
        let document = api::document();
        let mut documented: Vec<(String, String)> = Vec::new();
        for (path, item) in document["paths"].as_object().unwrap() {
            for method in item.as_object().unwrap().keys() {
                documented.push((method.clone(), path.clone()));
            }
        }
        documented.sort();
        let mut endpoints: Vec<(String, String)> =
            api::ENDPOINTS.iter().map(|(m, p)| ((*m).to_owned(), (*p).to_owned())).collect();
        endpoints.sort();
        assert_eq!(documented, endpoints);
        let app = router(Config { access_log: false, ..Config::default() }).unwrap();
        for (method, path) in api::ENDPOINTS {
            for other in ["get", "post", "put", "delete"] {
                let request = axum::http::Request::builder()
                    .method(other.to_uppercase().as_str())
                    .uri(path)
                    .body(Body::from("{}"))
                    .unwrap();
                let status = app.clone().oneshot(request).await.unwrap().status();
                if other == method {
                    assert!(
                        status != StatusCode::NOT_FOUND && status != StatusCode::METHOD_NOT_ALLOWED,
                        "{method} {path}: {status}"
                    );
                } else {
                    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED, "{other} {path}");
                }
            }
        }
    }
}
