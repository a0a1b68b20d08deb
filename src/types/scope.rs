//! Restrictions that reach only part of a professional's practice: care for a group of patients,
//! or practice in (or outside) one place; and what a context says of its patient and place.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::types::date::Period;
use crate::types::facts::CaseFact;
use crate::types::procedure::ProcedureSet;
use crate::types::status::RestrictionGround;

/// A group of patients a restriction can name (a disciplinary measure or an order barring care
/// for, e.g., minors). `#[non_exhaustive]`: more groups may be added.
///
/// # Example
///
/// ```
/// use bevoegd::{Lang, PatientGroup};
///
/// assert_eq!(serde_json::from_str::<PatientGroup>("\"minors\"")?, PatientGroup::Minors);
/// assert_eq!(PatientGroup::Minors.name(Lang::Nl), "minderjarigen");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Debug,
    Serialize,
    strum::EnumIter,
    strum::EnumCount,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
#[repr(u8)]
#[non_exhaustive]
pub enum PatientGroup {
    /// Patients under eighteen (minderjarigen).
    Minors,
    /// Female patients.
    Women,
    /// Male patients.
    Men,
}

crate::text::deserialize_by_code!(PatientGroup);

crate::text::name_from_table! {
    /// The group's name in `lang`.
    PatientGroup::name = PATIENT_GROUP;
}

/// What a context says of its patient's membership of each [`PatientGroup`]: in it, not in it,
/// or not said (unknown). On the wire an object of the groups said, e.g. `{"minors": false}`.
///
/// # Example
///
/// ```
/// use bevoegd::{PatientGroup, PatientGroups};
///
/// let adult = PatientGroups::UNKNOWN.with(PatientGroup::Minors, false);
/// assert_eq!(adult.member(PatientGroup::Minors), Some(false));
/// assert_eq!(adult.member(PatientGroup::Women), None);
/// assert_eq!(serde_json::to_string(&adult)?, r#"{"minors":false}"#);
/// assert!(serde_json::from_str::<PatientGroups>(r#"{"elderly":true}"#).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default, Serialize, Deserialize)]
#[serde(from = "PatientGroupsRepr", into = "PatientGroupsRepr")]
pub struct PatientGroups {
    /// One bit per group the context says something of.
    known: u8,
    /// One bit per group the patient belongs to (a subset of `known`).
    member: u8,
}

const _: () = assert!(<PatientGroup as strum::EnumCount>::COUNT <= 8, "widen PatientGroups");

impl PatientGroups {
    /// Nothing said of any group.
    pub const UNKNOWN: PatientGroups = PatientGroups { known: 0, member: 0 };

    const fn bit(group: PatientGroup) -> u8 {
        1 << group as u8
    }

    /// These groups with `group` said: the patient is in it (`true`) or not (`false`).
    #[must_use]
    pub const fn with(self, group: PatientGroup, member: bool) -> PatientGroups {
        let bit = PatientGroups::bit(group);
        PatientGroups { known: self.known | bit, member: if member { self.member | bit } else { self.member & !bit } }
    }

    /// Whether the patient is in `group`, if said.
    #[inline]
    pub const fn member(self, group: PatientGroup) -> Option<bool> {
        let bit = PatientGroups::bit(group);
        if self.known & bit == 0 { None } else { Some(self.member & bit != 0) }
    }

    /// Whether nothing is said of any group.
    pub const fn is_unknown(self) -> bool {
        self.known == 0
    }
}

/// The wire form of [`PatientGroups`]: one optional field per group.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PatientGroupsRepr {
    /// The patient is under eighteen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    minors: Option<bool>,
    /// The patient is female.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    women: Option<bool>,
    /// The patient is male.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    men: Option<bool>,
}

const _: () = assert!(<PatientGroup as strum::EnumCount>::COUNT == 3, "add the new group to PatientGroupsRepr");

impl From<PatientGroupsRepr> for PatientGroups {
    fn from(r: PatientGroupsRepr) -> PatientGroups {
        [(PatientGroup::Minors, r.minors), (PatientGroup::Women, r.women), (PatientGroup::Men, r.men)].into_iter().fold(
            PatientGroups::UNKNOWN,
            |g, (group, said)| match said {
                Some(member) => g.with(group, member),
                None => g,
            },
        )
    }
}

