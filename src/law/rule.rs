//! One row of the law table.

use std::fmt;

use crate::law::{COVERAGE_START, Citation, Condition, ConditionSet};
use crate::types::date::{Date, Period};
use crate::types::facts::{DrugClass, DrugSet, FieldOfCare, TechniqueSet};
use crate::types::procedure::Procedure;
use crate::types::profession::{Profession, Qualification};
use crate::types::route::Route;

/// How firmly a row's source was verified.
///
/// # Example
///
/// ```
/// use bevoegd::law::{self, Confidence};
///
/// assert_eq!(law::PHYSICIAN_SURGERY.confidence, Confidence::High);
/// assert_eq!(law::MIDWIFE_PRESCRIBING.confidence, Confidence::Medium);
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Read in the text of the law or decree itself.
    High,
    /// From reliable secondary sources that agree; the consolidated text was not read. The row's
    /// doc says what was not verified.
    Medium,
}

/// One row of the law table: a holder, a procedure, a route, the conditions, the period in which
/// the row is law, and its citation.
///
/// Rows are `const` items in [`crate::law`], each with a runnable example; [`crate::law::RULES`]
/// lists them all. A change in the law is a new row with dates, never an edit that rewrites
/// history.
///
/// # Example
///
/// ```
/// use bevoegd::{law, Procedure, Route};
///
/// let rule = law::rule_named("clinical_technologist_puncture").ok_or("no such row")?;
/// assert_eq!((rule.procedure, rule.route), (Procedure::Puncture, Route::Independent));
/// assert_eq!(rule.citation.to_string(), "Wet BIG art. 36 lid 6");
/// assert_eq!(rule.valid.from().to_string(), "2020-07-01");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[non_exhaustive]
pub struct Rule {
    /// A stable snake_case name, used on the wire.
    pub name: &'static str,
    /// The route the row opens: [`Route::Independent`] or [`Route::FunctionalIndependence`].
    pub route: Route,
    /// The profession whose registration (or title) the row needs.
    pub profession: Profession,
    /// The qualification on top of that registration the row needs, if any.
    pub qualification: Option<Qualification>,
    /// The procedure.
    pub procedure: Procedure,
    /// The days on which the row is law.
    pub valid: Period,
    /// The conditions, besides the always-present registration and competence.
    pub conditions: ConditionSet,
    /// The field of care the act must fall in, if the row limits it.
    pub field: Option<FieldOfCare>,
    /// The drug classes the row allows, if it limits them.
    pub drugs: Option<DrugSet>,
    /// The techniques the row covers, if it narrows the procedure.
    pub techniques: Option<TechniqueSet>,
    /// The provision that grants the procedure.
    pub citation: Citation,
    /// The provision that sets the case conditions (subdomain, complexity, protocol, ...), where
    /// [`sources`](Rule::sources) names no more precise one.
    pub conditions_source: Citation,
    /// The provision that sets each condition, down to the letter where the source has one. A
    /// condition not listed is cited to [`conditions_source`](Rule::conditions_source).
    pub sources: &'static [(Condition, Citation)],
    /// A second provision cited beside a condition's own: the statutory proviso beside a decree's
    /// condition, or the field-of-expertise article beside a field limit.
    pub also: &'static [(Condition, Citation)],
    /// Substances the row's list leaves out because a provision of their own limits them (the
    /// midwife's local anaesthetics only without epinephrine): that provision, which a denial
    /// naming such a substance cites instead of the list's source ([`Rule::drug_citation`]).
    pub drug_sources: &'static [(DrugClass, Citation)],
    /// The provision that made the row law on its first day (entry into force), cited when a
    /// professional asks before it. `None`: the grant itself.
    pub started_by: Option<Citation>,
    /// The provision that ended the row after its last day, cited when a professional asks after
    /// it. `None` for open-ended rows.
    pub ended_by: Option<Citation>,
    /// How firmly the source was verified.
    pub confidence: Confidence,
}

