//! The decision log as an audit trail, end to end through `bevoegd serve` and `bevoegd replay`:
//! no answer without its record, one writer per file, torn lines set apart after a crash, the
//! hash chain and MAC finding every kind of tampering, rotation on SIGHUP, personal data.
#![cfg(all(feature = "cli", feature = "serve"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::documented;
use serde_json::{Value, json};

mod common;

const BIN: &str = env!("CARGO_BIN_EXE_bevoegd");

const REQUEST_OK: &str = r#"{"professional":{"name":"Anna de Vries","registrations":[{"profession":"physician","big_number":"19012345601","history":[{"period":{"from":"2015-01-01"},"status":"active"}]}],"competences":[{"procedure":"injection","valid":{"from":"2015-01-01"}}]},"procedure":"injection","context":{"date":"2025-01-06","field":"medicine"}}"#;

/// `bevoegd serve` with `args` and `env`, its stderr piped.
#[allow(clippy::zombie_processes, reason = "each caller waits for the child, or `Serve` does on drop")]
fn serve_child(args: &[&str], env: &[(&str, &str)]) -> Child {
    Command::new(BIN)
        .arg("serve")
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// A `bevoegd serve` process on a free loopback port.
struct Serve {
    child: Child,
    addr: String,
    stderr: Arc<Mutex<String>>,
}

impl Serve {
    /// Starts the service; `Err` with its stderr when it exits before listening.
    #[allow(clippy::zombie_processes, reason = "the child is waited for here or by `Drop`")]
    fn start(args: &[&str]) -> Result<Serve, (i32, String)> {
        let listen = ["--listen", "127.0.0.1:0"];
        let mut child = serve_child(&[&listen[..], args].concat(), &[]);
        let mut lines = BufReader::new(child.stderr.take().unwrap());
        let stderr = Arc::new(Mutex::new(String::new()));
        let mut first = String::new();
        loop {
            first.clear();
            if lines.read_line(&mut first).unwrap() == 0 {
                let code = child.wait().unwrap().code().unwrap_or(-1);
                let text = stderr.lock().unwrap().clone();
                return Err((code, text));
            }
            stderr.lock().unwrap().push_str(&first);
            if let Some(addr) = first.trim().strip_prefix("bevoegd: serving on http://") {
                let addr = addr.to_owned();
                let sink = stderr.clone();
                std::thread::spawn(move || {
                    let mut rest = String::new();
                    while lines.read_line(&mut rest).unwrap_or(0) > 0 {
                        sink.lock().unwrap().push_str(&rest);
                        rest.clear();
                    }
                });
                return Ok(Serve { child, addr, stderr });
            }
        }
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    fn signal(&self, signal: &str) {
        let status = Command::new("kill").args([signal, &self.child.id().to_string()]).status().unwrap();
        assert!(status.success());
    }

    /// SIGTERM, and waits until the process ends.
    fn stop(mut self) {
        self.signal("-TERM");
        self.child.wait().unwrap();
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder().http_status_as_error(false).build().into()
}

fn post(server: &Serve, path: &str, body: &str) -> (u16, String) {
    let mut response = agent().post(&server.url(path)).content_type("application/json").send(body).unwrap();
    (response.status().as_u16(), response.body_mut().read_to_string().unwrap())
}

fn get(server: &Serve, path: &str) -> (u16, String) {
    let mut response = agent().get(&server.url(path)).call().unwrap();
    (response.status().as_u16(), response.body_mut().read_to_string().unwrap())
}

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("bevoegd-dl-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// `bevoegd replay` with `args` on `input`: exit code, one JSON value per line, stderr.
fn replay(args: &[&str], input: &str) -> (i32, Vec<Value>, String) {
    let (code, out, err) = common::run_bevoegd(&[&["replay"][..], args].concat(), input);
    (code, out.lines().map(|l| serde_json::from_str(l).unwrap()).collect(), err)
}

fn verdicts(lines: &[Value]) -> Vec<String> {
    lines.iter().map(|l| l["verdict"].as_str().unwrap().to_owned()).collect()
}

/// A request whose name makes it about `bytes` long.
fn large_request(bytes: usize) -> String {
    REQUEST_OK.replace("Anna de Vries", &"x".repeat(bytes))
}

/// A log of `n` decide records (and one who-may record) written by the service.
fn a_log(d: &Path, n: usize, extra: &[&str]) -> String {
    let path = d.join("log.jsonl");
    let path_text = path.to_str().unwrap();
    let mut args = vec!["--decision-log", path_text];
    args.extend_from_slice(extra);
    let server = Serve::start(&args).unwrap();
    for i in 0..n {
        let request = REQUEST_OK.replace("2025-01-06", &format!("2025-01-{:02}", 6 + i));
        assert_eq!(post(&server, "/v1/decide", &request).0, 200);
    }
    let who: Value = serde_json::from_str(REQUEST_OK).unwrap();
    let team = json!({"staff": [who["professional"]], "procedure": "injection", "context": who["context"]});
    assert_eq!(post(&server, "/v1/who-may", &team.to_string()).0, 200);
    server.stop();
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn a_log_that_cannot_be_written_withholds_every_answer_and_says_so() {
    if !Path::new("/dev/full").exists() {
        return;
    }
    let server = Serve::start(&["--decision-log", "/dev/full"]).unwrap();
    assert_eq!(get(&server, "/healthz"), (200, "ok".to_owned()));
    let (code, body) = post(&server, "/v1/decide", REQUEST_OK);
    assert_eq!(code, 503, "{body}");
    let error: Value = serde_json::from_str(&body).unwrap();
    assert!(error["message"].as_str().unwrap().contains("/dev/full"), "{body}");
    // Who-may too.
    let who: Value = serde_json::from_str(REQUEST_OK).unwrap();
    let team = json!({"staff": [who["professional"]], "procedure": "injection", "context": who["context"]});
    assert_eq!(post(&server, "/v1/who-may", &team.to_string()).0, 503);
    // A batch: every line is an error line, none an answer without its record.
    let (code, body) = post(&server, "/v1/decide:batch", &format!("{REQUEST_OK}\n{REQUEST_OK}\nnot json\n"));
    assert_eq!(code, 200);
    let lines: Vec<Value> = body.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert!(lines.iter().all(|l| l.get("audit").is_none() && l.get("error").is_some()), "{body}");
    // Health says so, plain and as JSON.
    let (code, body) = get(&server, "/healthz");
    assert_eq!(code, 503);
    assert!(body.contains("/dev/full"), "{body}");
    let (code, body) = get(&server, "/v1/health");
    assert_eq!(code, 503);
    let health: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(health["status"], "failing");
    assert_eq!(health["decision_log"]["status"], "failing");
    assert!(health["decision_log"]["failed_records"].as_u64().unwrap() >= 3);
    // And stderr.
    assert!(server.stderr().contains("decision log /dev/full"), "{}", server.stderr());
}

#[test]
fn a_bad_path_or_a_held_file_is_an_error_before_the_service_listens() {
    let (code, err) = Serve::start(&["--decision-log", "/nonexistent-dir/decisions.jsonl"]).err().unwrap();
    assert_eq!(code, 2);
    assert!(err.contains("/nonexistent-dir/decisions.jsonl"), "{err}");
    assert!(!err.contains("serving on"), "{err}");

    let d = dir("lock");
    let path = d.join("log.jsonl");
    let first = Serve::start(&["--decision-log", path.to_str().unwrap()]).unwrap();
    let (code, err) = Serve::start(&["--decision-log", path.to_str().unwrap()]).err().unwrap();
    assert_eq!(code, 2);
    assert!(err.contains("another process holds its lock"), "{err}");
    assert!(err.contains(path.to_str().unwrap()), "{err}");
    drop(first);
}

#[test]
fn a_healthy_log_keeps_every_answer_with_its_id_and_replays_same() {
    let d = dir("healthy");
    let text = a_log(&d, 3, &["--instance", "ward-7"]);
    let records: Vec<Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(records.len(), 4);
    let mut last = String::new();
    for r in &records {
        assert_eq!(r["instance"], "ward-7");
        assert_eq!(r["lang"], "nl");
        let ts = r["timestamp"].as_str().unwrap();
        assert!(ts.ends_with('Z') && ts.len() == "2026-12-07T03:44:51.123456Z".len(), "{ts}");
        // Server-made decision ids are UUID v7: time-ordered like the records.
        let id = r["decision_id"].as_str().unwrap();
        assert_eq!(id.as_bytes()[14], b'7', "{id}");
        assert!(*id > *last, "{id} after {last}");
        last = id.to_owned();
    }
    assert_eq!(records[3]["kind"], "who_may");
    assert_eq!(records[3]["routes"], json!(["independent"]));
    let (code, lines, err) = replay(&["--detailed-exit-codes"], &text);
    assert_eq!(code, 0, "{err}");
    assert_eq!(verdicts(&lines), ["same"; 4]);
}

#[test]
fn the_answer_carries_the_decision_id_it_was_logged_under() {
    let d = dir("ids");
    let path = d.join("log.jsonl");
    let server = Serve::start(&["--decision-log", path.to_str().unwrap()]).unwrap();
    let (_, body) = post(&server, "/v1/decide", REQUEST_OK);
    let made: Value = serde_json::from_str(&body).unwrap();
    let mine = REQUEST_OK.replacen('{', r#"{"decision_id":"or-2025-0311","#, 1);
    let (_, body) = post(&server, "/v1/decide", &mine);
    let given: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(given["decision_id"], "or-2025-0311");
    let (_, body) = post(&server, "/v1/decide:batch", &format!("{REQUEST_OK}\n"));
    let batch: Value = serde_json::from_str(body.trim()).unwrap();
    server.stop();
    let text = std::fs::read_to_string(&path).unwrap();
    let ids: Vec<Value> =
        text.lines().map(|l| serde_json::from_str::<Value>(l).unwrap()["decision_id"].clone()).collect();
    assert_eq!(ids, [made["decision_id"].clone(), "or-2025-0311".into(), batch["audit"]["decision_id"].clone()]);
}

/// Replays `text` after `edit` changed it; the verdicts.
fn tampered(text: &str, args: &[&str], edit: impl Fn(&mut Vec<String>)) -> (i32, Vec<String>) {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    edit(&mut lines);
    let (code, out, _) = replay(args, &(lines.join("\n") + "\n"));
    (code, verdicts(&out))
}

fn set(line: &str, pointer: &str, value: Value) -> String {
    let mut v: Value = serde_json::from_str(line).unwrap();
    *v.pointer_mut(pointer).unwrap() = value;
    v.to_string()
}

#[test]
fn replay_finds_every_kind_of_tampering() {
    let d = dir("tamper");
    let text = a_log(&d, 4, &[]);
    let detailed = ["--detailed-exit-codes"];
    // One field of a record altered: the next record's `prev` no longer matches.
    for (pointer, value) in [
        ("/law_fingerprint", json!("0000000000000000")),
        ("/engine_version", json!("0.0.9")),
        ("/legal_basis_as_of", json!("2020-01-01")),
        ("/decision_id", json!("someone-else")),
        ("/decision/explanation/0", json!("zelfstandig bevoegd")),
        ("/decision/outcome", json!("denied")),
    ] {
        let (code, v) = tampered(&text, &detailed, |l| l[1] = set(&l[1], pointer, value.clone()));
        assert_eq!(v[2], "tampered", "{pointer}: {v:?}");
        assert_eq!(code, 9, "{pointer}");
        // The plain exit code stays 1.
        assert_eq!(tampered(&text, &[], |l| l[1] = set(&l[1], pointer, value.clone())).0, 1);
    }
    // The request and the decision edited together (another date, its own answer).
    let (_, v) = tampered(&text, &detailed, |l| {
        let mut r: Value = serde_json::from_str(&l[1]).unwrap();
        let other: Value = serde_json::from_str(&l[2]).unwrap();
        r["request"] = other["request"].clone();
        r["decision"] = other["decision"].clone();
        l[1] = r.to_string();
    });
    assert_eq!(v[2], "tampered", "{v:?}");
    // A record removed, two swapped, one duplicated.
    assert_eq!(tampered(&text, &detailed, |l| drop(l.remove(1))).1[1], "tampered");
    assert_eq!(tampered(&text, &detailed, |l| l.swap(1, 2)).1[1..3], ["tampered", "tampered"]);
    let (_, out, _) = replay(&[], &{
        let mut l: Vec<&str> = text.lines().collect();
        l.swap(1, 2);
        l.join("\n") + "\n"
    });
    assert_eq!(out[2]["warnings"][0]["code"], "out_of_order", "{out:?}");
    let (_, out, _) = replay(&[], &{
        let mut l: Vec<&str> = text.lines().collect();
        l.insert(2, l[1]);
        l.join("\n") + "\n"
    });
    assert_eq!(out[2]["verdict"], "tampered");
    assert_eq!(out[2]["warnings"][0]["code"], "duplicate_decision_id");
    assert_eq!(out[2]["warnings"][0]["other_line"], 2);
    // The last record has no successor: its sentences are checked against its own request.
    let last = text.lines().count() - 2; // the last decide record (the who-may record follows)
    let (_, v) = tampered(&text, &detailed, |l| {
        l.truncate(last + 1);
        l[last] = set(&l[last], "/decision/explanation/0", json!("zelfstandig bevoegd"));
    });
    assert_eq!(v[last], "tampered", "{v:?}");
    // A record without its chain in a chained log.
    let (_, v) = tampered(&text, &detailed, |l| {
        let mut r: Value = serde_json::from_str(&l[2]).unwrap();
        r.as_object_mut().unwrap().remove("prev");
        l[2] = r.to_string();
    });
    assert_eq!(v[2], "tampered");
    // Untouched, all same.
    assert_eq!(tampered(&text, &detailed, |_| {}), (0, vec!["same".to_owned(); 5]));
}

#[test]
fn with_a_key_every_record_is_sealed_and_an_altered_last_record_is_found() {
    let d = dir("mac");
    let key = d.join("key");
    std::fs::write(&key, "a secret of the hospital's own, 32b\n").unwrap();
    let key_arg = key.to_str().unwrap();
    let text = a_log(&d, 2, &["--decision-log-key-file", key_arg]);
    assert!(text.lines().all(|l| l.contains("\"mac\":\"")), "{text}");
    let with_key = ["--decision-log-key-file", key_arg, "--detailed-exit-codes"];
    assert_eq!(tampered(&text, &with_key, |_| {}).0, 0);
    // The who-may record is the last: alter its routes (and nothing else can show it).
    let (code, v) = tampered(&text, &with_key, |l| {
        let i = l.len() - 1;
        l[i] = l[i].replace("\"independent\"", "null");
    });
    assert_eq!((code, v[2].as_str()), (9, "tampered"), "{v:?}");
    // A MAC stripped from a record is found too.
    let (_, v) = tampered(&text, &with_key, |l| {
        let mut r: Value = serde_json::from_str(&l[0]).unwrap();
        r.as_object_mut().unwrap().remove("mac");
        l[0] = r.to_string();
    });
    assert_eq!(v[0], "tampered");
    // Another key: every MAC fails.
    let other = d.join("other");
    std::fs::write(&other, "another secret, also long enough").unwrap();
    let (_, out, _) = replay(&["--decision-log-key-file", other.to_str().unwrap()], &text);
    assert!(out.iter().all(|l| l["warnings"][0]["code"] == "mac_key_unknown"), "{out:?}");
}

#[test]
fn replay_reads_records_as_large_as_the_service_writes() {
    let d = dir("large");
    let path = d.join("log.jsonl");
    let server = Serve::start(&["--decision-log", path.to_str().unwrap(), "--max-body-bytes", "8388608"]).unwrap();
    let request = large_request(3 << 20);
    assert_eq!(post(&server, "/v1/decide", &request).0, 200);
    server.stop();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.len() > 3 << 20);
    let (code, lines, err) = replay(&[], &text);
    assert_eq!(code, 0, "{err}");
    assert_eq!(verdicts(&lines), ["same"]);
}

#[test]
fn pseudonymised_records_name_no_one_and_still_replay() {
    let d = dir("personal");
    let key = d.join("pseudonym-key");
    std::fs::write(&key, "the pseudonym key, kept apart from the log").unwrap();
    let text = a_log(
        &d,
        2,
        &["--decision-log-personal", "pseudonymise", "--decision-log-personal-key-file", key.to_str().unwrap()],
    );
    assert!(!text.contains("Anna de Vries") && !text.contains("19012345601"), "{text}");
    let records: Vec<Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(records[0]["request"]["professional"]["name"], "performer");
    let pseudonym = records[0]["subjects"]["performer"].as_str().unwrap();
    assert_eq!(pseudonym.len(), 32);
    // The same person has the same pseudonym in every record, the who-may one included.
    assert_eq!(records[1]["subjects"]["performer"], pseudonym);
    assert_eq!(records[2]["subjects"]["staff[0]"], pseudonym);
    assert_eq!(records[0]["subjects"]["key_id"].as_str().unwrap().len(), 16);
    let (code, lines, err) = replay(&[], &text);
    assert_eq!(code, 0, "{err}");
    assert_eq!(verdicts(&lines), ["same"; 3]);
    // `drop` keeps no pseudonym.
    let d = dir("personal-drop");
    let text = a_log(&d, 1, &["--decision-log-personal", "drop"]);
    assert!(!text.contains("Anna de Vries") && !text.contains("subjects"), "{text}");
    // Pseudonyms without a key are refused at start.
    let (code, err) =
        Serve::start(&["--decision-log", d.join("x").to_str().unwrap(), "--decision-log-personal", "pseudonymise"])
            .err()
            .unwrap();
    assert_eq!(code, 2);
    assert!(err.contains("needs a key"), "{err}");
}

#[test]
fn sighup_reopens_the_file_and_the_chain_continues_into_the_new_one() {
    let d = dir("rotate");
    let path = d.join("log.jsonl");
    let server = Serve::start(&["--decision-log", path.to_str().unwrap()]).unwrap();
    assert_eq!(post(&server, "/v1/decide", REQUEST_OK).0, 200);
    std::fs::rename(&path, d.join("log.jsonl.1")).unwrap();
    server.signal("-HUP");
    let deadline = Instant::now() + Duration::from_secs(10);
    while !server.stderr().contains("reopened") {
        assert!(Instant::now() < deadline, "{}", server.stderr());
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(post(&server, "/v1/decide", REQUEST_OK).0, 200);
    server.stop();
    let old = std::fs::read_to_string(d.join("log.jsonl.1")).unwrap();
    let new = std::fs::read_to_string(&path).unwrap();
    assert_eq!((old.lines().count(), new.lines().count()), (1, 1));
    // Alone, the new file says its chain continues another; together they verify.
    let (_, lines, _) = replay(&[], &new);
    assert_eq!(lines[0]["warnings"][0]["code"], "chain_continues");
    let (code, lines, _) = replay(&[], &(old + &new));
    assert_eq!(code, 0);
    assert_eq!(verdicts(&lines), ["same", "same"]);
    assert!(lines[1].get("warnings").is_none());
}

/// How many crash runs: a few in CI, more with `BEVOEGD_CRASH_RUNS`.
fn crash_runs() -> usize {
    std::env::var("BEVOEGD_CRASH_RUNS").ok().and_then(|n| n.parse().ok()).unwrap_or(3)
}

/// Sends a batch of large requests on a raw connection, calls `kill` after `after`, and reads
/// answer lines as they come until the server dies or ends; returns the decision ids received.
fn stream_batch(addr: &str, lines: usize, after: Duration, kill: impl FnOnce() + Send + 'static) -> Vec<String> {
    let request = large_request(400 << 10);
    let body: String = (0..lines).map(|_| format!("{request}\n")).collect();
    let s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    let head = format!(
        "POST /v1/decide:batch HTTP/1.1\r\nhost: x\r\ncontent-type: application/x-ndjson\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        body.len()
    );
    let mut writer = s.try_clone().unwrap();
    let sender = std::thread::spawn(move || {
        let _ = writer.write_all(head.as_bytes());
        let _ = writer.write_all(body.as_bytes());
    });
    let killer = std::thread::spawn(move || {
        std::thread::sleep(after);
        kill();
    });
    let mut reader = BufReader::new(s);
    let mut received = Vec::new();
    // The response is chunked: answer lines are inside the chunks; a line holding a decision
    // id is one the client received whole.
    let mut raw = Vec::new();
    loop {
        let mut buf = [0u8; 64 << 10];
        match reader.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => raw.extend_from_slice(&buf[..n]),
        }
        let text = String::from_utf8_lossy(&raw).into_owned();
        received = text
            .split("{\"line\":")
            .skip(1)
            .filter(|part| part.contains("\"decision_id\":\"") && part.contains("}}"))
            .filter_map(|part| part.split("\"decision_id\":\"").nth(1).and_then(|rest| rest.split('"').next()))
            .map(str::to_owned)
            .collect();
    }
    let _ = sender.join();
    killer.join().unwrap();
    received
}

#[test]
fn a_crash_while_writing_leaves_no_glued_line_and_every_answer_given_is_in_the_log() {
    let d = dir("crash");
    let path = d.join("log.jsonl");
    let p = path.to_str().unwrap();
    let mut given = Vec::new();
    for run in 0..crash_runs() {
        let server = Serve::start(&["--decision-log", p, "--max-body-bytes", "67108864"]).unwrap();
        let pid = server.child.id();
        // Killed at different moments of the batch: before, while and after records are written.
        let after = Duration::from_millis(40 + 70 * (run as u64 % 8));
        let received = stream_batch(&server.addr, 48, after, move || {
            let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
        });
        given.extend(received);
        drop(server);
    }
    // A crash can cut the last record short (rarely caught by a kill from outside, so also made
    // here: half of a record, as a write cut off mid-line leaves it).
    let last = std::fs::read_to_string(&path).unwrap().lines().last().unwrap_or("{}").to_owned();
    std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .unwrap()
        .write_all(&last.as_bytes()[..last.len() / 2])
        .unwrap();
    // After the crashes, one more answer.
    let server = Serve::start(&["--decision-log", p]).unwrap();
    assert_eq!(post(&server, "/v1/decide", REQUEST_OK).0, 200);
    server.stop();
    let text = std::fs::read_to_string(&path).unwrap();
    let (_, lines, err) = replay(&["--max-line-bytes", "67108864"], &text);
    let raw: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), raw.len());
    for (i, l) in lines.iter().enumerate() {
        match l["verdict"].as_str().unwrap() {
            "same" => {}
            // A fragment is followed by the marker that sets it apart.
            "torn" if l["status"] == "error" => assert!(raw[i + 1].contains("\"torn\":{"), "line {}", i + 1),
            "torn" => assert!(lines[i - 1]["verdict"] == "torn", "a marker without a fragment before it"),
            other => panic!("line {}: {other}: {l}\n{err}", i + 1),
        }
    }
    // Every answer a client received is in the log.
    let logged: std::collections::HashSet<&str> = lines.iter().filter_map(|l| l["decision_id"].as_str()).collect();
    for id in &given {
        assert!(logged.contains(id.as_str()), "answer {id} was given but is not in the log");
    }
    let torn = lines.iter().filter(|l| l["verdict"] == "torn").count() / 2;
    assert!(torn >= 1);
    eprintln!(
        "{} crash runs: {} answers given, {} records, {torn} torn lines set apart",
        crash_runs(),
        given.len(),
        lines.len()
    );
}

fn keys(v: &Value) -> Vec<String> {
    let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
    k.sort();
    k
}

#[test]
fn the_documented_log_records_replayed_lines_and_health_are_the_service_s() {
    let d = dir("documented");
    let key = d.join("pk");
    std::fs::write(&key, "the pseudonym key of the hospital").unwrap();
    let path = d.join("log.jsonl");
    let server = Serve::start(&[
        "--decision-log",
        path.to_str().unwrap(),
        "--decision-log-personal",
        "pseudonymise",
        "--decision-log-personal-key-file",
        key.to_str().unwrap(),
    ])
    .unwrap();
    let mine = REQUEST_OK.replacen('{', r#"{"decision_id":"or-2025-0311","#, 1);
    assert_eq!(post(&server, "/v1/decide?lang=en", &mine).0, 200);
    let who: Value = serde_json::from_str(REQUEST_OK).unwrap();
    let team = json!({"staff": [who["professional"]], "procedure": "injection", "context": who["context"]});
    assert_eq!(post(&server, "/v1/who-may", &team.to_string()).0, 200);
    let (_, health) = get(&server, "/v1/health");
    let health: Value = serde_json::from_str(&health).unwrap();
    server.stop();
    let text = std::fs::read_to_string(&path).unwrap();
    let mut real: Vec<Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let (decide, who_may) = (real.remove(0), real.remove(0));
    // Every line starts with the timestamp and the instance, and ends with the chain.
    for line in text.lines() {
        assert!(line.starts_with(r#"{"timestamp":""#) && line.contains(r#"","instance":"#), "{line}");
        assert!(line.ends_with("\"}") && line.contains(",\"prev\":\""), "{line}");
    }
    let doc_decide = &documented("log-decide")[0];
    assert_eq!(keys(doc_decide), keys(&decide));
    assert_eq!(keys(&doc_decide["request"]), keys(&decide["request"]));
    assert_eq!(doc_decide["decision"], decide["decision"], "the documented decision is this engine's");
    assert_eq!(doc_decide["request"], decide["request"]);
    assert_eq!(keys(&doc_decide["subjects"]), keys(&decide["subjects"]));
    let doc_who = &documented("log-who-may")[0];
    assert_eq!(keys(doc_who), keys(&who_may));
    assert_eq!(doc_who["routes"], who_may["routes"]);
    assert_eq!(doc_who["kind"], "who_may");
    // The documented records replay (the chain of the example starts at the first).
    let doc_log = format!("{}\n", serde_json::to_string(doc_decide).unwrap());
    let (code, lines, err) = replay(&[], &doc_log);
    assert_eq!((code, verdicts(&lines)), (0, vec!["same".to_owned()]), "{err}");
    // The marker's fields are the writer's (`torn` with its offset and length).
    let torn = &documented("log-torn")[0];
    assert_eq!(keys(torn), ["instance", "prev", "timestamp", "torn"]);
    assert_eq!(keys(&torn["torn"]), ["bytes", "offset"]);
    // A replayed line parses as one, and says what the docs say.
    for r in documented("replayed") {
        let parsed: bevoegd::jsonl::Replayed = serde_json::from_value(r.clone()).unwrap();
        assert_eq!(serde_json::to_value(&parsed).unwrap(), r);
    }
    let doc_health = &documented("health")[0];
    assert_eq!(keys(doc_health), keys(&health));
    assert_eq!(keys(&doc_health["decision_log"]), keys(&health["decision_log"]));
    assert_eq!(doc_health["staff"], health["staff"]);
}

#[test]
fn the_documented_held_staff_forms_are_the_service_s() {
    let d = dir("doc-held");
    let staff = d.join("staff.jsonl");
    std::fs::write(&staff, STAFF).unwrap();
    let held = bevoegd::staff::HeldStaff::parse(STAFF).unwrap();
    // A request by id answers exactly the documented record.
    let request = documented("request-by-id")[0].to_string();
    let options =
        bevoegd::jsonl::Options { lang: bevoegd::Lang::En, staff: Some(Arc::new(held.clone())), ..Default::default() };
    let record = bevoegd::jsonl::answer(&request, &options).unwrap();
    assert_eq!(serde_json::to_value(&record).unwrap(), documented("audit-by-id")[0]);
    // The service answers the documented who-may question with the documented answer, and
    // describes its staff as documented.
    let server = Serve::start(&["--staff", staff.to_str().unwrap()]).unwrap();
    let (code, answer) = post(&server, "/v1/who-may", &documented("who-may-request")[0].to_string());
    assert_eq!(code, 200, "{answer}");
    assert_eq!(serde_json::from_str::<Value>(&answer).unwrap(), documented("who-may-answer")[0]);
    let (_, status) = get(&server, "/v1/staff");
    let status: Value = serde_json::from_str(&status).unwrap();
    let doc = &documented("staff-status")[0];
    assert_eq!(keys(doc), keys(&status));
    assert_eq!(doc["version"], held.version());
    assert_eq!(status["version"], held.version());
    server.stop();
}

/// The first lines `bevoegd serve` prints on stderr with `args` (until it says where it serves,
/// or exits), and the process, killed.
fn serve_stderr(args: &[&str], env: &[(&str, &str)]) -> String {
    let mut child = serve_child(args, env);
    let mut lines = BufReader::new(child.stderr.take().unwrap());
    let mut text = String::new();
    let mut line = String::new();
    while lines.read_line(&mut line).unwrap_or(0) > 0 {
        text.push_str(&line);
        if line.contains("serving on") {
            break;
        }
        line.clear();
    }
    let _ = child.kill();
    let _ = child.wait();
    text
}

#[test]
fn listen_takes_a_host_name_and_warns_about_addresses_others_reach() {
    let text = serve_stderr(&["--listen", "localhost:0"], &[]);
    assert!(text.contains("serving on http://127.0.0.1:") || text.contains("serving on http://[::1]:"), "{text}");
    assert!(!text.contains("warning"), "{text}");
    let text = serve_stderr(&["--listen", "0.0.0.0:0"], &[]);
    assert!(text.contains("warning: 0.0.0.0:") && text.contains("reverse proxy"), "{text}");
    // Every flag can come from the environment.
    let text = serve_stderr(&[], &[("BEVOEGD_LISTEN", "127.0.0.1:0"), ("BEVOEGD_MAX_CONNECTIONS", "0")]);
    assert!(text.contains("--max-connections") && text.contains("at least 1"), "{text}");
}

#[test]
fn metrics_access_log_and_request_ids_say_what_the_service_is_doing() {
    let d = dir("metrics");
    let path = d.join("log.jsonl");
    let server = Serve::start(&["--decision-log", path.to_str().unwrap(), "--max-body-bytes", "4096"]).unwrap();
    // A caller's request id is echoed and kept; without one, the service makes one.
    let mut response = agent()
        .post(&server.url("/v1/decide"))
        .header("x-request-id", "ward7-0042")
        .content_type("application/json")
        .send(REQUEST_OK)
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers().get("x-request-id").unwrap(), "ward7-0042");
    let _ = response.body_mut().read_to_string();
    let response = agent().post(&server.url("/v1/decide")).content_type("application/json").send(REQUEST_OK).unwrap();
    let made = response.headers().get("x-request-id").unwrap().to_str().unwrap().to_owned();
    assert_eq!(made.len(), 36, "{made}");
    // A refusal by a limit.
    assert_eq!(post(&server, "/v1/decide", &large_request(10_000)).0, 413);
    let (code, text) = get(&server, "/metrics");
    assert_eq!(code, 200);
    for line in [
        "bevoegd_http_requests_total{endpoint=\"/v1/decide\",status=\"200\"} 2",
        "bevoegd_http_requests_total{endpoint=\"/v1/decide\",status=\"413\"} 1",
        "bevoegd_decisions_total{outcome=\"permitted\",route=\"independent\"} 2",
        "bevoegd_rejections_total{limit=\"max_body_bytes\"} 1",
        "bevoegd_decision_log_records_total 2",
        "bevoegd_decision_log_failed_records_total 0",
        "bevoegd_decision_log_failing 0",
        "bevoegd_http_requests_in_flight 1",
    ] {
        assert!(text.lines().any(|l| l == line), "{line} not in\n{text}");
    }
    assert!(text.contains(&format!("law_fingerprint=\"{}\"", bevoegd::law::fingerprint())), "{text}");
    assert!(text.contains("bevoegd_http_request_duration_seconds_bucket{"), "{text}");
    server.stop();
    let records: Vec<Value> =
        std::fs::read_to_string(&path).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(records[0]["request_id"], "ward7-0042");
    assert_eq!(records[1]["request_id"], made.as_str());

    // The access log: one line per request, with its id and, for a refusal, the limit.
    let d = dir("access");
    let server =
        Serve::start(&["--decision-log", d.join("log.jsonl").to_str().unwrap(), "--max-body-bytes", "4096"]).unwrap();
    let _ = post(&server, "/v1/decide", REQUEST_OK);
    let _ = post(&server, "/v1/decide", &large_request(10_000));
    let deadline = Instant::now() + Duration::from_secs(5);
    while server.stderr().matches("POST /v1/decide").count() < 2 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    let err = server.stderr();
    assert!(err.lines().any(|l| l.contains("POST /v1/decide 200 ") && l.contains("request_id=")), "{err}");
    assert!(
        err.lines().any(|l| l.contains("POST /v1/decide 413 ") && l.contains("refused_by=max_body_bytes")),
        "{err}"
    );

    // Metrics on their own address: then not on the main one.
    let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let metrics_addr = probe.local_addr().unwrap().to_string();
    drop(probe);
    let server = Serve::start(&["--metrics-listen", &metrics_addr, "--access-log", "false"]).unwrap();
    assert_eq!(get(&server, "/metrics").0, 404);
    let mut response = agent().get(&format!("http://{metrics_addr}/metrics")).call().unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert!(response.body_mut().read_to_string().unwrap().contains("bevoegd_info"));
    let _ = post(&server, "/v1/decide", REQUEST_OK);
    std::thread::sleep(Duration::from_millis(100));
    assert!(!server.stderr().contains("POST /v1/decide"), "{}", server.stderr());
}

#[test]
fn every_serve_flag_is_in_the_operations_table_with_its_variable_and_default() {
    let out = Command::new(BIN).args(["serve", "--help"]).output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    let doc = include_str!("../docs/operations.md");
    let mut flags = 0;
    for block in help.split("\n      --").skip(1) {
        let flag = format!("--{}", block.split([' ', '\n']).next().unwrap());
        if flag == "--help" {
            continue;
        }
        flags += 1;
        let row = doc
            .lines()
            .find(|l| l.starts_with(&format!("| `{flag}` |")))
            .unwrap_or_else(|| panic!("{flag} is not in docs/operations.md"));
        let env = block.split("[env: ").nth(1).and_then(|e| e.split('=').next()).unwrap();
        assert!(row.contains(&format!("`{env}`")), "{flag}: {env} not in {row}");
        if let Some(default) = block.split("[default: ").nth(1).and_then(|d| d.split(']').next()) {
            assert!(row.contains(&format!("`{default}`")), "{flag}: default {default} not in {row}");
        }
    }
    assert!(flags >= 20, "{help}");
}

const STAFF: &str = include_str!("../examples/data/staff.jsonl");

#[test]
fn held_staff_is_read_again_on_sighup_and_its_records_replay_without_it() {
    let d = dir("held");
    let staff = d.join("staff.jsonl");
    std::fs::write(&staff, STAFF).unwrap();
    let log = d.join("log.jsonl");
    let server = Serve::start(&["--staff", staff.to_str().unwrap(), "--decision-log", log.to_str().unwrap()]).unwrap();
    assert!(server.stderr().contains("bevoegd: holding 13 staff from"), "{}", server.stderr());
    let ctx = json!({"date": "2025-03-12", "field": "medicine"});
    let by_id = json!({"staff_id": "anna", "procedure": "injection", "context": ctx}).to_string();
    let (code, first) = post(&server, "/v1/decide", &by_id);
    assert_eq!(code, 200, "{first}");
    let first: Value = serde_json::from_str(&first).unwrap();
    let team = json!({"staff_ids": ["anna", "fleur"], "procedure": "injection", "context": ctx}).to_string();
    assert_eq!(post(&server, "/v1/who-may", &team).0, 200);

    // Anna leaves; SIGHUP reads the file again.
    let without_anna: String =
        STAFF.lines().filter(|l| !l.contains(r#""id": "anna""#)).map(|l| format!("{l}\n")).collect();
    std::fs::write(&staff, &without_anna).unwrap();
    server.signal("-HUP");
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let (_, status) = get(&server, "/v1/staff");
        let status: Value = serde_json::from_str(&status).unwrap();
        if status["count"] == 12 {
            assert_ne!(status["version"], first["staff_version"]);
            break;
        }
        assert!(Instant::now() < deadline, "SIGHUP did not reload the staff: {status}");
        std::thread::sleep(Duration::from_millis(50));
    }
    let (code, gone) = post(&server, "/v1/decide", &by_id);
    assert_eq!(code, 400);
    assert!(gone.contains("`anna` is not among the 12 held staff"), "{gone}");
    server.stop();

    // The records carry the professionals read, so they replay with no staff file at all.
    let text = std::fs::read_to_string(&log).unwrap();
    let records: Vec<Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(records.len(), 2);
    assert_eq!(
        (records[0]["staff_id"].as_str(), &records[0]["staff_version"]),
        (Some("anna"), &first["staff_version"])
    );
    assert_eq!(records[0]["request"]["professional"]["name"], "Anna de Vries");
    assert_eq!(records[1]["staff_ids"], json!(["anna", "fleur"]));
    assert_eq!(records[1]["who_may"]["staff"][1]["name"], "Fleur de Boer");
    let (code, lines, err) = replay(&[], &text);
    assert_eq!(code, 0, "{err}");
    assert_eq!(verdicts(&lines), ["same", "same"]);

    // Pseudonymised, the staff ids go with the names.
    let d = dir("held-drop");
    std::fs::write(d.join("staff.jsonl"), STAFF).unwrap();
    let log = d.join("log.jsonl");
    let server = Serve::start(&[
        "--staff",
        d.join("staff.jsonl").to_str().unwrap(),
        "--decision-log",
        log.to_str().unwrap(),
        "--decision-log-personal",
        "drop",
    ])
    .unwrap();
    assert_eq!(post(&server, "/v1/decide", &by_id).0, 200);
    assert_eq!(post(&server, "/v1/who-may", &team).0, 200);
    server.stop();
    let text = std::fs::read_to_string(&log).unwrap();
    assert!(!text.contains("anna") && !text.contains("Anna") && !text.contains("fleur"), "{text}");
    assert!(text.contains("staff_version"), "{text}");
}

#[test]
fn the_command_answers_requests_by_id_and_who_may_from_a_staff_file() {
    let d = dir("cli-held");
    let staff = d.join("staff.jsonl");
    std::fs::write(&staff, STAFF).unwrap();
    let held = bevoegd::staff::HeldStaff::parse(STAFF).unwrap();
    let ctx = json!({"date": "2025-03-12", "field": "medicine"});
    let lines = format!(
        "{}\n{}\n",
        json!({"staff_id": "anna", "procedure": "injection", "context": ctx}),
        json!({"staff_id": "nobody", "procedure": "injection", "context": ctx})
    );
    let (code, out, _) = common::run_bevoegd(&["decide", "--staff", staff.to_str().unwrap()], &lines);
    assert_eq!(code, 1, "one line was bad");
    let mut expected = Vec::new();
    let options = bevoegd::jsonl::Options { staff: Some(Arc::new(held.clone())), ..Default::default() };
    bevoegd::jsonl::answer_lines(&options, lines.as_bytes(), &mut expected).unwrap();
    assert_eq!(out, String::from_utf8(expected).unwrap());
    let answers: Vec<Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(answers[0]["audit"]["staff_version"], held.version());
    assert_eq!(answers[1]["error"]["path"], "staff_id");
    // Without `--staff`, a request by id is a bad line that says why.
    let (code, out, _) = common::run_bevoegd(&["decide"], &lines);
    assert_eq!(code, 1);
    assert!(out.contains("no staff is held here"), "{out}");

    // who-may: one line per procedure, the library's answer.
    let context = d.join("context.json");
    std::fs::write(&context, ctx.to_string()).unwrap();
    let args = ["who-may", "--staff", staff.to_str().unwrap(), "--context", context.to_str().unwrap()];
    let (code, out, err) = common::run_bevoegd(&args, "");
    assert_eq!(code, 0, "{err}");
    let ctx: bevoegd::Context = serde_json::from_value(ctx).unwrap();
    let answers: Vec<Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(answers.len(), 14);
    for (answer, p) in answers.iter().zip(bevoegd::Procedure::ALL) {
        assert_eq!(answer, &serde_json::to_value(bevoegd::jsonl::who_may_held(&held, p, &ctx)).unwrap());
    }
    let (code, out, _) =
        common::run_bevoegd(&[&args[..], &["--procedure", "surgery", "--procedure", "injection"]].concat(), "");
    assert_eq!(code, 0);
    let procedures: Vec<Value> =
        out.lines().map(|l| serde_json::from_str::<Value>(l).unwrap()["procedure"].clone()).collect();
    assert_eq!(procedures, [json!("surgery"), json!("injection")]);
    // A staff file with one person twice is bad input naming both lines.
    let anna = STAFF.lines().next().unwrap();
    std::fs::write(&staff, format!("{anna}\n{}\n", anna.replacen("\"anna\"", "\"anna-2\"", 1))).unwrap();
    let (code, _, err) = common::run_bevoegd(&args, "");
    assert_eq!(code, 1);
    assert!(err.contains("line 2: `professional.registrations[0].big_number`: the BIG number `19012345601` is also line 1's (id `anna`)"), "{err}");
}
