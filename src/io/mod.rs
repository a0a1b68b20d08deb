//! Layer 8, the wire: the JSON request and audit record ([`Request`](crate::Request),
//! [`AuditRecord`](crate::AuditRecord)), JSON Lines answering and replay, the JSON Schema, and
//! the HTTP service. Everything that reads or writes bytes lives here; the layers below are pure.

#[cfg(feature = "json")]
pub mod cases;
#[cfg(feature = "json")]
pub mod chain;
#[cfg(feature = "serve")]
pub mod decision_log;
#[cfg(feature = "json")]
pub mod jsonl;
#[cfg(feature = "qualifications")]
pub mod qualifications;
#[cfg(feature = "json")]
mod replay;
#[cfg(feature = "schema")]
pub mod schema;
#[cfg(feature = "serve")]
pub mod service;
#[cfg(feature = "json")]
pub mod staff;
pub(crate) mod wire;
