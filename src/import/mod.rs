//! What the importers (features `big-register` and `fhir`) share: the result of a conversion,
//! the records left out on purpose, and the error that names the record element and its value.

#[cfg(feature = "big-register")]
pub mod big_register;
#[cfg(feature = "fhir")]
pub mod fhir;
#[cfg(feature = "fhir-xml")]
pub(crate) mod fhir_xml;

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};
use thiserror::Error;

use crate::input::error::ValidationError;
use crate::input::professional::{BigNumber, Professional, ProfessionalBuilder, Registration};
use crate::text::quoted;
use crate::types::date::{Date, Period};
use crate::types::profession::Profession;
use crate::types::status::StatusPeriod;

/// A converted professional, with every source record that was read but left out and why, and
/// every record that could not be placed.
///
/// - **Skipped**: a record that grants nothing by itself (a physician's specialism, a registration
///   of a group without reserved procedures, an annotation the table has no row for, a FHIR
///   identifier that is not a BIG number, a role without a specialty). Leaving it out can make an
///   answer stricter, never more permissive; it is listed with its path and why.
/// - **Errors**: a record that could grant or take away authority and cannot be placed (an unknown
///   specialism, dates that contradict each other, a measure with unreadable dates, ...). The
///   registration it belongs to is left out (stricter, never more permissive), the person's other
///   registrations stay, and the error is listed here. Only when nothing of the person is left is
///   the conversion itself an error (the first of them).
/// - A register measure whose description cannot be placed is an error too, but what it does is
///   kept: the registration stays, with
///   [`RegistrationStatus::UnknownMeasure`](crate::RegistrationStatus::UnknownMeasure) for the
///   measure's dates (on those days it grants nothing; other days are unaffected).
#[derive(Clone, PartialEq, Eq, Debug, Serialize)]
#[non_exhaustive]
pub struct Imported {
    /// The professional.
    pub professional: Professional,
    /// The records read and left out, in source order.
    pub skipped: Vec<Skipped>,
    /// The records that could not be placed, in source order: each left out its registration (a
    /// FHIR role or qualification: itself), except an unreadable measure, kept as an unknown one.
    pub errors: Vec<ImportError>,
}

/// A source record left out of the conversion, and why.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize)]
#[non_exhaustive]
pub struct Skipped {
    /// Where the record is in the source, e.g. `Specialism[0].TypeOfSpecialismId`.
    pub path: String,
    /// Its code or value.
    pub value: String,
    /// Why it has no effect here.
    pub why: &'static str,
}

/// A source record that cannot be converted: the element's path, its value (cut to
/// [`QUOTE_MAX`](crate::QUOTE_MAX) characters) and what is wrong.
///
/// ```
/// # #[cfg(feature = "big-register")] {
/// use bevoegd::big_register::Person;
/// use bevoegd::Date;
///
/// let person: Person = serde_json::from_str(r#"{"ArticleRegistration":{"ArticleRegistrationExtApp":[
///     {"ArticleRegistrationNumber":"19012345601","ArticleRegistrationStartDate":"2010-01-01T00:00:00",
///      "ArticleRegistrationEndDate":"0001-01-01T00:00:00","ProfessionalGroupCode":"77"}]}}"#)?;
/// let err = person.to_professional(Date::new(2026, 1, 1)?).unwrap_err();
/// assert_eq!(err.path, "ArticleRegistration[0].ProfessionalGroupCode");
/// assert_eq!(err.to_string(), "`ArticleRegistration[0].ProfessionalGroupCode` = `77`: not a professional group code of the BIG register");
/// # }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Debug, Error)]
#[error("`{path}` = `{value}`: {problem}")]
#[non_exhaustive]
pub struct ImportError {
    /// Where the element is in the source.
    pub path: String,
    /// Its value as given (cut to [`QUOTE_MAX`](crate::QUOTE_MAX) characters).
    pub value: String,
    /// What is wrong.
    pub problem: ImportProblem,
}