/// The instrument (or article) that changed what a row grants, and the first day it did: cited
/// beside the granting provision where a designation ended or has not started yet.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ChangedBy {
    /// The amending instrument, or the article that set the day.
    pub citation: Citation,
    /// The first day on which the change applies.
    pub on: Date,
}

impl Rule {
    /// Every condition the row checks, including the registration and competence every row has.
    pub const fn all_conditions(&self) -> ConditionSet {
        let mut c = self.conditions.with(Condition::RegistrationInForce).with(Condition::Competent);
        if self.qualification.is_some() {
            c = c.with(Condition::QualificationHeld);
        }
        if self.field.is_some() {
            c = c.with(Condition::WithinField);
        }
        if self.drugs.is_some() {
            c = c.with(Condition::DrugPermitted);
        }
        if self.techniques.is_some() {
            c = c.with(Condition::TechniqueCovered);
        }
        if matches!(self.route, Route::FunctionalIndependence) {
            c = c.with(Condition::Instructed).with(Condition::InstructorAuthorised).with(Condition::DirectionsFollowed);
        }
        c
    }

    /// What a reason for condition `c` of this row cites: the provision that sets the condition,
    /// and the one cited beside it, if any. The one place the choice between the decree, the grant
    /// and both is made. [`Condition::RegistrationInForce`] is the row's registration: its reason
    /// cites the measure that took it away (or the register), chosen by the registration's state;
    /// for it this gives the row's registration provision.
    ///
    /// ```
    /// use bevoegd::law::{self, Condition};
    ///
    /// // A dentist's field limit cites the grant's proviso and, beside it, the article that
    /// // defines dentistry; a decree's condition cites the decree, and the grant beside it.
    /// let (cited, also) = law::DENTIST_SURGERY.reason_citation(Condition::WithinField);
    /// assert_eq!(cited.to_string(), "Wet BIG art. 36 lid 1 onder b");
    /// assert_eq!(also.map(|c| c.to_string()).as_deref(), Some("Wet BIG art. 21"));
    /// let (cited, also) = law::CLINICAL_TECHNOLOGIST_SURGERY.reason_citation(Condition::WithinTrainedSubdomain);
    /// assert_eq!(cited.to_string(), "Besluit opleidingseisen en deskundigheidsgebied klinisch technoloog art. 5 lid 1");
    /// assert_eq!(also, Some(law::CLINICAL_TECHNOLOGIST_SURGERY.citation));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn reason_citation(&self, c: Condition) -> (Citation, Option<Citation>) {
        use crate::law::{self, Instrument};
        let grant = self.citation;
        // The provision the row names for `c`, else the grant: for a limit the grant states itself.
        let named_or_grant = self.sources.iter().find(|(k, _)| *k == c).map_or(grant, |(_, x)| *x);
        let also = self.also_of(c);
        match c {
            Condition::RegistrationInForce => (law::registration(self.registration_profession()), also),
            Condition::QualificationHeld | Condition::RadiationRequirements | Condition::TechniqueCovered => {
                (named_or_grant, also)
            }
            Condition::WithinField => {
                // Beside the grant's proviso, the article that defines the field of expertise.
                let defined = self.field.filter(|_| named_or_grant == grant).map(law::field_of_expertise);
                (named_or_grant, also.or(defined))
            }
            Condition::WithinTrainedSubdomain => {
                // A row of art. 36 itself limits the holder to their field of expertise in its own
                // words ("voor zover ... deskundigheidsgebied"): cite that proviso beside the decree.
                let source = self.source_of(c);
                let proviso = (grant.instrument() == Instrument::WetBig && source != grant).then_some(grant);
                (source, also.or(proviso))
            }
            Condition::DiagnosisByPhysician => {
                (self.sources.iter().find(|(k, _)| *k == c).map_or(law::NURSE_PRESCRIBING_DIAGNOSIS, |(_, x)| *x), also)
            }
            Condition::Instructed | Condition::InstructorAuthorised => (law::INSTRUCTION, also),
            Condition::DirectionsFollowed => (law::INSTRUCTION_DIRECTIONS, also),
            Condition::Competent => {
                let citation = match self.route {
                    // Experiments: art. 36a lid 2 applies the competence clause.
                    Route::Independent if grant.instrument() != Instrument::WetBig => law::COMPETENCE_EXPERIMENT,
                    Route::Independent => law::COMPETENCE,
                    _ => law::INSTRUCTED_COMPETENCE,
                };
                (citation, also)
            }
            Condition::WithinSpecialism
            | Condition::Protocol
            | Condition::LimitedComplexity
            | Condition::Routine
            | Condition::RisksOverseeable
            | Condition::ComplexTechnicalMedicalAct
            | Condition::DrugPermitted => (self.source_of(c), also),
        }
    }

    /// The change that made the row law on its first day: the provision that did (the row's
    /// `started_by`) and that day. `None` when the grant itself is all there is to cite.
    pub fn started(&self) -> Option<ChangedBy> {
        self.started_by.map(|citation| ChangedBy { citation, on: self.valid.from() })
    }

    /// The change that ended the row: the provision that did (the row's `ended_by`) and the first
    /// day the row no longer holds. `None` for an open-ended row.
    pub fn ended(&self) -> Option<ChangedBy> {
        let on = self.valid.until()?.next_day()?;
        self.ended_by.map(|citation| ChangedBy { citation, on })
    }

    /// The provision that keeps `drug` off this row's list, where one of its own does; `None` when
    /// the list's source ([`Rule::source_of`] for [`Condition::DrugPermitted`]) is what to cite.
    ///
    /// ```
    /// use bevoegd::{law, DrugClass};
    ///
    /// let row = &law::MIDWIFE_INJECTION;
    /// let limit = row.drug_citation(Some(DrugClass::LocalAnaestheticWithEpinephrine));
    /// assert_eq!(limit.map(|c| c.to_string()).as_deref(), Some("Regeling nadere uitwerking deskundigheidsgebied verloskundige 2008 art. 4"));
    /// assert_eq!(row.drug_citation(Some(DrugClass::Iron)), None);
    /// ```
    pub fn drug_citation(&self, drug: Option<DrugClass>) -> Option<Citation> {
        let drug = drug?;
        self.drug_sources.iter().find(|(d, _)| *d == drug).map(|(_, c)| *c)
    }

    /// The provision that sets condition `c` of this row.
    pub fn source_of(&self, c: Condition) -> Citation {
        self.sources.iter().find(|(k, _)| *k == c).map_or(self.conditions_source, |(_, cite)| *cite)
    }

    /// The provision cited beside condition `c`'s own, if any.
    pub fn also_of(&self, c: Condition) -> Option<Citation> {
        self.also.iter().find(|(k, _)| *k == c).map(|(_, cite)| *cite)
    }

    /// The registration the row needs: the qualification's base, or the profession.
    pub const fn registration_profession(&self) -> Profession {
        match self.qualification {
            Some(q) => q.base_profession(),
            None => self.profession,
        }
    }
}

