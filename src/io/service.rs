//! The HTTP service (feature `serve`): `bevoegd serve`, or [`serve`] inside your own tokio
//! program. A thin layer over the library; every answer is the library's.
//!
//! | method and path | body | answer |
//! | --- | --- | --- |
//! | `POST /v1/decide` | one request (JSON) | `200` its audit record; `400` `{"path", "message"}` |
//! | `POST /v1/decide:batch` | JSON Lines | `200` JSON Lines, streamed: exactly one answer per line, in order (as `bevoegd decide`) |
//! | `POST /v1/who-may` | `{"staff": [professional], "procedure", "context"}` | `200` `{"routes": [route or null]}`, one per person |
//! | `GET /v1/law` | | `200` `{"engine_version", "legal_basis_as_of", "law_fingerprint", "rows"}` |
//! | `GET /healthz` | | `200` `ok` |
//!
//! `?lang=en` (or `nl`) chooses the language of explanations; the default is the server's
//! `--lang`. Limits, each with a clear error: a body over `--max-body-bytes` is `413`; a batch
//! line over `--max-line-bytes` is an error line; more requests in flight than
//! `--max-concurrent` are `429`; a request not answered within `--timeout-ms` is `503`. Errors
//! are JSON `{"path", "message"}`. On SIGTERM or ctrl-c the server stops accepting and finishes
//! the requests in flight.
//!
//! The service is stateless: every answer depends on the request alone (and the engine and law
//! table, named in `/v1/law`), so scaling out is more replicas behind any load balancer. The
//! optional decision log (`--decision-log FILE`) appends one replayable audit record per answer
//! as JSON Lines, like OPA's decision logs; `bevoegd replay < FILE` re-decides them.

use std::future::Future;
use std::io::{self, BufReader, Write};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::error_handling::HandleErrorLayer;
use axum::extract::{DefaultBodyLimit, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use tokio_stream::StreamExt as _;
use tower::ServiceBuilder;

use crate::input::context::Context;
use crate::input::professional::Professional;
use crate::io::jsonl::{self, InputError, Options};
use crate::io::wire::AuditRecord;
use crate::text::Lang;
use crate::types::procedure::Procedure;

/// How the service runs (the flags of `bevoegd serve`, whose parser is derived only with the
/// `cli` feature: the library's service does not pull in `clap`).
#[derive(Clone, Debug)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
pub struct Config {
    /// Address to listen on.
    #[cfg_attr(feature = "cli", arg(long, default_value = "127.0.0.1:8080"))]
    pub listen: SocketAddr,
    /// Largest request body, in bytes (413 beyond).
    #[cfg_attr(feature = "cli", arg(long, default_value_t = 8 << 20))]
    pub max_body_bytes: usize,
    /// Longest line of a batch, in bytes (an error line beyond).
    #[cfg_attr(feature = "cli", arg(long, default_value_t = jsonl::DEFAULT_MAX_LINE_BYTES))]
    pub max_line_bytes: usize,
    /// Most requests in flight (429 beyond).
    #[cfg_attr(feature = "cli", arg(long, default_value_t = 256))]
    pub max_concurrent: usize,
    /// Longest time to answer a request, in milliseconds (503 beyond).
    #[cfg_attr(feature = "cli", arg(long, default_value_t = 30_000))]
    pub timeout_ms: u64,
    /// Default language of explanations (`nl` or `en`).
    #[cfg_attr(feature = "cli", arg(long, default_value = "nl"))]
    pub lang: Lang,
    /// Append one replayable audit record per answer to this file (JSON Lines).
    #[cfg_attr(feature = "cli", arg(long))]
    pub decision_log: Option<PathBuf>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            max_body_bytes: 8 << 20,
            max_line_bytes: jsonl::DEFAULT_MAX_LINE_BYTES,
            max_concurrent: 256,
            timeout_ms: 30_000,
            lang: Lang::Nl,
            decision_log: None,
        }
    }
}

/// The shared state: the configuration and the decision log.
struct Shared {
    config: Config,
    log: Option<Mutex<io::BufWriter<std::fs::File>>>,
}

