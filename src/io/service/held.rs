//! The staff the service holds (`--staff FILE`): read at start, read again on SIGHUP and (with
//! `--staff-watch SECONDS`) when the file changes. A reload is atomic: a request reads the old
//! set or the new one, never a mix; a file that fails to load leaves the old set in place, says
//! why on stderr, and marks the staff stale (in `/healthz`, `/v1/health`, `/v1/staff` and
//! `/metrics`) until a load succeeds.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::SystemTime;

use serde::Serialize;

use crate::io::staff::HeldStaff;

/// The staff held, and how its last load went.
pub(crate) struct Held {
    path: PathBuf,
    current: RwLock<Arc<HeldStaff>>,
    state: Mutex<LoadState>,
}

/// How the loads went.
#[derive(Clone)]
struct LoadState {
    /// When the set held was loaded (RFC 3339).
    loaded_at: String,
    /// The file's modification time and length when it was last read (to notice a change).
    seen: Option<(SystemTime, u64)>,
    /// The last load failed: when and why.
    failed: Option<(String, String)>,
    reloads: u64,
    failed_reloads: u64,
}

/// The state of the held staff, as `GET /v1/staff` and `/v1/health` answer it.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub(crate) struct StaffStatus {
    /// `ok`; `stale` when the last reload failed (the set loaded before is still answering).
    pub(crate) status: &'static str,
    /// The version of the set answering ([`HeldStaff::version`]).
    pub(crate) version: String,
    /// How many people it holds.
    pub(crate) count: usize,
    /// When it was loaded (RFC 3339, UTC).
    pub(crate) loaded_at: String,
    /// The file it was read from.
    pub(crate) file: String,
    /// When stale: when the last reload failed, and why.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) failed_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) error: Option<String>,
    /// Successful loads since the start, the first included.
    pub(crate) reloads: u64,
    /// Failed reloads since the start.
    pub(crate) failed_reloads: u64,
}

fn now() -> String {
    jiff::Timestamp::now().round(jiff::Unit::Millisecond).map(|t| t.to_string()).unwrap_or_default()
}

/// The file's modification time and length.
fn stamp(path: &Path) -> Option<(SystemTime, u64)> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}

/// Reads and checks the staff file.
fn read(path: &Path) -> Result<HeldStaff, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    HeldStaff::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}

impl Held {
    /// Loads the file: at start, a file that does not load is an error (the service does not
    /// start without the staff it was told to hold).
    pub(crate) fn load(path: PathBuf) -> std::io::Result<Held> {
        let seen = stamp(&path);
        let staff = read(&path).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
        eprintln!("bevoegd: holding {} staff from {} (version {})", staff.len(), path.display(), staff.version());
        Ok(Held {
            path,
            current: RwLock::new(Arc::new(staff)),
            state: Mutex::new(LoadState { loaded_at: now(), seen, failed: None, reloads: 1, failed_reloads: 0 }),
        })
    }

    /// The set answering now.
    pub(crate) fn current(&self) -> Arc<HeldStaff> {
        match self.current.read() {
            Ok(c) => c.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// Reads the file again and, when it loads, answers from it; when it does not, keeps the
    /// set answering and marks it stale. Blocking (reads the file).
    pub(crate) fn reload(&self) {
        let seen = stamp(&self.path);
        let result = read(&self.path);
        let mut state = self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        state.seen = seen;
        match result {
            Ok(staff) => {
                eprintln!(
                    "bevoegd: holding {} staff from {} (version {})",
                    staff.len(),
                    self.path.display(),
                    staff.version()
                );
                let staff = Arc::new(staff);
                match self.current.write() {
                    Ok(mut c) => *c = staff,
                    Err(poisoned) => *poisoned.into_inner() = staff,
                }
                state.loaded_at = now();
                state.failed = None;
                state.reloads += 1;
            }
            Err(e) => {
                eprintln!("bevoegd: the staff file could not be loaded, the set loaded before still answers: {e}");
                state.failed = Some((now(), e));
                state.failed_reloads += 1;
            }
        }
    }

    /// Whether the file changed since it was last read (its modification time or length).
    pub(crate) fn changed(&self) -> bool {
        let now = stamp(&self.path);
        let state = self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        now != state.seen
    }

    /// The state, for `/v1/staff`, `/v1/health` and `/metrics`.
    pub(crate) fn status(&self) -> StaffStatus {
        let staff = self.current();
        let state = self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clone();
        let (failed_at, error) = state.failed.map_or((None, None), |(at, e)| (Some(at), Some(e)));
        StaffStatus {
            status: if error.is_some() { "stale" } else { "ok" },
            version: staff.version().to_owned(),
            count: staff.len(),
            loaded_at: state.loaded_at,
            file: self.path.display().to_string(),
            failed_at,
            error,
            reloads: state.reloads,
            failed_reloads: state.failed_reloads,
        }
    }
}
