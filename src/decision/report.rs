//! The wire form of an answer: the report a caller or auditor reads, and the audit record that
//! keeps it with the engine version and the law table's date.

use serde::{Deserialize, Serialize};

use super::{HoldsUntil, Span};
use crate::decision::sentence;
use crate::decision::{Reason, Remedy};
use crate::law::{self, Citation};
use crate::text::Lang;
use crate::types::date::Date;
use crate::types::facts::CaseFact;
use crate::types::procedure::Act;
use crate::types::route::Route;

/// Permitted, denied, or not a reserved act at all.
///
/// # Example
///
/// ```
/// use bevoegd::Outcome;
///
/// assert_eq!(serde_json::to_string(&Outcome::NotReserved)?, r#""not_reserved""#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize, strum::IntoStaticStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum Outcome {
    /// Permitted on some route.
    Permitted,
    /// Denied.
    Denied,
    /// Permitted on the named route and basis if what `requires` lists holds (case facts, the
    /// medicine, the technique), which the context left unknown.
    Conditional,
    /// Art. 36 does not reserve the act: the prohibition of art. 35 does not apply; competence and
    /// the employer's rules govern.
    NotReserved,
}

/// The other route tried when the act is denied, with its reasons.
///
/// # Example
///
/// ```
/// use bevoegd::{decide, law, Context, Date, FieldOfCare, Procedure, Route};
///
/// let (nurse, ctx) = law::NURSE_INJECTION.example_case()?;
/// let technique = ctx.technique().ok_or("no technique")?;
/// let alone = Context::builder(ctx.date(), FieldOfCare::Medicine).technique(technique).build()?;
/// let report = decide(&nurse, Procedure::Injection, &alone).report(bevoegd::Lang::En);
/// let other = report.other_route.ok_or("no other route")?;
/// assert_eq!(other.route, Route::FunctionalIndependence);
/// assert_eq!(other.reasons.iter().map(|r| r.unmet.code()).collect::<Vec<_>>(), ["no_instruction"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OtherRoute {
    /// The route.
    pub route: Route,
    /// Its unmet conditions.
    pub reasons: Vec<Reason>,
}

/// The wire form of a [`Decision`](crate::Decision): everything a caller or auditor needs, owned
/// and serialisable.
///
/// Field by field it is what the decision's accessors return: `basis` is
/// [`Decision::basis`](crate::Decision::basis), `independence_reasons` (on the wire: `reasons`) is
/// [`Decision::independence_reasons`](crate::Decision::independence_reasons), `other_route` the
/// route tried after independence with its reasons, `missing` is
/// [`Decision::missing`](crate::Decision::missing). `docs/wire-format.md` shows every form.
///
/// # Example
///
/// ```
/// use bevoegd::{decide, law, DecisionReport, Lang, Outcome};
///
/// let (physician, ctx) = law::PHYSICIAN_SURGERY.example_case()?;
/// let report = decide(&physician, law::PHYSICIAN_SURGERY.procedure, &ctx).report(Lang::Nl);
/// assert_eq!(report.outcome, Outcome::Permitted);
/// assert_eq!(report.rule.as_deref(), Some("physician_surgery"));
/// let json = serde_json::to_string(&report)?;
/// assert_eq!(serde_json::from_str::<DecisionReport>(&json)?, report);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DecisionReport {
    /// The procedure asked about, or `not_reserved`.
    pub procedure: Act,
    /// The date.
    pub date: Date,
    /// Permitted, denied or not reserved.
    pub outcome: Outcome,
    /// The route, when permitted (or, when conditional, the route it would be permitted on).
    pub route: Option<Route>,
    /// For a conditional answer: the unknown facts that must hold, each as a reason (code and
    /// citation). Absent otherwise.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requires: Vec<Reason>,
    /// The case facts the request left unknown. Absent when none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unknown: Vec<CaseFact>,
    /// The provision the permission rests on.
    pub basis: Option<Citation>,
    /// The table row the permission rests on, by name.
    pub rule: Option<String>,
    /// The table row independence was assessed against when it did not hold (the row whose unmet
    /// conditions `reasons` give, or the one nearest in time), by name; absent when independence
    /// holds or no row was assessed ([`Decision::assessed_rule`](crate::Decision::assessed_rule)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessed_rule: Option<String>,
    /// Why not independently (empty when independent). On the wire: `reasons`.
    #[serde(rename = "reasons")]
    pub independence_reasons: Vec<Reason>,
    /// The other route tried, when denied.
    pub other_route: Option<OtherRoute>,
    /// What would make it permitted.
    pub missing: Vec<Remedy>,
    /// The date is after the day the law table was last checked (`legal_basis_as_of`): the answer
    /// is a forecast under the law of that day. Absent (false) otherwise.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub forecast: bool,
    /// The first day of the days the answer holds (from its date through `holds_until`, or
    /// open-ended) that is after `legal_basis_as_of`, whose answer is a forecast; absent when none
    /// is. Filled with `holds_until` by [`Request::report`](crate::Request::report).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forecast_from: Option<Date>,
    /// The explanation, one sentence each.
    pub explanation: Vec<String>,
    /// The last day the same inputs give the same answer, and what changes the day after; absent
    /// when the answer holds open-ended. Filled by [`Request::report`](crate::Request::report)
    /// (which has the inputs); [`Decision::report`](crate::Decision::report) leaves it out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holds_until: Option<HoldsUntil>,
    /// For a request with `through`: the answers from its date through that day, as spans.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub periods: Vec<Span>,
    /// Every provision the answer cites (`basis`, and each reason's `citation`, `also` and
    /// `changed_by`), once each in order of first appearance, with its Juriconnect reference (or
    /// publication) and the address of its text valid on the answer's date. Derived from the
    /// fields above; absent when the answer cites nothing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub citations: Vec<law::CitedText>,
}