/// The wire form: `{"path", "value", "message"}`.
impl Serialize for ImportError {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = s.serialize_struct("ImportError", 3)?;
        out.serialize_field("path", &self.path)?;
        out.serialize_field("value", &self.value)?;
        out.serialize_field("message", &self.problem.to_string())?;
        out.end()
    }
}

/// The wire form of [`ImportError`], for the schema.
#[cfg(feature = "schema")]
#[derive(schemars::JsonSchema)]
#[allow(dead_code, reason = "describes the wire form `ImportError` serializes to")]
pub(crate) struct ImportErrorWire {
    /// Where the element is in the source.
    path: String,
    /// Its value as given.
    value: String,
    /// What is wrong.
    message: String,
}

impl ImportError {
    /// The message a staff file's `errors` carries: the value (when there is one) and what is
    /// wrong, without the path.
    pub fn message(&self) -> String {
        if self.value.is_empty() { self.problem.to_string() } else { format!("`{}`: {}", self.value, self.problem) }
    }

    pub(crate) fn new(path: impl Into<String>, value: &str, problem: ImportProblem) -> ImportError {
        ImportError { path: path.into(), value: quoted(value), problem }
    }
}

/// What is wrong with a source record.
#[derive(Clone, PartialEq, Eq, Debug, Error)]
#[non_exhaustive]
pub enum ImportProblem {
    /// A professional group code (`PP`) the BIG register does not have.
    #[error("not a professional group code of the BIG register")]
    UnknownProfessionalGroup,
    /// A specialism id the code list does not have for that professional group.
    #[error("not a specialism of professional group `{group}` in the code list")]
    UnknownSpecialism {
        /// The professional group.
        group: String,
    },
    /// A code of a recognised code system that the tables do not know.
    #[error("a code the tables do not know")]
    UnknownCode,
    /// A mention (annotation) type the table does not know.
    #[error("not a mention type the table knows")]
    UnknownMention,
    /// A professional group the register uses for "unknown".
    #[error("the register records the profession as unknown")]
    ProfessionUnknown,
    /// A measure (judgment provision or limitation) whose effect cannot be placed from the source:
    /// the registration keeps it as an unknown measure for its dates.
    #[error(
        "cannot tell which measure this is from the register's data ({why}); place it with a measure mapping (`--measures`) or the record's `measure` field"
    )]
    UnplacedMeasure {
        /// What is missing.
        why: &'static str,
    },
    /// A date-time that is not `YYYY-MM-DDThh:mm:ss` (optionally with fractions of a second),
    /// or carries a time zone, so its day is not certain.
    #[error("not a date-time `YYYY-MM-DDThh:mm:ss` without a time zone")]
    MalformedDateTime,
    /// A required date that is absent (`xsi:nil`, empty, or the `0001-01-01` placeholder).
    #[error("a start date is required here")]
    MissingDate,
    /// Dates that contradict each other.
    #[error("{0}")]
    InconsistentDates(String),
    /// A BIG number that is not 1 to 11 digits.
    #[error("not a BIG number (1 to 11 digits)")]
    MalformedBigNumber,
    /// A record that names a BIG number none of the person's registrations has.
    #[error("no registration of this person has this BIG number")]
    UnknownBigNumber,
    /// A record that belongs to a registration of another profession than it needs.
    #[error("belongs to a `{found}` registration; it needs a `{needs}` registration")]
    WrongRegistration {
        /// The profession of the registration named.
        found: Profession,
        /// The profession the record needs.
        needs: Profession,
    },
    /// A FHIR resource element that is required here and absent.
    #[error("absent")]
    Missing,
    /// A FHIR reference that does not resolve to a resource given.
    #[error("does not refer to a Practitioner given")]
    UnresolvedReference,
    /// A value that does not have the form its system requires.
    #[error("not of the form `{expected}`")]
    Malformed {
        /// The form required.
        expected: &'static str,
    },
    /// No record of this person grants any registration the law table knows.
    #[error("no registration the law table knows")]
    NoRegistration,
    /// The records, once converted, contradict each other.
    #[error(transparent)]
    Invalid(ValidationError),
}