impl From<PatientGroups> for PatientGroupsRepr {
    fn from(g: PatientGroups) -> PatientGroupsRepr {
        PatientGroupsRepr {
            minors: g.member(PatientGroup::Minors),
            women: g.member(PatientGroup::Women),
            men: g.member(PatientGroup::Men),
        }
    }
}

/// What a context says that a restriction by patient group or place is read against.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Setting<'a> {
    /// What is said of the patient's groups.
    pub(crate) patient: PatientGroups,
    /// Where the act takes place, if said.
    pub(crate) place: Option<&'a PlaceId>,
}

/// The longest `system` or `value` of a [`PlaceId`], in bytes.
pub const PLACE_ID_MAX_LEN: usize = 200;

/// A place identifier whose part is empty or too long.
///
/// ```
/// use bevoegd::PlaceId;
///
/// assert_eq!(PlaceId::new("agb", " ").unwrap_err().to_string(), "place `value` must not be empty");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Debug, Error)]
#[non_exhaustive]
pub enum PlaceIdError {
    /// A part is empty (or only spaces).
    #[error("place `{part}` must not be empty")]
    Empty {
        /// `system` or `value`.
        part: &'static str,
    },
    /// A part is longer than [`PLACE_ID_MAX_LEN`].
    #[error("place `{part}` is longer than {PLACE_ID_MAX_LEN} bytes")]
    TooLong {
        /// `system` or `value`.
        part: &'static str,
    },
}

/// Where an act takes place, as the hospital identifies it: an identifier `value` in a `system`
/// (the AGB register's code of a practice or institution, or the institution's own code for a
/// location). Two places are the same when both parts are equal, byte for byte.
///
/// # Example
///
/// ```
/// use bevoegd::PlaceId;
///
/// let place = PlaceId::new("agb", "06010203")?;
/// assert_eq!(serde_json::to_string(&place)?, r#"{"system":"agb","value":"06010203"}"#);
/// assert!(serde_json::from_str::<PlaceId>(r#"{"system":"","value":"x"}"#).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
#[serde(try_from = "PlaceIdRepr", into = "PlaceIdRepr")]
pub struct PlaceId {
    system: String,
    value: String,
}

/// The wire form of [`PlaceId`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PlaceIdRepr {
    /// The identifier system, e.g. `agb` or the institution's own name for its codes.
    system: String,
    /// The identifier within the system.
    value: String,
}

impl TryFrom<PlaceIdRepr> for PlaceId {
    type Error = PlaceIdError;
    fn try_from(r: PlaceIdRepr) -> Result<PlaceId, PlaceIdError> {
        PlaceId::new(r.system, r.value)
    }
}

impl From<PlaceId> for PlaceIdRepr {
    fn from(p: PlaceId) -> PlaceIdRepr {
        PlaceIdRepr { system: p.system, value: p.value }
    }
}

impl PlaceId {
    /// A place identifier.
    ///
    /// # Errors
    ///
    /// [`PlaceIdError`] when a part is empty (or only spaces) or longer than
    /// [`PLACE_ID_MAX_LEN`] bytes.
    pub fn new(system: impl Into<String>, value: impl Into<String>) -> Result<PlaceId, PlaceIdError> {
        let (system, value) = (system.into(), value.into());
        for (part, text) in [("system", &system), ("value", &value)] {
            if text.trim().is_empty() {
                return Err(PlaceIdError::Empty { part });
            }
            if text.len() > PLACE_ID_MAX_LEN {
                return Err(PlaceIdError::TooLong { part });
            }
        }
        Ok(PlaceId { system, value })
    }

    /// The identifier system.
    pub fn system(&self) -> &str {
        &self.system
    }

    /// The identifier.
    pub fn value(&self) -> &str {
        &self.value
    }
}

/// What part of the practice a [`ScopedRestriction`] reaches.
///
/// # Example
///
/// ```
/// use bevoegd::{PatientGroup, PlaceId, RestrictionScope};
///
/// let minors = RestrictionScope::PatientGroup { group: PatientGroup::Minors };
/// assert_eq!(serde_json::to_string(&minors)?, r#"{"patient_group":{"group":"minors"}}"#);
/// let only = RestrictionScope::OnlyPlace { place: PlaceId::new("agb", "06010203")? };
/// assert_eq!(serde_json::to_string(&only)?, r#"{"only_place":{"place":{"system":"agb","value":"06010203"}}}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum RestrictionScope {
    /// No care for patients of this group.
    PatientGroup {
        /// The group.
        group: PatientGroup,
    },
    /// Practice only in this place: anywhere else the restricted procedures are barred.
    OnlyPlace {
        /// The one place practice is allowed.
        place: PlaceId,
    },
    /// No practice in this place.
    NotPlace {
        /// The place practice is barred.
        place: PlaceId,
    },
}