impl DecisionReport {
    /// Every citation of the answer, in order: the basis, then each reason's (the conditions
    /// required, the reasons against independence, the other route's), its provision, the one
    /// beside it and the instrument that changed it.
    fn cited(&self) -> impl Iterator<Item = Citation> + '_ {
        let reasons = self
            .requires
            .iter()
            .chain(&self.independence_reasons)
            .chain(self.other_route.iter().flat_map(|o| &o.reasons));
        self.basis.into_iter().chain(reasons.flat_map(Reason::citations))
    }

    /// This report with [`citations`](DecisionReport::citations) listed from its other fields.
    pub(crate) fn with_citations(mut self) -> DecisionReport {
        self.citations = law::cited_texts(self.cited(), self.date);
        self
    }

    /// The answer for an act art. 36 does not reserve, on `date`: outcome
    /// [`Outcome::NotReserved`], the closed list of art. 36 as its basis, no route and no reasons.
    ///
    /// ```
    /// use bevoegd::{Date, DecisionReport, Lang, Outcome};
    ///
    /// let r = DecisionReport::not_reserved(Date::new(2025, 3, 3)?, Lang::En);
    /// assert_eq!(r.outcome, Outcome::NotReserved);
    /// assert_eq!(r.basis.map(|c| c.to_string()).as_deref(), Some("Wet BIG art. 36"));
    /// assert!(r.explanation[0].starts_with("not reserved: "));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn not_reserved(date: Date, lang: Lang) -> DecisionReport {
        let forecast = date.after(law::LEGAL_BASIS_AS_OF);
        let mut explanation = Vec::new();
        if law::forecast_note_needed(date) {
            explanation.push(sentence::forecast(date, lang));
        }
        explanation.push(sentence::not_reserved(law::RESERVED_ACTS, lang));
        DecisionReport {
            procedure: Act::NotReserved,
            date,
            outcome: Outcome::NotReserved,
            route: None,
            requires: Vec::new(),
            unknown: Vec::new(),
            basis: Some(law::RESERVED_ACTS),
            rule: None,
            assessed_rule: None,
            independence_reasons: Vec::new(),
            other_route: None,
            missing: Vec::new(),
            forecast,
            forecast_from: None,
            explanation,
            holds_until: None,
            periods: Vec::new(),
            citations: Vec::new(),
        }
        .with_citations()
    }
}
