//! The decision log's integrity (feature `json`): a hash chain over its lines, an optional keyed
//! MAC on each line, and keyed pseudonyms. The service writes with these functions and
//! `bevoegd replay` checks with them, so both read a line the same way.
//!
//! - **The chain.** Every record the service writes ends with `"prev": "<hex>"`, the SHA-256 of
//!   the previous line of the file (its bytes without the newline); the first record of a new
//!   log has [`GENESIS`]. A record altered, removed, inserted or moved breaks the chain at the
//!   next record. The last record of a file is protected only by the MAC (or by keeping its hash
//!   elsewhere).
//! - **The MAC.** With a key (`--decision-log-key-file`), a record ends with
//!   `"mac": "<key id>:<hex>"`, an HMAC-SHA256 of the line without that member; without the key
//!   nobody can write a record that verifies.
//! - **Pseudonyms.** A keyed hash of a person's BIG numbers (or, without one, their name), so that
//!   one person's records can be found together without naming them.

use hmac::{KeyInit, Mac};
use sha2::{Digest, Sha256};

/// The `prev` of a log's first record: no record came before it.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The SHA-256 of `bytes` in lowercase hexadecimal.
pub(crate) fn hex_sha256(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// Lowercase hexadecimal.
fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// A secret key, read from a file (or, for pseudonyms, an environment variable), with the public
/// id that records carry so that keys can be rotated: the first 16 hex digits of the SHA-256 of
/// the key.
#[derive(Clone)]
pub struct Key {
    secret: Vec<u8>,
    id: String,
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the secret.
        f.debug_struct("Key").field("id", &self.id).finish_non_exhaustive()
    }
}

/// Why a key cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// The file could not be read.
    #[error("{path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// Fewer than 16 bytes (after trimming white space): too easy to guess.
    #[error(
        "{origin}: a key must hold at least 16 bytes (it has {len}); make one with `head -c 32 /dev/urandom | base64`"
    )]
    TooShort {
        /// The file or variable.
        origin: String,
        /// Its length.
        len: usize,
    },
}

impl Key {
    /// The key in `bytes` (white space at either end is not part of it: a key file written by
    /// `echo` ends with a newline), named `origin` in errors.
    ///
    /// # Errors
    ///
    /// [`KeyError::TooShort`] for fewer than 16 bytes.
    pub fn from_bytes(origin: &str, bytes: &[u8]) -> Result<Key, KeyError> {
        let secret = bytes.trim_ascii().to_vec();
        if secret.len() < 16 {
            return Err(KeyError::TooShort { origin: origin.to_owned(), len: secret.len() });
        }
        let id = hex_sha256(&secret).chars().take(16).collect();
        Ok(Key { secret, id })
    }

    /// The key in a file.
    ///
    /// # Errors
    ///
    /// The file cannot be read, or the key is too short.
    pub fn from_file(path: &std::path::Path) -> Result<Key, KeyError> {
        let bytes =
            std::fs::read(path).map_err(|source| KeyError::Read { path: path.display().to_string(), source })?;
        Key::from_bytes(&path.display().to_string(), &bytes)
    }

    /// The key's public id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The HMAC-SHA256 of `parts` (one after the other) under this key, in hexadecimal.
    fn hmac(&self, parts: &[&[u8]]) -> String {
        // A key of any length is valid for HMAC; the fallback is never taken.
        let Ok(mut mac) = hmac::Hmac::<Sha256>::new_from_slice(&self.secret) else { return String::new() };
        for p in parts {
            mac.update(p);
        }
        hex(&mac.finalize().into_bytes())
    }

    /// The `mac` member's value for a line whose text without the member is `body`.
    pub(crate) fn mac(&self, body: &[u8]) -> String {
        format!("{}:{}", self.id, self.hmac(&[b"bevoegd-log\0", body]))
    }

    /// The pseudonym of a person known by `identity` (their BIG numbers, or their name): 32 hex
    /// digits, the same for the same person and key.
    #[cfg(feature = "serve")]
    pub(crate) fn pseudonym(&self, identity: &str) -> String {
        self.hmac(&[b"bevoegd-subject\0", identity.as_bytes()]).chars().take(32).collect()
    }
}