/// A date-time as the register sends it: `YYYY-MM-DDThh:mm:ss[.fffffff]`, without a time zone.
/// Only the day counts: the register records measures to the second, the law by the day.
#[cfg_attr(not(feature = "big-register"), allow(dead_code, reason = "the register importer's"))]
pub(crate) fn date_of(path: &str, text: &str) -> Result<Date, ImportError> {
    let bad = || ImportError::new(path, text, ImportProblem::MalformedDateTime);
    let (day, time) = text.split_once('T').unwrap_or((text, ""));
    let time_ok = time.is_empty()
        || (time.len() >= 8
            && time.bytes().enumerate().all(|(i, b)| match i {
                2 | 5 => b == b':',
                8 => b == b'.',
                _ => b.is_ascii_digit(),
            }));
    if !time_ok {
        return Err(bad());
    }
    day.parse::<Date>().map_err(|_| bad())
}

/// The day a register end date means, `None` for "open": `xsi:nil`, empty, or the
/// `0001-01-01T00:00:00` placeholder the register sends for an open-ended registration.
#[cfg_attr(not(feature = "big-register"), allow(dead_code, reason = "the register importer's"))]
pub(crate) fn end_of(path: &str, text: Option<&str>) -> Result<Option<Date>, ImportError> {
    match text.map(str::trim) {
        None | Some("") => Ok(None),
        Some(t) if t.starts_with("0001-01-01") => Ok(None),
        Some(t) => date_of(path, t).map(Some),
    }
}

/// A period from two source dates, or an error naming the end element.
#[cfg_attr(not(feature = "big-register"), allow(dead_code, reason = "the register importer's"))]
pub(crate) fn period(path: &str, from: Date, until: Option<Date>) -> Result<Period, ImportError> {
    Period::new(from, until).map_err(|e| {
        ImportError::new(
            path,
            &until.map(|d| d.to_string()).unwrap_or_default(),
            ImportProblem::InconsistentDates(e.to_string()),
        )
    })
}

/// A BIG number from the register's decimal (leading zeros may be lost) or a text of 11 digits.
#[cfg_attr(not(feature = "big-register"), allow(dead_code, reason = "the register importer's"))]
pub(crate) fn big_number(path: &str, text: &str) -> Result<BigNumber, ImportError> {
    let t = text.trim();
    let t = t.strip_suffix(".0").unwrap_or(t);
    if t.is_empty() || t.len() > 11 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ImportError::new(path, text, ImportProblem::MalformedBigNumber));
    }
    format!("{t:0>11}").parse().map_err(|_| ImportError::new(path, text, ImportProblem::MalformedBigNumber))
}

/// Text from a string, a number or a boolean: XML carries every value as text, JSON may carry
/// the register's decimals and booleans as such.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize)]
#[serde(transparent)]
pub struct Text(pub String);

impl Text {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text(s.to_owned())
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a text or a number")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text(v.to_owned()))
            }
            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Text, E> {
                Ok(Text(v.to_string()))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Text, E> {
                Ok(Text(v.to_string()))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Text, E> {
                Ok(Text(v.to_string()))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Text, E> {
                Ok(Text(v.to_string()))
            }
            /// An XML element as a serde XML reader presents it: its text under `$text` (or
            /// `$value`), attributes such as `xsi:nil` under their names. An element without text
            /// (`<EndDate xsi:nil="true"/>`) is empty text.
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut text = Text::default();
                while let Some(key) = map.next_key::<String>()? {
                    if key == "$text" || key == "$value" {
                        text = map.next_value::<Text>()?;
                    } else {
                        map.next_value::<serde::de::IgnoredAny>()?;
                    }
                }
                Ok(text)
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Text, E> {
                Ok(Text::default())
            }
        }
        d.deserialize_any(V)
    }
}

/// One registration being assembled from source records: its profession, BIG number and the
/// status periods found so far.
pub(crate) struct Draft {
    pub(crate) profession: Profession,
    pub(crate) big_number: Option<BigNumber>,
    pub(crate) history: Vec<StatusPeriod>,
    pub(crate) provenance: Option<crate::input::provenance::Provenance>,
}