/// Const constructors for the table's rows.
impl Rule {
    /// An independent-authority row with no conditions beyond registration and competence.
    pub(crate) const fn independent(
        name: &'static str,
        profession: Profession,
        procedure: Procedure,
        valid: Period,
        citation: Citation,
    ) -> Rule {
        Rule {
            name,
            route: Route::Independent,
            profession,
            qualification: None,
            procedure,
            valid,
            conditions: ConditionSet::EMPTY,
            field: None,
            drugs: None,
            techniques: None,
            citation,
            conditions_source: citation,
            sources: &[],
            also: &[],
            drug_sources: &[],
            started_by: None,
            ended_by: None,
            confidence: Confidence::High,
        }
    }

    /// A functional-independence row, in force for the whole period the table covers (the
    /// Besluit functionele zelfstandigheid predates it).
    pub(crate) const fn functional(
        name: &'static str,
        profession: Profession,
        procedure: Procedure,
        citation: Citation,
    ) -> Rule {
        Rule {
            route: Route::FunctionalIndependence,
            ..Rule::independent(name, profession, procedure, Period::starting(COVERAGE_START), citation)
        }
    }

    pub(crate) const fn requires(self, list: &[Condition]) -> Rule {
        Rule { conditions: self.conditions.union(ConditionSet::of(list)), ..self }
    }