/// The text the `mac` member is appended as: `,"mac":"` + value + `"}`.
const MAC_PREFIX: &[u8] = b",\"mac\":\"";

/// Appends `,"mac":"<value>"` before the closing brace of `line` (a JSON object).
#[cfg(any(feature = "serve", test))]
pub(crate) fn seal(line: &mut Vec<u8>, key: &Key) {
    let mac = key.mac(line);
    if line.last() == Some(&b'}') {
        line.pop();
        line.extend_from_slice(MAC_PREFIX);
        line.extend_from_slice(mac.as_bytes());
        line.extend_from_slice(b"\"}");
    }
}

/// A line's MAC, split off: the text the MAC covers and the `mac` value, when the line ends with
/// a `mac` member.
pub(crate) fn unseal(line: &[u8]) -> Option<(Vec<u8>, &str)> {
    let inner = line.strip_suffix(b"\"}")?;
    let at = inner.windows(MAC_PREFIX.len()).rposition(|w| w == MAC_PREFIX)?;
    let value = std::str::from_utf8(inner.get(at + MAC_PREFIX.len()..)?).ok()?;
    if value.contains('"') {
        return None;
    }
    let mut body = inner.get(..at)?.to_vec();
    body.push(b'}');
    Some((body, value))
}

/// Whether a line's MAC verifies under `key`: `Some(true)` or `Some(false)` when the MAC was made
/// with this key (by its id), `None` when the line has no MAC or one of another key.
pub(crate) fn verify(line: &[u8], key: &Key) -> Option<bool> {
    let (body, value) = unseal(line)?;
    let (id, _) = value.split_once(':')?;
    (id == key.id()).then(|| key.mac(&body) == value)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests fail loudly")]
    use super::*;

    fn key() -> Key {
        Key::from_bytes("test", b"0123456789abcdef0123456789abcdef\n").unwrap()
    }

    #[test]
    fn a_sealed_line_verifies_and_an_altered_one_does_not() {
        let mut line = br#"{"a":1,"prev":"00"}"#.to_vec();
        seal(&mut line, &key());
        assert!(line.ends_with(b"\"}"));
        let v: serde_json::Value = serde_json::from_slice(&line).unwrap();
        assert!(v["mac"].as_str().unwrap().starts_with(key().id()));
        assert_eq!(verify(&line, &key()), Some(true));
        let altered = String::from_utf8(line.clone()).unwrap().replace("\"a\":1", "\"a\":2");
        assert_eq!(verify(altered.as_bytes(), &key()), Some(false));
        let other = Key::from_bytes("other", b"another key of sixteen bytes").unwrap();
        assert_eq!(verify(&line, &other), None);
        assert_eq!(verify(br#"{"a":1}"#, &key()), None);
    }

    #[test]
    fn a_short_key_is_refused_and_the_secret_is_never_printed() {
        assert!(matches!(Key::from_bytes("k", b"short\n"), Err(KeyError::TooShort { len: 5, .. })));
        // Sixteen bytes is enough; fifteen is not.
        assert!(Key::from_bytes("k", b"0123456789abcdef").is_ok());
        assert!(matches!(Key::from_bytes("k", b"0123456789abcde"), Err(KeyError::TooShort { len: 15, .. })));
        let shown = format!("{:?}", key());
        assert!(!shown.contains("0123456789abcdef0123"), "{shown}");
        assert!(shown.contains(key().id()), "{shown}");
    }

    #[test]
    #[cfg(feature = "serve")]
    fn pseudonyms_are_stable_per_key_and_differ_between_people() {
        let k = key();
        assert_eq!(k.pseudonym("19012345601"), k.pseudonym("19012345601"));
        assert_ne!(k.pseudonym("19012345601"), k.pseudonym("19012345602"));
        assert_eq!(k.pseudonym("x").len(), 32);
        assert_eq!(hex_sha256(b"").len(), 64);
        assert_eq!(GENESIS.len(), 64);
    }
}