/// Builds the professional from drafts (merging drafts of one profession, whose histories must
/// not overlap) plus what the builder already holds.
pub(crate) fn finish(
    mut builder: ProfessionalBuilder,
    mut drafts: Vec<Draft>,
    path: &str,
) -> Result<Professional, ImportError> {
    if drafts.is_empty() {
        return Err(ImportError::new(path, "", ImportProblem::NoRegistration));
    }
    drafts.sort_by_key(|d| (d.profession, d.history.first().map(|s| s.period.from())));
    let mut merged: Vec<Draft> = Vec::new();
    for d in drafts {
        match merged.last_mut() {
            Some(last) if last.profession == d.profession => {
                last.history.extend(d.history);
                // The later registration's number is the one in force, and its look-up the source.
                last.big_number = d.big_number.or(last.big_number);
                last.provenance = d.provenance.or(last.provenance.take());
            }
            _ => merged.push(d),
        }
    }
    for d in merged {
        let reg = Registration::new(d.profession, d.big_number, d.history)
            .map_err(|e| ImportError::new(path, d.profession.code(), ImportProblem::Invalid(e)))?
            .with_provenance(d.provenance);
        builder = builder.registration(reg);
    }
    builder.build().map_err(|e| ImportError::new(path, "", ImportProblem::Invalid(e)))
}

/// What a professional group code (`PP` of RoleCodeNL, `ProfessionalGroupCode` of the register)
/// means here.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum GroupMeaning {
    /// A profession of the law table.
    Profession(Profession),
    /// A profession or title with no reserved procedure of its own in the law table; its records
    /// are skipped, with this reason.
    NoEffect(&'static str),
    /// The register's "unknown" (99): an error, since it could be anything.
    Unknown,
}

const NO_RESERVED: &str = "a profession without reserved procedures of its own (Wet BIG art. 36 names it nowhere)";
const ART34_NO_RESERVED: &str = "an art. 34 title without reserved procedures of its own";

/// Every professional group code, with its meaning.
///
/// Sources, checked on 2026-12-01: the codes of the CIBG webservice's reference data
/// (`GetRibizReferenceData` → `ProfessionalGroups`, as listed by public clients of the service)
/// and the `PP` part of RoleCodeNL (CodeSystem `http://fhir.nl/fhir/NamingSystem/uzi-rolcode`,
/// version 11.7.0 of 2024-06-27, Nictiz, from the UZI-register CPS 11.7), which uses the same
/// codes. `18` (apotheekhoudende artsen) occurs in the register's list only.
pub const PROFESSIONAL_GROUPS: &[(&str, GroupMeaning)] = &[
    ("01", GroupMeaning::Profession(Profession::Physician)),
    ("02", GroupMeaning::Profession(Profession::Dentist)),
    ("03", GroupMeaning::Profession(Profession::Midwife)),
    ("04", GroupMeaning::Profession(Profession::Physiotherapist)),
    ("16", GroupMeaning::Profession(Profession::Psychotherapist)),
    ("17", GroupMeaning::Profession(Profession::Pharmacist)),
    (
        "18",
        GroupMeaning::NoEffect("dispensing physicians: the physician's own registration (01) carries the authority"),
    ),
    ("25", GroupMeaning::Profession(Profession::HealthcarePsychologist)),
    ("30", GroupMeaning::Profession(Profession::Nurse)),
    ("31", GroupMeaning::NoEffect(NO_RESERVED)),
    ("79", GroupMeaning::Profession(Profession::RegisteredDentalHygienist)),
    (
        "80",
        GroupMeaning::NoEffect(
            "bachelor medisch hulpverlener: its art. 36a experiment is not in the law table (an open question in the README)",
        ),
    ),
    ("81", GroupMeaning::Profession(Profession::PhysicianAssistant)),
    ("82", GroupMeaning::Profession(Profession::ClinicalTechnologist)),
    ("83", GroupMeaning::NoEffect(ART34_NO_RESERVED)),
    ("84", GroupMeaning::NoEffect(ART34_NO_RESERVED)),
    ("85", GroupMeaning::NoEffect(ART34_NO_RESERVED)),
    ("86", GroupMeaning::NoEffect(ART34_NO_RESERVED)),
    ("87", GroupMeaning::NoEffect(ART34_NO_RESERVED)),
    ("88", GroupMeaning::NoEffect(ART34_NO_RESERVED)),
    ("89", GroupMeaning::NoEffect(ART34_NO_RESERVED)),
    ("90", GroupMeaning::NoEffect(ART34_NO_RESERVED)),
    ("91", GroupMeaning::NoEffect(ART34_NO_RESERVED)),
    ("92", GroupMeaning::Profession(Profession::DentalHygienist)),
    ("93", GroupMeaning::NoEffect(ART34_NO_RESERVED)),
    ("94", GroupMeaning::NoEffect(ART34_NO_RESERVED)),
    ("95", GroupMeaning::NoEffect(ART34_NO_RESERVED)),
    ("96", GroupMeaning::NoEffect(ART34_NO_RESERVED)),
    ("97", GroupMeaning::Profession(Profession::Radiographer)),
    ("98", GroupMeaning::Profession(Profession::RadiotherapyTechnician)),
    ("99", GroupMeaning::Unknown),
];

