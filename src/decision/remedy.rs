//! Remedies: for each unmet condition, the fact that would meet it.

use serde::{Deserialize, Serialize};

use crate::decision::{Decision, RouteAssessment, RouteCondition, RowAssessment, Unmet};
use crate::input::professional::StateOn;
use crate::law::{Condition, Rule};
use crate::types::date::Date;
use crate::types::facts::{CaseFact, FieldOfCare};
use crate::types::procedure::Procedure;
use crate::types::profession::{Profession, Qualification};
use crate::types::route::Route;
use crate::types::scope::ScopeKind;
use crate::types::subdomain::Subdomain;

/// A fact that would make a denied act permitted, or the statement that nothing can.
///
/// # Example
///
/// ```
/// use bevoegd::{decide, law, CaseFacts, Procedure, Remedy};
///
/// let (pa, ctx) = law::PHYSICIAN_ASSISTANT_INJECTION.example_case()?;
/// let unknown_ward = ctx.to_builder().facts(CaseFacts::NONE).build()?;
/// let missing = decide(&pa, Procedure::Injection, &unknown_ward).missing();
/// assert!(matches!(missing[0], Remedy::CaseFact { .. }));
/// assert!(missing.contains(&Remedy::Instruction));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Remedy {
    /// Nothing can open this route: the law does not grant it to this professional on this date
    /// (or the route is closed for the procedure).
    NotOpen {
        /// The route.
        route: Route,
    },
    /// Wait until the suspension ends; permitted again from this day.
    WaitUntil {
        /// The first day after the suspension.
        date: Date,
    },
    /// The suspension has no end date yet.
    EndOfSuspension,
    /// A registration in force for this profession.
    Registration {
        /// The profession.
        profession: Profession,
    },
    /// The act shown to comply with the special conditions the registration is bound to. On the
    /// wire it carries `request_key`: `registration_conditions_met`, the key of the case fact in a
    /// request's `facts` that states it.
    #[serde(serialize_with = "registration_conditions_with_request_key")]
    #[cfg_attr(feature = "schema", schemars(with = "RegistrationConditionsWire"))]
    RegistrationConditionsMet,
    /// The register's confirmation of a registration known only from a source it has not
    /// confirmed (a FHIR role). On the wire it carries `request_key`: `registration_confirmed`,
    /// the key of the case fact in a request's `facts` that states it.
    #[serde(serialize_with = "registration_confirmed_with_request_key")]
    #[cfg_attr(feature = "schema", schemars(with = "RegistrationConditionsWire"))]
    RegistrationConfirmed,
    /// The register checked and the measure it records on the registration entered as what it is
    /// (a measure an importer could not read).
    RegisterChecked {
        /// The profession of the registration.
        profession: Profession,
    },
    /// The act done outside what the registration's restriction reaches: for a patient outside
    /// the group, in the one place allowed, or elsewhere than the place barred.
    OutsideScope {
        /// What the restriction reaches.
        scope: ScopeKind,
    },
    /// The context's `patient_groups` (for a restriction by patient group) or `place` (by place)
    /// given, and outside what the registration's restriction reaches.
    ScopeStated {
        /// What the restriction reaches.
        scope: ScopeKind,
    },
    /// The withdrawn authority for the procedure restored.
    RestoredAuthority {
        /// The procedure.
        procedure: Procedure,
    },
    /// The qualification held on the date.
    Qualification {
        /// The qualification.
        qualification: Qualification,
    },
    /// The act done within this field.
    ActInField {
        /// The field.
        field: FieldOfCare,
    },
    /// The act done within this specialism.
    ActInSpecialism {
        /// The specialism.
        specialism: Qualification,
    },
    /// Training in the subdomain where the act happens (or the act done where trained).
    TrainingInSubdomain {
        /// The subdomain of the context.
        subdomain: Option<Subdomain>,
    },
    /// A protocol covering the procedure in the subdomain.
    Protocol {
        /// The procedure.
        procedure: Procedure,
        /// The subdomain.
        subdomain: Option<Subdomain>,
    },
    /// A case fact established. On the wire it carries `request_key` beside `fact`: the key a
    /// request's `facts` uses for it (e.g. `radiation_requirements_met` for the condition
    /// `radiation_requirements`), so the remedy can be fed back into a request.
    #[serde(serialize_with = "fact_with_request_key")]
    #[cfg_attr(feature = "schema", schemars(with = "CaseFactWire"))]
    CaseFact {
        /// The condition.
        fact: Condition,
    },
    /// A drug in the permitted class.
    PermittedDrug,
    /// A technique the authority covers.
    PermittedTechnique,
    /// An instruction from an independently authorised professional.
    Instruction,
    /// An instructor who is independently authorised for the act.
    AuthorisedInstructor,
    /// The instructor's directions followed.
    FollowDirections,
    /// Supervision and the possibility of intervention ensured.
    Supervision,
    /// A competence record for the procedure (in the subdomain).
    Competence {
        /// The procedure.
        procedure: Procedure,
        /// The subdomain.
        subdomain: Option<Subdomain>,
    },
}