/// How a [`RestrictionScope`] reaches an act, without the place's identifier: what a reason
/// names (the identifier is the request's).
///
/// ```
/// use bevoegd::{PatientGroup, ScopeKind};
///
/// assert_eq!(serde_json::to_string(&ScopeKind::PatientGroup { group: PatientGroup::Minors })?, r#"{"patient_group":{"group":"minors"}}"#);
/// assert_eq!(serde_json::to_string(&ScopeKind::OnlyPlace)?, r#""only_place""#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum ScopeKind {
    /// No care for patients of this group.
    PatientGroup {
        /// The group.
        group: PatientGroup,
    },
    /// Practice only in one place.
    OnlyPlace,
    /// No practice in one place.
    NotPlace,
}

impl ScopeKind {
    /// The case fact an answer waits on while the context leaves this scope open.
    pub const fn fact(self) -> CaseFact {
        match self {
            ScopeKind::PatientGroup { .. } => CaseFact::PatientGroup,
            ScopeKind::OnlyPlace | ScopeKind::NotPlace => CaseFact::Place,
        }
    }
}

impl RestrictionScope {
    /// The scope without the place's identifier.
    pub const fn kind(&self) -> ScopeKind {
        match self {
            RestrictionScope::PatientGroup { group } => ScopeKind::PatientGroup { group: *group },
            RestrictionScope::OnlyPlace { .. } => ScopeKind::OnlyPlace,
            RestrictionScope::NotPlace { .. } => ScopeKind::NotPlace,
        }
    }

    /// Whether the scope reaches an act for this patient in this place: `Some(true)` when it
    /// does, `Some(false)` when it does not, `None` when the context leaves open what it reads.
    pub fn reaches(&self, patient: PatientGroups, place: Option<&PlaceId>) -> Option<bool> {
        match self {
            RestrictionScope::PatientGroup { group } => patient.member(*group),
            RestrictionScope::OnlyPlace { place: allowed } => place.map(|p| p != allowed),
            RestrictionScope::NotPlace { place: barred } => place.map(|p| p == barred),
        }
    }
}

/// A restriction of a registration's authority that reaches part of the practice only: a group
/// of patients, or a place. On the days of its `period`, the registration does not authorise the
/// `procedures` (every reserved procedure when left out) for an act the scope reaches; an act the
/// context leaves open (no patient group or place given) is permitted only on condition that it
/// falls outside the scope.
///
/// It sits beside the status history (a registration's `restrictions`), because it restricts a
/// registration that is otherwise in force; a status that takes the whole authority (suspended,
/// struck off) prevails on its days.
///
/// # Example
///
/// ```
/// use bevoegd::{Date, PatientGroup, Period, RestrictionGround, RestrictionScope, ScopedRestriction};
///
/// let r = ScopedRestriction {
///     period: Period::starting(Date::new(2025, 3, 1)?),
///     ground: RestrictionGround::PartialWithdrawal,
///     procedures: None,
///     scope: RestrictionScope::PatientGroup { group: PatientGroup::Minors },
/// };
/// assert_eq!(
///     serde_json::to_string(&r)?,
///     r#"{"period":{"from":"2025-03-01"},"ground":"partial_withdrawal","scope":{"patient_group":{"group":"minors"}}}"#
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScopedRestriction {
    /// The days it holds.
    pub period: Period,
    /// The measure that imposed it.
    pub ground: RestrictionGround,
    /// The procedures it restricts; every reserved procedure when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedures: Option<ProcedureSet>,
    /// What part of the practice it reaches.
    pub scope: RestrictionScope,
}

impl ScopedRestriction {
    /// The procedures it restricts.
    #[inline]
    pub fn restricted(&self) -> ProcedureSet {
        self.procedures.unwrap_or(ProcedureSet::ALL)
    }
}
