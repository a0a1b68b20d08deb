//! What the service is doing, for Prometheus (`GET /metrics`, the OpenMetrics text format that
//! Prometheus scrapes) and for people (one access-log line per request on stderr).
//!
//! The metrics are listed in the service's module documentation.

use std::sync::Arc;
use std::time::Instant;

use axum::extract::{MatchedPath, State};
use axum::http::{HeaderValue, Request};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use prometheus_client::collector::Collector;
use prometheus_client::encoding::{DescriptorEncoder, EncodeLabelSet, EncodeMetric};
use prometheus_client::metrics::counter::{ConstCounter, Counter};
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::{ConstGauge, Gauge};
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::metrics::info::Info;
use prometheus_client::registry::Registry;

use super::AppState;
use crate::io::decision_log::LogHealth;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct HttpLabels {
    endpoint: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct DecisionLabels {
    outcome: &'static str,
    route: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct LimitLabels {
    limit: &'static str,
}

/// The limit that refused something, put on an error response for the access log and metrics.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Rejected(pub(crate) &'static str);

/// The request id of a request: the caller's `x-request-id` when it is a sensible one (1 to 128
/// visible ASCII characters), else one the service makes; echoed in the answer's `x-request-id`
/// and written in each decision-log record the request produced.
#[derive(Clone, Debug)]
pub(crate) struct RequestId(pub(crate) String);

/// The decision log's counts, read at each scrape.
struct LogCounts(Arc<dyn Fn() -> Option<LogHealth> + Send + Sync>);

impl std::fmt::Debug for LogCounts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LogCounts")
    }
}

impl Collector for LogCounts {
    fn encode(&self, mut encoder: DescriptorEncoder) -> Result<(), std::fmt::Error> {
        let Some(h) = (self.0)() else { return Ok(()) };
        let records = ConstCounter::new(h.records);
        records.encode(encoder.encode_descriptor(
            "bevoegd_decision_log_records",
            "Decision-log records written",
            None,
            records.metric_type(),
        )?)?;
        let failed = ConstCounter::new(h.failed_records);
        failed.encode(encoder.encode_descriptor(
            "bevoegd_decision_log_failed_records",
            "Decision-log records that could not be written (their answers were refused)",
            None,
            failed.metric_type(),
        )?)?;
        let failing = ConstGauge::new(i64::from(h.status != "ok"));
        failing.encode(encoder.encode_descriptor(
            "bevoegd_decision_log_failing",
            "1 while the decision log cannot be written",
            None,
            failing.metric_type(),
        )?)?;
        Ok(())
    }
}

/// The held staff's state, read at each scrape.
type StaffState = Arc<dyn Fn() -> Option<super::held::StaffStatus> + Send + Sync>;

/// The held staff's metrics, read at each scrape (none without `--staff`).
struct StaffCounts(Arc<std::sync::OnceLock<StaffState>>);

impl std::fmt::Debug for StaffCounts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StaffCounts")
    }
}

impl Collector for StaffCounts {
    fn encode(&self, mut encoder: DescriptorEncoder) -> Result<(), std::fmt::Error> {
        let Some(h) = self.0.get().and_then(|state| state()) else { return Ok(()) };
        let members = ConstGauge::new(i64::try_from(h.count).unwrap_or(i64::MAX));
        members.encode(encoder.encode_descriptor(
            "bevoegd_staff_members",
            "People in the staff set answering",
            None,
            members.metric_type(),
        )?)?;
        let stale = ConstGauge::new(i64::from(h.status != "ok"));
        stale.encode(encoder.encode_descriptor(
            "bevoegd_staff_stale",
            "1 while the last reload of the staff file failed (the set loaded before answers)",
            None,
            stale.metric_type(),
        )?)?;
        let loads = ConstCounter::new(h.reloads);
        loads.encode(encoder.encode_descriptor(
            "bevoegd_staff_loads",
            "Loads of the staff file that succeeded, the first included",
            None,
            loads.metric_type(),
        )?)?;
        let failed = ConstCounter::new(h.failed_reloads);
        failed.encode(encoder.encode_descriptor(
            "bevoegd_staff_failed_loads",
            "Reloads of the staff file that failed",
            None,
            failed.metric_type(),
        )?)?;
        let info = Info::new(vec![("version", h.version)]);
        info.encode(encoder.encode_descriptor(
            "bevoegd_staff",
            "The staff set answering",
            None,
            info.metric_type(),
        )?)?;
        Ok(())
    }
}

/// The service's metrics.
pub(crate) struct Metrics {
    registry: Registry,
    requests: Family<HttpLabels, Counter>,
    durations: Family<HttpLabels, Histogram>,
    in_flight: Gauge,
    decisions: Family<DecisionLabels, Counter>,
    rejections: Family<LimitLabels, Counter>,
    staff: Arc<std::sync::OnceLock<StaffState>>,
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Metrics")
    }
}

