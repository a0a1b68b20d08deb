//! A bounded load test of the HTTP service on loopback: starts `bevoegd::service` on a free
//! port, sends 100,000 `POST /v1/decide` requests from 32 concurrent clients (the requests of
//! `examples/data/requests.jsonl`, in turn), checks that every answer is a 200 with the
//! library's outcome, and prints throughput and p50/p99 latency. Stops by itself.
//!
//! ```text
//! cargo run --release --example load --features serve [-- --requests N --clients C]
//!     [--decision-log FILE [--sync always|none]] [--access-log] [--held-staff]
//! ```
//!
//! With `--held-staff`, the service holds the requests' professionals as a staff file
//! (`--staff`) and each request names its person by `staff_id`, carrying only the context.
//!
//! With `--decision-log`, every answer waits for its record (and, with `--sync always`, the
//! default, for the fsync covering it); the figures in `docs/performance.md` compare the three.
#![allow(
    clippy::print_stdout,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "a load-test harness"
)]

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use bevoegd::decision_log::LogSync;
use bevoegd::service::{Config, serve};
use bevoegd::{Lang, Request};

fn arg(args: &[String], name: &str, default: usize) -> usize {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).map_or(default, |v| v.parse().expect("a number"))
}

fn text_arg<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).map(String::as_str)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let total = arg(&args, "--requests", 100_000);
    let clients = arg(&args, "--clients", 32);
    let log = text_arg(&args, "--decision-log").map(std::path::PathBuf::from);
    let sync = match text_arg(&args, "--sync") {
        None | Some("always") => LogSync::Always,
        Some("none") => LogSync::None,
        Some(other) => panic!("--sync always|none, not {other}"),
    };
    let mode = match (&log, sync) {
        (None, _) => "no-log",
        (Some(_), LogSync::Always) => "log-sync-always",
        (Some(_), _) => "log-sync-none",
    };
    // The access log (one stderr line per request) is off unless asked for, so that the figures
    // measure the service, not the terminal.
    let access_log = args.iter().any(|a| a == "--access-log");
    let held = args.iter().any(|a| a == "--held-staff");
    let lines: Vec<&str> = include_str!("data/requests.jsonl").lines().collect();
    // Held staff: the requests' professionals as a staff file, each request naming its line's.
    let staff = held.then(|| {
        let file = std::env::temp_dir().join(format!("bevoegd-load-staff-{}.jsonl", std::process::id()));
        let text: String = lines
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                serde_json::json!({"id": format!("r{i}"), "professional": v["professional"]}).to_string() + "\n"
            })
            .collect();
        std::fs::write(&file, text).unwrap();
        file
    });
    let config =
        Config { decision_log: log, decision_log_sync: sync, access_log, staff: staff.clone(), ..Config::default() };
    let bodies: Arc<Vec<(String, serde_json::Value)>> = Arc::new(
        lines
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let request: Request = serde_json::from_str(l).expect("a request");
                let outcome = serde_json::to_value(request.audit(Lang::Nl)).unwrap()["decision"]["outcome"].clone();
                if !held {
                    return ((*l).to_owned(), outcome);
                }
                let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
                let o = v.as_object_mut().unwrap();
                o.remove("professional");
                o.insert("staff_id".to_owned(), format!("r{i}").into());
                (v.to_string(), outcome)
            })
            .collect(),
    );

    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = std::thread::spawn(move || {
        runtime.block_on(serve(listener, config, async {
            let _ = stopped.await;
        }))
    });

    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let workers: Vec<_> = (0..clients)
        .map(|_| {
            let (next, bodies) = (next.clone(), bodies.clone());
            std::thread::spawn(move || {
                let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
                let url = format!("http://{addr}/v1/decide");
                let mut latencies = Vec::new();
                let mut errors = 0usize;
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= total {
                        break;
                    }
                    let (body, outcome) = &bodies[i % bodies.len()];
                    let t = Instant::now();
                    let ok = match agent.post(&url).content_type("application/json").send(body.as_str()) {
                        Ok(mut r) if r.status() == 200 => r
                            .body_mut()
                            .read_to_string()
                            .ok()
                            .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
                            .is_some_and(|v| v["decision"]["outcome"] == *outcome),
                        _ => false,
                    };
                    latencies.push(t.elapsed());
                    errors += usize::from(!ok);
                }
                (latencies, errors)
            })
        })
        .collect();
    let mut latencies: Vec<Duration> = Vec::with_capacity(total);
    let mut errors = 0;
    for w in workers {
        let (l, e) = w.join().unwrap();
        latencies.extend(l);
        errors += e;
    }
    let elapsed = started.elapsed();
    let _ = stop.send(());
    server.join().unwrap().unwrap();
    latencies.sort();
    let pct = |p: f64| latencies[((latencies.len() as f64 - 1.0) * p) as usize];
    if let Some(file) = staff {
        let _ = std::fs::remove_file(file);
    }
    println!(
        "mode={mode}{}{} requests={} clients={clients} errors={errors} seconds={:.2} throughput={:.0}/s p50={:.0}us p99={:.0}us",
        if access_log { "+access-log" } else { "" },
        if held { "+held-staff" } else { "" },
        latencies.len(),
        elapsed.as_secs_f64(),
        latencies.len() as f64 / elapsed.as_secs_f64(),
        pct(0.50).as_secs_f64() * 1e6,
        pct(0.99).as_secs_f64() * 1e6,
    );
    assert_eq!(latencies.len(), total, "a request was lost");
    assert_eq!(errors, 0, "some answers were not the library's");
}