/// The wire form of [`Remedy::CaseFact`]: the condition and the request key of its case fact.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize)]
struct CaseFactWire {
    /// The condition.
    fact: Condition,
    /// The key of the case fact in a request's `facts` that meets the condition.
    #[serde(skip_serializing_if = "Option::is_none")]
    request_key: Option<CaseFact>,
}

#[allow(clippy::trivially_copy_pass_by_ref, reason = "serde's serialize_with passes a reference")]
fn fact_with_request_key<S: serde::Serializer>(fact: &Condition, s: S) -> Result<S::Ok, S::Error> {
    CaseFactWire { fact: *fact, request_key: fact.case_fact() }.serialize(s)
}

/// The wire form of [`Remedy::RegistrationConditionsMet`]: the request key of its case fact.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize)]
struct RegistrationConditionsWire {
    /// `registration_conditions_met` (or `registration_confirmed`).
    request_key: CaseFact,
}

fn registration_confirmed_with_request_key<S: serde::Serializer>(s: S) -> Result<S::Ok, S::Error> {
    RegistrationConditionsWire { request_key: CaseFact::RegistrationConfirmed }.serialize(s)
}

fn registration_conditions_with_request_key<S: serde::Serializer>(s: S) -> Result<S::Ok, S::Error> {
    RegistrationConditionsWire { request_key: CaseFact::RegistrationConditionsMet }.serialize(s)
}

impl Decision {
    /// The remedy for a row's unmet condition `c`; `None` where [`Decision::row_reason`] has none.
    pub(super) fn row_remedy(&self, a: &RowAssessment, rule: &'static Rule, c: Condition) -> Option<Remedy> {
        let s = &self.snapshot;
        Some(match c {
            Condition::RegistrationInForce => match a.state {
                // A suspension that runs to the last representable day never ends in the calendar.
                StateOn::Suspended { until: Some(until) } => match until.next_day() {
                    Some(date) => Remedy::WaitUntil { date },
                    None => Remedy::EndOfSuspension,
                },
                StateOn::Suspended { until: None } => Remedy::EndOfSuspension,
                StateOn::PartiallyWithdrawn { .. } | StateOn::Restricted { .. } => {
                    Remedy::RestoredAuthority { procedure: self.procedure }
                }
                StateOn::ConditionsImposed => Remedy::RegistrationConditionsMet,
                StateOn::Unconfirmed => Remedy::RegistrationConfirmed,
                StateOn::InScope { scope, .. } => Remedy::OutsideScope { scope },
                StateOn::ScopeOpen { group, place } => match group.or(place) {
                    Some((_, scope)) => Remedy::ScopeStated { scope },
                    None => Remedy::Registration { profession: rule.registration_profession() },
                },
                StateOn::UnknownMeasure { .. } => {
                    Remedy::RegisterChecked { profession: rule.registration_profession() }
                }
                StateOn::NotRegistered | StateOn::StruckOff { .. } | StateOn::Active => {
                    Remedy::Registration { profession: rule.registration_profession() }
                }
            },
            Condition::QualificationHeld => Remedy::Qualification { qualification: rule.qualification? },
            Condition::WithinField => Remedy::ActInField { field: rule.field? },
            Condition::WithinSpecialism => Remedy::ActInSpecialism { specialism: rule.qualification? },
            Condition::WithinTrainedSubdomain => Remedy::TrainingInSubdomain { subdomain: s.subdomain },
            Condition::Protocol => Remedy::Protocol { procedure: self.procedure, subdomain: s.subdomain },
            Condition::LimitedComplexity
            | Condition::Routine
            | Condition::RisksOverseeable
            | Condition::ComplexTechnicalMedicalAct
            | Condition::RadiationRequirements
            | Condition::DiagnosisByPhysician => Remedy::CaseFact { fact: c },
            Condition::DrugPermitted => Remedy::PermittedDrug,
            Condition::TechniqueCovered => Remedy::PermittedTechnique,
            Condition::Instructed => Remedy::Instruction,
            Condition::InstructorAuthorised => Remedy::AuthorisedInstructor,
            Condition::DirectionsFollowed => Remedy::FollowDirections,
            Condition::Competent => Remedy::Competence { procedure: self.procedure, subdomain: s.subdomain },
        })
    }

