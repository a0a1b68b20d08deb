//! The accept loop: hyper's HTTP/1 connections under the service's own limits.
//!
//! axum's `serve` has no header-read timeout, no connection limit and no half-close, and waits
//! for every connection at shutdown; this loop adds them:
//!
//! - a connection must send a request's head within `--header-read-timeout-ms`; hyper also times
//!   the wait for the next request of a kept-alive connection this way, so an idle connection is
//!   closed after it;
//! - at most `--max-connections` are open; one beyond is answered `503` (JSON) and closed, and
//!   beyond a few more of those the socket is closed at once;
//! - a client that half-closes after its request still gets the answer;
//! - on shutdown the listeners close, the connections finish what they are doing for at most
//!   `--shutdown-grace-ms`, then a batch still running ends with an error line naming the first
//!   line it did not answer, and the connections are closed.

use std::future::Future;
use std::io;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::http::{StatusCode, header};
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

use crate::io::jsonl::InputError;

/// The limits of the accept loop.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Limits {
    pub(crate) max_connections: usize,
    pub(crate) header_read_timeout: Duration,
    pub(crate) shutdown_grace: Duration,
}

/// Connections beyond `--max-connections` that are still answered `503` (the rest are closed
/// without a word): enough to tell a burst of clients why, few enough to hold no resource.
const REFUSALS: usize = 64;

/// The `503` of a connection beyond the limit.
fn too_many() -> axum::http::Response<Body> {
    let body = InputError {
        path: ".".to_owned(),
        message: "too many connections (`--max-connections`); retry later".to_owned(),
    };
    let mut response = axum::http::Response::new(Body::from(serde_json::to_vec(&body).unwrap_or_default()));
    *response.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
    response.headers_mut().insert(header::CONTENT_TYPE, header::HeaderValue::from_static("application/json"));
    response.headers_mut().insert(header::RETRY_AFTER, header::HeaderValue::from_static("1"));
    response
}

/// Accepts on every listener, handing each connection to `accepted`, until the receiver is gone.
fn accept_all(listeners: Vec<TcpListener>, accepted: tokio::sync::mpsc::Sender<TcpStream>) -> JoinSet<()> {
    let mut set = JoinSet::new();
    for listener in listeners {
        let accepted = accepted.clone();
        set.spawn(async move {
            loop {
                match listener.accept().await {
                    Ok((stream, _)) => {
                        if accepted.send(stream).await.is_err() {
                            return;
                        }
                    }
                    Err(e) => {
                        // Out of file descriptors, or a connection reset before it was taken:
                        // say so and go on after a pause, instead of spinning.
                        eprintln!("bevoegd: accepting a connection failed: {e}");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                    }
                }
            }
        });
    }
    set
}

/// Serves `app` on `listeners` until `shutdown` completes; then lets the connections finish for
/// `limits.shutdown_grace`, calls `cut` (batches end with their error line), and closes what is
/// left.
pub(crate) async fn serve(
    listeners: Vec<TcpListener>,
    app: Router,
    limits: Limits,
    cut: impl FnOnce(),
    refused: impl Fn(),
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(limits.header_read_timeout).half_close(true).keep_alive(true);
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    let refusals = Arc::new(Semaphore::new(REFUSALS));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut connections = JoinSet::new();
    let (accepted_tx, mut accepted) = tokio::sync::mpsc::channel(64);
    let mut acceptors = accept_all(listeners, accepted_tx);
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            () = &mut shutdown => break,
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
            Some(stream) = accepted.recv() => {
                let _ = stream.set_nodelay(true);
                let io = TokioIo::new(stream);
                if let Ok(permit) = slots.clone().try_acquire_owned() {
                    let service = hyper_util::service::TowerToHyperService::new(app.clone());
                    let conn = graceful.watch(http.serve_connection(io, service));
                    connections.spawn(async move {
                        let _ = conn.await;
                        drop(permit);
                    });
                } else if let Ok(permit) = refusals.clone().try_acquire_owned() {
                    refused();
                    let mut once = http.clone();
                    let conn = once.keep_alive(false).serve_connection(
                        io,
                        hyper::service::service_fn(|_: hyper::Request<Incoming>| async {
                            Ok::<_, std::convert::Infallible>(too_many())
                        }),
                    );
                    connections.spawn(async move {
                        let _ = conn.await;
                        drop(permit);
                    });
                }
                else {
                    // Beyond the refusals too: `io` is dropped, which closes the socket.
                    refused();
                }
            }
        }
    }
    // Stop accepting: the listeners close with their tasks.
    acceptors.abort_all();
    drop(accepted);
    let open = graceful.count();
    if open > 0 {
        eprintln!("bevoegd: stopping; {open} connection(s) get {} ms to finish", limits.shutdown_grace.as_millis());
    }
    let drained = tokio::time::timeout(limits.shutdown_grace, graceful.shutdown()).await;
    if drained.is_err() {
        // Batches still running end with their error line; give them a moment to send it.
        cut();
        let last = tokio::time::timeout(Duration::from_millis(500), async {
            while connections.join_next().await.is_some() {}
        })
        .await;
        if last.is_err() {
            eprintln!("bevoegd: closing {} connection(s) after `--shutdown-grace-ms`", connections.len());
        }
    }
    connections.abort_all();
    while connections.join_next().await.is_some() {}
    Ok(())
}