impl Shared {
    /// Appends records to the decision log, one line each, flushed.
    fn log(&self, records: &[AuditRecord]) {
        let Some(log) = &self.log else { return };
        let Ok(mut w) = log.lock() else { return };
        for r in records {
            if serde_json::to_writer(&mut *w, r).is_ok() {
                let _ = w.write_all(b"\n");
            }
        }
        let _ = w.flush();
    }
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

/// The body as text, or a 400.
#[allow(clippy::result_large_err, reason = "the error is the response itself")]
fn text(body: &Bytes) -> Result<&str, Response> {
    std::str::from_utf8(body).map_err(|_| error(StatusCode::BAD_REQUEST, ".", "the body is not valid UTF-8"))
}

async fn decide_one(State(s): State<AppState>, Query(q): Query<LangQuery>, body: Bytes) -> Response {
    let text = match text(&body) {
        Ok(t) => t,
        Err(r) => return r,
    };
    let options = Options { lang: q.lang.unwrap_or(s.config.lang), max_line_bytes: usize::MAX, replayable: false };
    match jsonl::parse_request(text) {
        Ok(request) => {
            let record = request.audit(options.lang);
            if s.log.is_some() {
                s.log(&[request.replayable_audit(options.lang)]);
            }
            axum::Json(record).into_response()
        }
        Err(e) => input_error(e),
    }
}

/// JSON Lines in, JSON Lines out: the body is read as it arrives and every answer line is sent
/// as soon as it is made, so a long batch needs neither side to hold it whole.
async fn decide_batch(
    State(s): State<AppState>,
    Query(q): Query<LangQuery>,
    headers: axum::http::HeaderMap,
    body: Body,
) -> Response {
    let limit = s.config.max_body_bytes;
    let declared =
        headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > u64::try_from(limit).unwrap_or(u64::MAX)) {
        return error(
            StatusCode::PAYLOAD_TOO_LARGE,
            ".",
            format!("the body is larger than {limit} bytes (`--max-body-bytes`)"),
        );
    }
    let options =
        Options { lang: q.lang.unwrap_or(s.config.lang), max_line_bytes: s.config.max_line_bytes, replayable: false };
    let mut seen = 0usize;
    let stream = body.into_data_stream().map(move |chunk| {
        let chunk = chunk.map_err(io::Error::other)?;
        seen = seen.saturating_add(chunk.len());
        if seen > limit {
            return Err(io::Error::other(format!("the body is larger than {limit} bytes (`--max-body-bytes`)")));
        }
        Ok::<_, io::Error>(chunk)
    });
    let reader = tokio_util::io::SyncIoBridge::new(tokio_util::io::StreamReader::new(stream));
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Bytes, io::Error>>(64);
    let shared = s.clone();
    tokio::task::spawn_blocking(move || {
        let sink = ChannelWriter { tx: tx.clone(), buf: Vec::new() };
        // With a decision log, each answer is logged with its request as it is made.
        let log = |request: &crate::io::wire::Request, record: &AuditRecord| {
            if shared.log.is_some() {
                shared.log(&[AuditRecord { request: Some(request.clone()), ..record.clone() }]);
            }
        };
        if let Err(e) = jsonl::answer_lines_with(&options, BufReader::new(reader), sink, log) {
            // The body could not be read to its end (too large, or the client went away): end
            // the answer with one error line, so the client sees why it stops.
            let line = serde_json::json!({"error": {"path": ".", "message": e.to_string()}});
            let _ = tx.blocking_send(Ok(Bytes::from(format!("{line}\n"))));
        }
    });
    let body = Body::from_stream(tokio_stream::wrappers::ReceiverStream::new(rx));
    ([(header::CONTENT_TYPE, "application/x-ndjson")], body).into_response()
}

/// Sends what is written to the response, a line at a time.
struct ChannelWriter {
    tx: tokio::sync::mpsc::Sender<Result<Bytes, io::Error>>,
    buf: Vec<u8>,
}