/// The nurse-specialist categories by specialism id (`SSS` of RoleCodeNL `30.SSS`,
/// `TypeOfSpecialismId` of the register). Source: RoleCodeNL 11.7.0 (2024-06-27), which marks
/// 30.066 and 30.067 deprecated from 2021-01-01 and 30.065 and 30.068 from 2023-07-01 (the days
/// the categories stopped being designated; the law table's rows end then too); checked
/// 2026-12-01.
pub const NURSE_SPECIALISMS: &[(u16, crate::types::profession::Qualification)] = {
    use crate::types::profession::Qualification as Q;
    &[
        (65, Q::NurseSpecialistPreventiveCare),
        (66, Q::NurseSpecialistAcuteCare),
        (67, Q::NurseSpecialistIntensiveCare),
        (68, Q::NurseSpecialistChronicCare),
        (69, Q::NurseSpecialistMentalHealth),
        (76, Q::NurseSpecialistGeneralHealthcare),
    ]
};

/// The other specialism ids per professional group (medical specialisms, orthodontist and oral
/// surgeon, hospital pharmacist, clinical psychologist, ...): read and skipped, since the law
/// table grants nothing by them. Source: RoleCodeNL 11.7.0 (2024-06-27), checked 2026-12-01.
pub const OTHER_SPECIALISMS: &[(&str, &[u16])] = &[
    (
        "01",
        &[
            2, 3, 4, 8, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20, 21, 22, 23, 24, 25, 26, 30, 31, 32, 33, 34, 35, 39, 40,
            41, 42, 45, 46, 47, 48, 50, 55, 56, 62, 70, 71, 74,
        ],
    ),
    ("02", &[53, 54]),
    ("17", &[60, 75]),
    ("25", &[61, 63]),
];

/// What a specialism id under a professional group means.
pub(crate) enum SpecialismMeaning {
    Qualification(crate::types::profession::Qualification),
    NoEffect,
    Unknown,
}

pub(crate) fn group_meaning(code: &str) -> Option<GroupMeaning> {
    PROFESSIONAL_GROUPS.iter().find(|(c, _)| *c == code).map(|(_, m)| *m)
}

pub(crate) fn specialism_meaning(group: &str, id: u16) -> SpecialismMeaning {
    if group == "30"
        && let Some((_, q)) = NURSE_SPECIALISMS.iter().find(|(i, _)| *i == id)
    {
        return SpecialismMeaning::Qualification(*q);
    }
    if OTHER_SPECIALISMS.iter().any(|(g, ids)| *g == group && ids.contains(&id)) {
        SpecialismMeaning::NoEffect
    } else {
        SpecialismMeaning::Unknown
    }
}

pub(crate) const SPECIALISM_NO_EFFECT: &str = "a specialism the law table grants nothing by";
