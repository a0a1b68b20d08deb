//! Training as dated records: master tracks, fellowships and the sub-area a professional was
//! trained in.

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use thiserror::Error;

use crate::types::date::Date;
use crate::types::subdomain::Subdomain;

/// What kind of training a [`Training`] record is.
///
/// The seeds name three: the master track of the technical-medicine master (Imaging &
/// Interventions, Sensing & Stimulation), the two-year clinical fellowship within one discipline
/// (intensive care, oral and maxillofacial surgery, plastic surgery, neurology, radiotherapy), and
/// the sub-area (deelgebied) a physician assistant or clinical technologist was trained in. The
/// law asks only whether an act falls in the sub-area "waarin hij is opgeleid" (Besluit klinisch
/// technoloog art. 4; Besluit physician assistant art. 5): every kind counts once completed, none
/// before.
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
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TrainingKind {
    /// A master track (masterrichting), e.g. `imaging_interventions`.
    MasterTrack,
    /// A clinical fellowship within a discipline (klinische verdieping).
    Fellowship,
    /// The sub-area (deelgebied) of the profession's training.
    SubArea,
}

crate::text::deserialize_by_code!(TrainingKind);

impl TrainingKind {
    /// The stable snake_case code.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

impl std::fmt::Display for TrainingKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Why a [`Training`] record contradicts itself.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Error)]
#[non_exhaustive]
pub enum TrainingError {
    /// A completed record with dates, or of another kind than a sub-area, without a completion day.
    #[error("a completed `{kind}` record needs its completion day in `until`")]
    CompletedWithoutDay {
        /// The kind of training.
        kind: TrainingKind,
    },
    /// A record that ends before it starts.
    #[error("training ends on `{until}`, before it starts on `{from}`")]
    EndsBeforeStart {
        /// The first day.
        from: Date,
        /// The last day.
        until: Date,
    },
}

/// A dated training record: what was trained, in which discipline, when, and whether it was
/// completed.
///
/// The rule ([`Training::counts_on`]): a completed record makes the professional trained in its
/// discipline from its completion day (`until`) on; a record still in progress counts on no day,
/// so a fellowship not yet finished does not widen where a clinical technologist may act
/// independently. A record without dates ([`Training::sub_area`]) is what a plain code in
/// `trained_in` always meant: a completed sub-area, counted on every day.
///
/// # Wire form
///
/// Inside `trained_in`, a plain code or an object:
///
/// ```
/// use bevoegd::{Date, Training, TrainingKind};
///
/// let fellowship: Training = serde_json::from_str(
///     r#"{"kind":"fellowship","discipline":"intensive_care","from":"2023-09-01","until":"2025-08-31","completed":true}"#,
/// )?;
/// assert_eq!(fellowship.kind, TrainingKind::Fellowship);
/// assert!(!fellowship.counts_on(Date::new(2025, 8, 30)?));
/// assert!(fellowship.counts_on(Date::new(2025, 8, 31)?));
/// // A plain code: a completed sub-area, always counted, and written back as the plain code.
/// let plain: Training = serde_json::from_str(r#""cardiology""#)?;
/// assert_eq!(plain, Training::sub_area("cardiology".parse()?));
/// assert_eq!(serde_json::to_string(&plain)?, r#""cardiology""#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Training {
    /// The kind of training.
    pub kind: TrainingKind,
    /// The discipline or sub-area, as the subdomain code contexts use.
    pub discipline: Subdomain,
    /// The first day of the training, if known.
    pub from: Option<Date>,
    /// The last day: the completion day when completed, the expected end while in progress.
    pub until: Option<Date>,
    /// Whether the training was completed (on `until`).
    pub completed: bool,
}

impl Training {
    /// A completed sub-area without dates: what a plain `trained_in` code means.
    pub const fn sub_area(discipline: Subdomain) -> Training {
        Training { kind: TrainingKind::SubArea, discipline, from: None, until: None, completed: true }
    }

    /// Whether the record makes the professional trained in [`discipline`](Self::discipline) on
    /// `date`: completed, and completed on or before `date`.
    ///
    /// ```
    /// use bevoegd::{Date, Training, TrainingKind};
    ///
    /// let in_progress = Training {
    ///     kind: TrainingKind::Fellowship,
    ///     discipline: "radiotherapy".parse()?,
    ///     from: Some(Date::new(2025, 9, 1)?),
    ///     until: Some(Date::new(2027, 8, 31)?),
    ///     completed: false,
    /// };
    /// assert!(!in_progress.counts_on(Date::new(2028, 1, 1)?), "an unfinished fellowship never counts");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub fn counts_on(&self, date: Date) -> bool {
        self.completed && self.until.is_none_or(|u| u <= date)
    }

    /// The day from which the record counts, when that is a particular day.
    pub(crate) fn counts_from(&self) -> Option<Date> {
        if self.completed { self.until } else { None }
    }

    /// Checks the record's own consistency.
    ///
    /// # Errors
    ///
    /// [`TrainingError`] when a dated record (or any record other than a sub-area) is completed
    /// without a completion day, or a record ends before it starts.
    ///
    /// ```
    /// use bevoegd::{Training, TrainingKind};
    ///
    /// let t = Training { kind: TrainingKind::Fellowship, ..Training::sub_area("neurology".parse()?) };
    /// assert_eq!(t.validate().unwrap_err().to_string(), "a completed `fellowship` record needs its completion day in `until`");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn validate(&self) -> Result<(), TrainingError> {
        if let (Some(from), Some(until)) = (self.from, self.until)
            && until < from
        {
            return Err(TrainingError::EndsBeforeStart { from, until });
        }
        if self.completed && self.until.is_none() && (self.from.is_some() || self.kind != TrainingKind::SubArea) {
            return Err(TrainingError::CompletedWithoutDay { kind: self.kind });
        }
        Ok(())
    }

    pub(crate) fn is_plain(&self) -> bool {
        *self == Training::sub_area(self.discipline)
    }
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TrainingRepr {
    kind: TrainingKind,
    discipline: Subdomain,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    from: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    until: Option<Date>,
    completed: bool,
}

impl Serialize for Training {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.is_plain() {
            self.discipline.serialize(s)
        } else {
            TrainingRepr {
                kind: self.kind,
                discipline: self.discipline,
                from: self.from,
                until: self.until,
                completed: self.completed,
            }
            .serialize(s)
        }
    }
}

impl<'de> Deserialize<'de> for Training {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Training, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Training;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a subdomain code or a training record {kind, discipline, from, until, completed}")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Training, E> {
                v.parse::<Subdomain>().map(Training::sub_area).map_err(E::custom)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Training, A::Error> {
                let r = TrainingRepr::deserialize(de::value::MapAccessDeserializer::new(map))?;
                let t = Training {
                    kind: r.kind,
                    discipline: r.discipline,
                    from: r.from,
                    until: r.until,
                    completed: r.completed,
                };
                t.validate().map_err(de::Error::custom)?;
                Ok(t)
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Training {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Training".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let plain = generator.subschema_for::<Subdomain>();
        let record = generator.subschema_for::<TrainingRepr>();
        schemars::json_schema!({
            "description": "A subdomain code (a completed sub-area) or a dated training record.",
            "anyOf": [plain, record]
        })
    }
}