    /// The remedy for a route-level unmet condition.
    pub(super) fn route_remedy(&self, a: &RouteAssessment, c: RouteCondition) -> Remedy {
        match c {
            RouteCondition::NotGranted => match self.not_granted(a).unmet {
                Unmet::DesignationNotYet { from, .. } => Remedy::WaitUntil { date: from },
                Unmet::NotRegistered { profession } => Remedy::Registration { profession },
                _ => Remedy::NotOpen { route: a.route },
            },
            RouteCondition::TechniqueOfOtherProcedure => Remedy::PermittedTechnique,
            RouteCondition::ClosedForPrescribing => Remedy::NotOpen { route: a.route },
            RouteCondition::Instructed => Remedy::Instruction,
            RouteCondition::InstructorAuthorised => Remedy::AuthorisedInstructor,
            RouteCondition::DirectionsFollowed => Remedy::FollowDirections,
            RouteCondition::SupervisionEnsured => Remedy::Supervision,
            RouteCondition::Competent => {
                Remedy::Competence { procedure: self.procedure, subdomain: self.snapshot.subdomain }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests fail loudly")]
    use strum::IntoEnumIterator;

    use super::*;

    #[test]
    fn a_remedy_that_asks_for_a_case_fact_names_its_request_key_and_reads_back() {
        for fact in Condition::iter().filter(|c| c.case_fact().is_some()) {
            let remedy = Remedy::CaseFact { fact };
            let json = serde_json::to_value(remedy).unwrap();
            let key: &'static str = fact.case_fact().unwrap().into();
            assert_eq!(json["code"], "case_fact");
            assert_eq!(json["fact"], serde_json::to_value(fact).unwrap());
            assert_eq!(json["request_key"], key);
            // The key is one a request's `facts` accepts.
            let facts: crate::CaseFacts = serde_json::from_value(serde_json::json!({ key: true })).unwrap();
            assert!(facts.is_established(fact.case_fact().unwrap()));
            assert_eq!(serde_json::from_value::<Remedy>(json).unwrap(), remedy);
        }
        let json = serde_json::to_value(Remedy::CaseFact { fact: Condition::RadiationRequirements }).unwrap();
        assert_eq!(json["request_key"], "radiation_requirements_met");
        let json = serde_json::to_value(Remedy::RegistrationConditionsMet).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"code": "registration_conditions_met", "request_key": "registration_conditions_met"})
        );
        assert_eq!(serde_json::from_value::<Remedy>(json).unwrap(), Remedy::RegistrationConditionsMet);
        // What older versions wrote still reads.
        let old = serde_json::json!({"code": "registration_conditions_met"});
        assert_eq!(serde_json::from_value::<Remedy>(old).unwrap(), Remedy::RegistrationConditionsMet);
    }
}
