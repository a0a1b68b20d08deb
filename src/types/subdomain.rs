//! Subdomains: the parts of a field of care where an act happens and in which people are trained.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use thiserror::Error;

use crate::text::quoted;

/// The longest subdomain code, in bytes.
pub const SUBDOMAIN_MAX_LEN: usize = 32;

/// A subdomain or sub-area (deelgebied) of a field of care, named by a code the hospital chooses:
/// `interventional_radiology`, `cardiology`, `emergency_department`.
///
/// The law does not enumerate subdomains; it asks whether the act falls in the one where the
/// physician assistant or clinical technologist was trained, and protocols are written per
/// subdomain. So the code is the caller's, checked for shape only: 1 to 32 bytes of lowercase ASCII
/// letters, digits and `_`, starting with a letter. The value lives inline (no heap), so it is
/// `Copy` and costs nothing on the decision path.
///
/// ```
/// use bevoegd::Subdomain;
///
/// let s: Subdomain = "interventional_radiology".parse()?;
/// assert_eq!(s.as_str(), "interventional_radiology");
/// assert!("Cardiology".parse::<Subdomain>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Subdomain {
    len: u8,
    bytes: [u8; SUBDOMAIN_MAX_LEN],
}

/// Lexicographic by the code's text (`"aaa" < "zz"`), so whatever picks "the first" subdomain
/// (a reason naming the one trained in) picks the one a person would.
impl Ord for Subdomain {
    fn cmp(&self, other: &Subdomain) -> std::cmp::Ordering {
        // The bytes of the code in order: the order of the text (str order is byte order), without
        // checking UTF-8 on every comparison.
        self.code_bytes().cmp(other.code_bytes())
    }
}

impl PartialOrd for Subdomain {
    fn partial_cmp(&self, other: &Subdomain) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Subdomain {
    /// Checks and wraps a code.
    ///
    /// # Errors
    ///
    /// [`SubdomainError`] naming the problem and quoting the code.
    ///
    /// # Example
    ///
    /// ```
    /// use bevoegd::Subdomain;
    ///
    /// assert_eq!(Subdomain::new("emergency_department")?.as_str(), "emergency_department");
    /// assert!(Subdomain::new("2nd_floor").is_err());
    /// assert!(Subdomain::new(&"a".repeat(33)).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(code: &str) -> Result<Subdomain, SubdomainError> {
        let b = code.as_bytes();
        if b.is_empty() || b.len() > SUBDOMAIN_MAX_LEN {
            return Err(SubdomainError::Length { input: quoted(code), max: SUBDOMAIN_MAX_LEN });
        }
        let first_ok = b.first().is_some_and(u8::is_ascii_lowercase);
        let rest_ok = b.iter().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'_');
        if !first_ok || !rest_ok {
            return Err(SubdomainError::Characters { input: quoted(code) });
        }
        let mut bytes = [0; SUBDOMAIN_MAX_LEN];
        for (slot, c) in bytes.iter_mut().zip(b) {
            *slot = *c;
        }
        // Fits: the length was checked against SUBDOMAIN_MAX_LEN (32) above.
        Ok(Subdomain { len: b.len() as u8, bytes })
    }

    /// The code's bytes.
    #[inline]
    fn code_bytes(&self) -> &[u8] {
        self.bytes.get(..usize::from(self.len)).unwrap_or(&[])
    }

    /// The code.
    pub fn as_str(&self) -> &str {
        let bytes = self.bytes.get(..usize::from(self.len)).unwrap_or_default();
        // Only ASCII was ever stored, so this cannot fail; the fallback keeps the library panic-free.
        std::str::from_utf8(bytes).unwrap_or_default()
    }
}

impl FromStr for Subdomain {
    type Err = SubdomainError;
    fn from_str(s: &str) -> Result<Subdomain, SubdomainError> {
        Subdomain::new(s)
    }
}

impl fmt::Display for Subdomain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Subdomain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

impl Serialize for Subdomain {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Subdomain {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Subdomain, D::Error> {
        crate::types::de::parse_str(d, Subdomain::new)
    }
}

impl Subdomain {
    /// For codes written in this crate's source; the caller guarantees the shape. A unit test
    /// checks every such literal through [`Subdomain::new`].
    #[allow(clippy::indexing_slicing, reason = "the loop bound keeps `i` below both lengths")]
    pub(crate) const fn literal(code: &'static str) -> Subdomain {
        let src = code.as_bytes();
        let mut bytes = [0u8; SUBDOMAIN_MAX_LEN];
        let mut len = 0;
        while len < SUBDOMAIN_MAX_LEN && len < src.len() {
            bytes[len] = src[len];
            len += 1;
        }
        Subdomain { len: len as u8, bytes }
    }
}
/// A subdomain code of the wrong shape.
///
/// # Example
///
/// ```
/// use bevoegd::Subdomain;
///
/// let e = "".parse::<Subdomain>().unwrap_err();
/// assert_eq!(e.to_string(), "subdomain `` must be 1 to 32 bytes long");
/// ```
#[derive(Clone, PartialEq, Eq, Debug, Error)]
#[non_exhaustive]
pub enum SubdomainError {
    /// Empty or too long.
    #[error("subdomain `{input}` must be 1 to {max} bytes long")]
    Length {
        /// The code as given.
        input: String,
        /// The longest allowed.
        max: usize,
    },
    /// A character outside `a-z`, `0-9`, `_`, or not starting with a letter.
    #[error("subdomain `{input}` must start with a-z and hold only a-z, 0-9 and _")]
    Characters {
        /// The code as given.
        input: String,
    },
}