impl Write for ChannelWriter {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(data);
        if data.contains(&b'\n') {
            self.flush()?;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = Bytes::from(std::mem::take(&mut self.buf));
        self.tx.blocking_send(Ok(chunk)).map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the client went away"))
    }
}

/// The body of `POST /v1/who-may`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WhoMay {
    staff: Vec<Professional>,
    procedure: Procedure,
    context: Context,
}

async fn who_may(body: Bytes) -> Response {
    let text = match text(&body) {
        Ok(t) => t,
        Err(r) => return r,
    };
    let de = &mut serde_json::Deserializer::from_str(text);
    let parsed: Result<WhoMay, _> = serde_path_to_error::deserialize(&mut *de);
    match parsed {
        Ok(w) => {
            let answers = crate::plan::batch::who_may_answers(&w.staff, w.procedure, &w.context);
            let routes: Vec<_> = answers.iter().map(crate::decision::Answer::route).collect();
            axum::Json(serde_json::json!({ "routes": routes })).into_response()
        }
        Err(e) => {
            let (path, message) = crate::input::error::error_location(&e.path().to_string(), &e.inner().to_string());
            input_error(InputError { path, message })
        }
    }
}

async fn law() -> Response {
    axum::Json(serde_json::json!({
        "engine_version": env!("CARGO_PKG_VERSION"),
        "legal_basis_as_of": crate::law::LEGAL_BASIS_AS_OF,
        "law_fingerprint": crate::law::fingerprint(),
        "rows": crate::law::RULES.len(),
    }))
    .into_response()
}

async fn healthz() -> &'static str {
    "ok"
}

/// The overload and timeout errors of the middleware, as clear answers.
async fn overloaded(e: tower::BoxError) -> Response {
    if e.is::<tower::load_shed::error::Overloaded>() {
        error(StatusCode::TOO_MANY_REQUESTS, ".", "too many requests in flight (`--max-concurrent`); retry later")
    } else if e.is::<tower::timeout::error::Elapsed>() {
        error(StatusCode::SERVICE_UNAVAILABLE, ".", "the request took longer than `--timeout-ms`")
    } else {
        error(StatusCode::INTERNAL_SERVER_ERROR, ".", e.to_string())
    }
}

/// The application: routes, limits and the decision log.
///
/// # Errors
///
/// The decision log cannot be opened for appending.
pub fn router(config: Config) -> io::Result<Router> {
    let log = match &config.decision_log {
        Some(path) => {
            Some(Mutex::new(io::BufWriter::new(std::fs::OpenOptions::new().create(true).append(true).open(path)?)))
        }
        None => None,
    };
    let limits = ServiceBuilder::new()
        .layer(HandleErrorLayer::new(overloaded))
        .load_shed()
        .concurrency_limit(config.max_concurrent.max(1))
        .timeout(Duration::from_millis(config.timeout_ms));
    let body_limit = config.max_body_bytes;
    let state = Arc::new(Shared { config, log });
    Ok(Router::new()
        .route("/v1/decide", post(decide_one))
        .route("/v1/decide:batch", post(decide_batch))
        .route("/v1/who-may", post(who_may))
        .route("/v1/law", get(law))
        .route("/healthz", get(healthz))
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(limits)
        .with_state(state))
}

/// Serves on `listener` until `shutdown` completes, then finishes the requests in flight.
///
/// # Errors
///
/// The decision log cannot be opened, or the listener fails.
pub async fn serve(
    listener: tokio::net::TcpListener,
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    let app = router(config)?;
    axum::serve(listener, app).with_graceful_shutdown(shutdown).await
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

/// Runs the service on its own runtime until ctrl-c or SIGTERM (what `bevoegd serve` does).
///
/// # Errors
///
/// The address cannot be bound, the decision log cannot be opened, or the runtime fails.
pub fn run(config: Config) -> io::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(config.listen).await?;
        eprintln!("bevoegd: serving on http://{}", listener.local_addr()?);
        serve(listener, config, shutdown_signal()).await
    })
}