impl Metrics {
    /// The metrics, with the decision log's counts read by `log` at each scrape.
    pub(crate) fn new(log: Arc<dyn Fn() -> Option<LogHealth> + Send + Sync>) -> Metrics {
        let mut registry = Registry::default();
        let requests = Family::<HttpLabels, Counter>::default();
        registry.register("bevoegd_http_requests", "HTTP requests answered", requests.clone());
        let durations = Family::<HttpLabels, Histogram>::new_with_constructor(|| {
            // 50 µs to about 6.5 s.
            Histogram::new(prometheus_client::metrics::histogram::exponential_buckets(0.000_05, 2.0, 18))
        });
        registry.register("bevoegd_http_request_duration_seconds", "Time to the head of the answer", durations.clone());
        let in_flight = Gauge::default();
        registry.register("bevoegd_http_requests_in_flight", "Requests being answered", in_flight.clone());
        let decisions = Family::<DecisionLabels, Counter>::default();
        registry.register("bevoegd_decisions", "Decisions given, by outcome and route", decisions.clone());
        let rejections = Family::<LimitLabels, Counter>::default();
        registry.register("bevoegd_rejections", "Refused by a limit, by the limit", rejections.clone());
        registry.register(
            "bevoegd",
            "The engine and law table answering",
            Info::new(vec![
                ("engine_version", env!("CARGO_PKG_VERSION").to_owned()),
                ("legal_basis_as_of", crate::law::LEGAL_BASIS_AS_OF.to_string()),
                ("law_fingerprint", crate::law::fingerprint().to_owned()),
            ]),
        );
        registry.register_collector(Box::new(LogCounts(log)));
        let staff = Arc::new(std::sync::OnceLock::new());
        registry.register_collector(Box::new(StaffCounts(staff.clone())));
        Metrics { registry, requests, durations, in_flight, decisions, rejections, staff }
    }

    /// Reads the held staff's state with `state` at each scrape.
    pub(crate) fn watch_staff(&self, state: StaffState) {
        let _ = self.staff.set(state);
    }

    /// One decision given.
    pub(crate) fn decided(&self, outcome: &'static str, route: &'static str) {
        self.decisions.get_or_create(&DecisionLabels { outcome, route }).inc();
    }

    /// Something refused by `limit`.
    pub(crate) fn rejected(&self, limit: &'static str) {
        self.rejections.get_or_create(&LimitLabels { limit }).inc();
    }

    /// The text of a scrape.
    pub(crate) fn encode(&self) -> String {
        let mut text = String::new();
        let _ = prometheus_client::encoding::text::encode(&mut text, &self.registry);
        text
    }
}

/// `GET /metrics`.
pub(crate) async fn scrape(State(s): State<AppState>) -> Response {
    (
        [(axum::http::header::CONTENT_TYPE, "application/openmetrics-text; version=1.0.0; charset=utf-8")],
        s.metrics.encode(),
    )
        .into_response()
}

/// A request id from the caller's header, when it is a sensible one.
fn caller_id(value: Option<&HeaderValue>) -> Option<String> {
    let text = value?.to_str().ok()?;
    let fits = (1..=128).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_graphic());
    fits.then(|| text.to_owned())
}

/// Around every request: its id, the metrics, and the access-log line.
pub(crate) async fn observe(State(s): State<AppState>, mut request: Request<axum::body::Body>, next: Next) -> Response {
    let started = Instant::now();
    let id = caller_id(request.headers().get("x-request-id")).unwrap_or_else(super::new_decision_id);
    let endpoint = request.extensions().get::<MatchedPath>().map_or("other", |p| p.as_str()).to_owned();
    let method = request.method().clone();
    let path = crate::text::quoted(request.uri().path());
    request.extensions_mut().insert(RequestId(id.clone()));
    s.metrics.in_flight.inc();
    let mut response = next.run(request).await;
    s.metrics.in_flight.dec();
    let status = response.status().as_u16();
    let rejected = response.extensions().get::<Rejected>().map(|r| r.0);
    if let Some(limit) = rejected {
        s.metrics.rejected(limit);
    }
    let labels = HttpLabels { endpoint, status };
    s.metrics.requests.get_or_create(&labels).inc();
    let took = started.elapsed();
    s.metrics.durations.get_or_create(&labels).observe(took.as_secs_f64());
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert("x-request-id", value);
    }
    if s.config.access_log {
        eprintln!(
            "bevoegd: {method} {path} {status} {:.3}ms request_id={id}{}",
            took.as_secs_f64() * 1000.0,
            rejected.map(|l| format!(" refused_by={l}")).unwrap_or_default()
        );
    }
    response
}
