//! Where a record of a professional came from: a look-up in the BIG register, a FHIR resource, a
//! hospital's export, or given by hand. An auditor reads it in the professional's wire form and
//! in the audit record of every answer it granted.

use serde::{Deserialize, Serialize};

use crate::input::professional::{Competence, QualificationRecord};
use crate::types::date::Date;
use crate::types::profession::Profession;

/// The kind of source a record came from.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Debug,
    Serialize,
    strum::EnumIter,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SourceKind {
    /// An answer of the BIG register (the CIBG webservice), looked up on `on`; `id` is the BIG
    /// number.
    Register,
    /// A FHIR resource (`id`: `PractitionerRole/{id}` or `Practitioner/{id}`), read on `on`.
    Fhir,
    /// A hospital's export (learning or HR system); `id` names the file and line.
    Export,
    /// Given by hand.
    Manual,
}

crate::text::deserialize_by_code!(SourceKind);

/// Where a registration, qualification or competence record came from (an optional part of each
/// record's wire form: a record without it means what it always meant).
///
/// `unconfirmed` marks a registration known only from a FHIR role, never looked up in the
/// register (`bevoegd import fhir --role-only unconfirmed`): for hospitals that trust the
/// register alone, such a registration grants only once the request states
/// `"registration_confirmed": true` in its `facts`; until then the answer is conditional on it.
///
/// ```
/// use bevoegd::{Date, Provenance, SourceKind};
///
/// let p: Provenance = serde_json::from_str(r#"{"source":"fhir","on":"2026-01-05","id":"PractitionerRole/r1","unconfirmed":true}"#)?;
/// assert_eq!(p.source, SourceKind::Fhir);
/// assert!(p.unconfirmed);
/// assert_eq!(serde_json::to_string(&Provenance::register(Date::new(2026, 1, 5)?, "19012345601"))?,
///     r#"{"source":"register","on":"2026-01-05","id":"19012345601"}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Provenance {
    /// The kind of source.
    pub source: SourceKind,
    /// The day the source was read (looked up, exported).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on: Option<Date>,
    /// The record in the source: a BIG number, a FHIR resource reference, a file and line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// A registration known only from a FHIR role, not confirmed by the register.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unconfirmed: bool,
}

impl Provenance {
    /// A register look-up on `on` of the registration with this BIG number.
    pub fn register(on: Date, big_number: impl Into<String>) -> Provenance {
        Provenance { source: SourceKind::Register, on: Some(on), id: Some(big_number.into()), unconfirmed: false }
    }

    /// A FHIR resource (`PractitionerRole/r1`) read on `on`.
    pub fn fhir(on: Date, resource: impl Into<String>) -> Provenance {
        Provenance { source: SourceKind::Fhir, on: Some(on), id: Some(resource.into()), unconfirmed: false }
    }

    /// A hospital export read on `on`, at `id` (e.g. `lms.csv:12`).
    pub fn export(on: Option<Date>, id: impl Into<String>) -> Provenance {
        Provenance { source: SourceKind::Export, on, id: Some(id.into()), unconfirmed: false }
    }

    /// Given by hand.
    pub const fn manual() -> Provenance {
        Provenance { source: SourceKind::Manual, on: None, id: None, unconfirmed: false }
    }

    /// This provenance marked as not confirmed by the register.
    #[must_use]
    pub fn unconfirmed(self) -> Provenance {
        Provenance { unconfirmed: true, ..self }
    }
}

/// A record of a professional that carries a provenance, named by its value.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub(crate) enum Sourced {
    Qualification(QualificationRecord),
    Competence(Competence),
}

/// A record that granted an answer, and where it came from: what an audit record lists under
/// `granted_by`.
///
/// ```
/// use bevoegd::{decide, law, AuditRecord, Lang, Provenance, Request};
///
/// let rule = &law::NURSE_SPECIALIST_AGZ_PRESCRIBING;
/// let (vs, ctx) = rule.example_case()?;
/// let looked_up = Provenance::register(ctx.date(), "79012345630");
/// let vs = vs.to_builder().provenance_of_registrations(looked_up.clone()).build()?;
/// let record = Request::new(vs, rule.procedure, ctx)?.audit(Lang::En);
/// assert_eq!(record.granted_by[0].record, "registration");
/// assert_eq!(record.granted_by[0].provenance, looked_up);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct GrantedBy {
    /// `registration`, `qualification` or `competence`.
    pub record: String,
    /// Its code: the profession, the qualification or the procedure.
    pub code: String,
    /// Where it came from.
    pub provenance: Provenance,
}

impl GrantedBy {
    pub(crate) fn registration(p: Profession, provenance: Provenance) -> GrantedBy {
        GrantedBy { record: "registration".to_owned(), code: p.code().to_owned(), provenance }
    }

    pub(crate) fn qualification(q: &QualificationRecord, provenance: Provenance) -> GrantedBy {
        GrantedBy { record: "qualification".to_owned(), code: q.qualification.code().to_owned(), provenance }
    }

    pub(crate) fn competence(c: &Competence, provenance: Provenance) -> GrantedBy {
        GrantedBy { record: "competence".to_owned(), code: c.procedure.code().to_owned(), provenance }
    }
}
