//! The answers over time: how long one holds ([`HoldsUntil`]), a span of days with one answer
//! ([`Span`]), and what changes between two ([`Change`]). The functions that compute them are in
//! `timeline`; the types live here, beside the report that carries them.

use serde::{Deserialize, Serialize};

use super::Outcome;
use crate::law::Citation;
use crate::text::Lang;
use crate::types::date::Date;
use crate::types::route::Route;

/// What changes on the day an answer stops holding.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
#[serde(tag = "cause", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Change {
    /// A law-table row ends (its last day was the day before).
    RowEnds {
        /// The row, by its wire code.
        rule: String,
    },
    /// A law-table row begins.
    RowBegins {
        /// The row, by its wire code.
        rule: String,
    },
    /// The professional's registration status changes (a suspension starts or ends, a
    /// registration begins or is struck off, ...).
    RegistrationStatus,
    /// A competence record for the procedure starts or ends.
    Competence,
    /// A qualification (specialism, annotation, certificate) starts or ends, or a training record
    /// is completed.
    Qualification,
    /// The instructor's registration, qualification or competence changes, or the day their own
    /// competence stopped being needed (2011-07-01).
    Instructor,
    /// The day after the law table was last checked. No longer given: the check day is not a
    /// change of the answer (a span says `forecast_from` instead); kept so that records that
    /// name it still read.
    LegalBasis,
    /// A delegation of the roster file starts or ends: the answers are those under its
    /// instruction on the days it runs.
    Delegation,
}

/// The day an answer stops holding, and why. (Its wire form is flat: `{ "until", "cause", ... }`;
/// serde cannot combine that with rejecting unknown fields, so this one object does not.)
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
#[non_exhaustive]
pub struct HoldsUntil {
    /// The last day on which the same inputs give the same answer.
    pub until: Date,
    /// What changes the day after.
    #[serde(flatten)]
    pub change: Change,
    /// The first day through `until` whose answer is a forecast (after `legal_basis_as_of`);
    /// absent when none is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forecast_from: Option<Date>,
}

/// One span of days with one answer.
///
/// On the wire it also gives `basis_url`, the address of the basis's text valid on `from`
/// ([`Citation::url_on`]), written when the span is (a plan holds many spans, and most are never
/// shown); it is derived, so it is not read back.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(with = "SpanWire"))]
#[derive(Clone, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
#[serde(into = "SpanWire", from = "SpanWire")]
#[non_exhaustive]
pub struct Span {
    /// The first day.
    pub from: Date,
    /// The last day.
    pub until: Date,
    /// The answer on those days.
    pub outcome: Outcome,
    /// The route (or conditional route), when there is one.
    pub route: Option<Route>,
    /// The provision it rests on, when permitted or conditional.
    pub basis: Option<Citation>,
    /// What changed on `from`, for every span but the first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub because: Option<Change>,
    /// The first day of the span whose answer is a forecast (after `legal_basis_as_of`); absent
    /// when none is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forecast_from: Option<Date>,
}

/// The wire form of a [`Span`]: its fields, in order, and the address of its basis.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize)]
struct SpanWire {
    /// The first day.
    from: Date,
    /// The last day.
    until: Date,
    /// The answer on those days.
    outcome: Outcome,
    /// The route (or conditional route), when there is one.
    route: Option<Route>,
    /// The provision it rests on, when permitted or conditional.
    basis: Option<Citation>,
    /// The address of the basis's text valid on `from` (on `wetten.overheid.nl`, or the
    /// publication of an instrument cited by it); absent without a basis, or when its instrument
    /// has no identifier. Derived: ignored on the way in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    basis_url: Option<String>,
    /// What changed on `from`, for every span but the first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    because: Option<Change>,
    /// The first day of the span whose answer is a forecast (after `legal_basis_as_of`); absent
    /// when none is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    forecast_from: Option<Date>,
}

impl From<Span> for SpanWire {
    fn from(s: Span) -> SpanWire {
        SpanWire {
            from: s.from,
            until: s.until,
            outcome: s.outcome,
            route: s.route,
            basis: s.basis,
            basis_url: s.basis.and_then(|b| b.url_on(s.from)).map(|u| u.to_string()),
            because: s.because,
            forecast_from: s.forecast_from,
        }
    }
}

impl From<SpanWire> for Span {
    fn from(w: SpanWire) -> Span {
        Span {
            from: w.from,
            until: w.until,
            outcome: w.outcome,
            route: w.route,
            basis: w.basis,
            because: w.because,
            forecast_from: w.forecast_from,
        }
    }
}

impl Span {
    /// The span from `from` through `until` with one answer throughout, nothing changing in it.
    pub(crate) fn of_answer(answer: &crate::decision::Answer, from: Date, until: Date) -> Span {
        Span {
            from,
            until,
            outcome: answer.outcome(),
            route: answer.route().or(answer.conditional_route()),
            basis: answer.basis(),
            because: None,
            forecast_from: crate::law::forecast_from(from, Some(until)),
        }
    }
}

impl Change {
    /// What changed, in words.
    pub fn describe(&self, lang: Lang) -> String {
        super::describe_change(self, lang)
    }
}