    pub(crate) const fn within(self, field: FieldOfCare) -> Rule {
        Rule { field: Some(field), ..self }
    }

    pub(crate) const fn qualified(self, q: Qualification) -> Rule {
        Rule { qualification: Some(q), ..self }
    }

    pub(crate) const fn drugs(self, set: DrugSet) -> Rule {
        Rule { drugs: Some(set), ..self }
    }

    pub(crate) const fn techniques(self, set: TechniqueSet) -> Rule {
        Rule { techniques: Some(set), ..self }
    }

    pub(crate) const fn source(self, c: Citation) -> Rule {
        Rule { conditions_source: c, ..self }
    }

    /// Per-condition sources and the provisions cited beside them.
    pub(crate) const fn cited(
        self,
        sources: &'static [(Condition, Citation)],
        also: &'static [(Condition, Citation)],
    ) -> Rule {
        Rule { sources, also, ..self }
    }

    /// The provisions that keep named substances off the row's list.
    pub(crate) const fn drug_cited(self, drug_sources: &'static [(DrugClass, Citation)]) -> Rule {
        Rule { drug_sources, ..self }
    }

    /// The provisions that started and ended the row.
    pub(crate) const fn dated_by(self, started_by: Option<Citation>, ended_by: Option<Citation>) -> Rule {
        Rule { started_by, ended_by, ..self }
    }

    pub(crate) const fn medium(self) -> Rule {
        Rule { confidence: Confidence::Medium, ..self }
    }
}

/// A row as a line of a listing: its name, citation and period.
///
/// ```
/// let rule = &bevoegd::law::CLINICAL_TECHNOLOGIST_EXPERIMENT_ENDOSCOPY;
/// assert_eq!(
///     rule.to_string(),
///     format!("clinical_technologist_experiment_endoscopy ({}, {})", rule.citation, rule.valid),
/// );
/// ```
impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}, {})", self.name, self.citation, self.valid)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing, reason = "tests fail loudly")]

    /// What a listing of the table shows for a row (the doc example's assertion, for the test runs
    /// that leave doc tests out, such as a mutation run's).
    #[test]
    fn a_row_displays_as_its_name_citation_and_period() {
        let rule = crate::law::RULES[0];
        assert_eq!(rule.to_string(), format!("{} ({}, {})", rule.name, rule.citation, rule.valid));
        assert!(rule.to_string().starts_with("physician_surgery (Wet BIG art. 36 lid 1 onder a, "));
    }

    /// Competence is cited to art. 36 lid 15 for an art. 36 grant, to art. 36a lid 2 for an
    /// experiment's, and to the instruction's own clause on the other routes.
    #[test]
    fn competence_is_cited_to_the_clause_of_the_rows_kind() {
        use super::{Route, Rule};
        use crate::law::{self, Condition};
        let cited = |r: &Rule| r.reason_citation(Condition::Competent).0;
        assert_eq!(cited(&law::PHYSICIAN_SURGERY), law::COMPETENCE);
        assert_eq!(cited(&law::CLINICAL_TECHNOLOGIST_EXPERIMENT_SURGERY), law::COMPETENCE_EXPERIMENT);
        let functional = law::RULES.iter().find(|r| r.route == Route::FunctionalIndependence).copied();
        assert_eq!(functional.map(|r| cited(&r)), Some(law::INSTRUCTED_COMPETENCE));
    }
}
