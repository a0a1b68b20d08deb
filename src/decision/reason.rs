//! Reasons: one unmet condition each, typed, with the provision that sets it, and how a
//! decision's evaluation becomes them.

use serde::{Deserialize, Serialize};

use crate::decision::sentence::{self, Names};
use crate::decision::{Assessment, Decision, RouteAssessment, RouteCondition, RowAssessment};
use crate::input::professional::StateOn;
use crate::law::{self, ChangedBy, Citation, Condition, RowId, Rule};
use crate::text::Lang;
use crate::types::date::Date;
use crate::types::facts::{CaseFact, DrugClass, DrugSet, FieldOfCare, Technique, TechniqueSet};
use crate::types::procedure::Procedure;
use crate::types::profession::{Profession, Qualification};
use crate::types::route::Route;
use crate::types::scope::ScopeKind;
use crate::types::status::{RestrictionGround, StrikeOffGround};
use crate::types::subdomain::Subdomain;

/// One unmet condition, typed, with the provision that sets it.
///
/// # Example
///
/// ```
/// use bevoegd::{decide, law, Lang, Procedure};
///
/// let (dentist, ctx) = law::DENTIST_PRESCRIBING.example_case()?;
/// let outside = ctx.to_builder().field(bevoegd::FieldOfCare::Medicine).build()?;
/// let reason = decide(&dentist, Procedure::Prescribing, &outside).independence_reasons()[0];
/// assert_eq!(reason.unmet.code(), "outside_field");
/// assert_eq!(
///     reason.sentence(Lang::En),
///     "outside the field of dentistry (the act falls in medicine) (Wet BIG art. 21, with Wet BIG art. 36 lid 14 onder b)"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Reason {
    /// What is unmet.
    #[serde(flatten)]
    pub unmet: Unmet,
    /// The provision that sets the condition.
    pub citation: Citation,
    /// A second provision cited beside it: the statutory proviso beside a decree's condition, or
    /// the article defining a field of expertise beside a field limit.
    #[serde(default, rename = "also_cites", skip_serializing_if = "Option::is_none")]
    pub also: Option<Citation>,
    /// Where a designation ended or has not started yet: the instrument (or article) that changed
    /// it and the first day it applies, beside the granting provision [`citation`](Reason::citation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed_by: Option<ChangedBy>,
}

impl Reason {
    /// Every provision the reason cites, in order: its [`citation`](Reason::citation), the one
    /// cited beside it, and the instrument that changed the designation.
    ///
    /// ```
    /// use bevoegd::{decide, law, Date};
    ///
    /// let rule = &law::CLINICAL_TECHNOLOGIST_EXPERIMENT_LITHOTRIPSY;
    /// let (kt, ctx) = rule.example_case()?;
    /// let later = ctx.to_builder().date(Date::new(2021, 3, 1)?).build()?;
    /// let reason = decide(&kt, rule.procedure, &later).independence_reasons()[0];
    /// let cited: Vec<String> = reason.citations().map(|c| c.to_string()).collect();
    /// assert_eq!(cited, [rule.citation.to_string(), "Stb. 2019, 182".to_owned()]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn citations(&self) -> impl Iterator<Item = Citation> + use<> {
        [Some(self.citation), self.also, self.changed_by.map(|c| c.citation)].into_iter().flatten()
    }

    /// One sentence, with the citation (and the provision cited beside it) in parentheses.
    pub fn sentence(&self, lang: Lang) -> String {
        self.sentence_with(lang, Names::CODES)
    }

    /// [`sentence`](Reason::sentence) with subdomains as `names` names them (a roster's labels).
    pub fn sentence_with(&self, lang: Lang, names: Names<'_>) -> String {
        let what = self.unmet.describe_with(lang, names);
        format!("{what} ({})", self.cited(lang))
    }

    /// What the parentheses of a sentence hold: the citation, the one beside it, and the change.
    fn cited(&self, lang: Lang) -> String {
        let mut out = self.citation.to_string();
        if let Some(also) = self.also {
            out = format!("{out}, {} {also}", sentence::with(lang));
        }
        if let Some(changed) = self.changed_by {
            out = format!("{out}; {}", sentence::changed_by(changed, lang));
        }
        out
    }
}

impl Reason {
    /// The condition as a fact that must hold, with its citation: one item of a conditional
    /// answer ("the act is routine (Wet BIG ...)").
    pub fn requirement(&self, lang: Lang) -> String {
        self.requirement_with(lang, Names::CODES)
    }

    /// [`requirement`](Reason::requirement) with subdomains as `names` names them.
    pub fn requirement_with(&self, lang: Lang, names: Names<'_>) -> String {
        let what = self.unmet.requirement_with(lang, names);
        format!("{what} ({})", self.cited(lang))
    }
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.sentence(Lang::En))
    }
}

/// What is unmet, with the facts that say precisely how. The wire form is tagged by `code`.
///
/// # Example
///
/// ```
/// use bevoegd::{Date, Lang, Procedure, Unmet};
///
/// let u = Unmet::CompetenceExpired { procedure: Procedure::Injection, on: Date::new(2025, 1, 31)? };
/// assert_eq!(u.code(), "competence_expired");
/// assert_eq!(u.describe(Lang::Nl), "bekwaamheid voor injecties verlopen op 2025-01-31");
/// assert_eq!(serde_json::to_string(&u)?, r#"{"code":"competence_expired","procedure":"injection","on":"2025-01-31"}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Unmet {
    /// The law does not grant the procedure to any of the professional's professions on the date.
    NotGranted {
        /// The professional's profession, when they have exactly one on record.
        profession: Option<Profession>,
        /// The procedure.
        procedure: Procedure,
        /// The date.
        date: Date,
    },
    /// The holder's category (a nurse-specialist category, or an experiment's list) does not
    /// include the procedure on the date; cited to the provision that fixes the list.
    NotDesignated {
        /// The registration the designation sits on.
        profession: Profession,
        /// The category, when it is a qualification on top of the registration.
        qualification: Option<Qualification>,
        /// The procedure.
        procedure: Procedure,
    },
    /// The holder was designated for the procedure, but the designation ended before the date;
    /// cited to the instrument that ended it.
    DesignationEnded {
        /// The registration the designation sits on.
        profession: Profession,
        /// The category, when it is a qualification on top of the registration.
        qualification: Option<Qualification>,
        /// The procedure.
        procedure: Procedure,
        /// The designation's last day.
        on: Date,
    },
    /// The holder's designation for the procedure starts only after the date; cited to the
    /// instrument that starts it.
    DesignationNotYet {
        /// The registration the designation sits on.
        profession: Profession,
        /// The category, when it is a qualification on top of the registration.
        qualification: Option<Qualification>,
        /// The procedure.
        procedure: Procedure,
        /// The designation's first day.
        from: Date,
    },
    /// A nurse prescribes only with a prescribing annotation in the register for a designated
    /// category (Wet BIG art. 36 lid 14 onder d, 4°), and none is on record.
    NoPrescribingAnnotation,
    /// Not registered on the date (never, not yet, or no longer).
    NotRegistered {
        /// The profession.
        profession: Profession,
    },
    /// Registration suspended.
    Suspended {
        /// The profession.
        profession: Profession,
        /// The last day of the suspension, if set.
        until: Option<Date>,
    },
    /// Registration struck off.
    StruckOff {
        /// The profession.
        profession: Profession,
        /// The day it was struck off.
        since: Date,
        /// Why.
        ground: StrikeOffGround,
    },
    /// Authority for this procedure restricted by an order or a foreign measure.
    AuthorityRestricted {
        /// The profession.
        profession: Profession,
        /// The procedure.
        procedure: Procedure,
        /// The ground.
        ground: RestrictionGround,
    },
    /// Authority for this procedure restricted for a group of patients or a place, and this act
    /// falls within it (the patient is in the group; the place is not the one allowed, or is the
    /// one barred).
    AuthorityRestrictedInScope {
        /// The profession.
        profession: Profession,
        /// The procedure.
        procedure: Procedure,
        /// The measure.
        ground: RestrictionGround,
        /// What the restriction reaches.
        scope: ScopeKind,
    },
    /// Authority for this procedure restricted for a group of patients or a place, and the
    /// context does not say whether this act falls within it (no `patient_groups` for the group,
    /// or no `place`).
    RestrictionScopeOpen {
        /// The profession.
        profession: Profession,
        /// The procedure.
        procedure: Procedure,
        /// The measure.
        ground: RestrictionGround,
        /// What the restriction reaches.
        scope: ScopeKind,
    },
    /// The registration is known only from a source the register has not confirmed, and the
    /// request does not state that the register confirms it (`registration_confirmed`).
    RegistrationUnconfirmed {
        /// The profession.
        profession: Profession,
    },
    /// A measure is on record on the registration for these days that could not be read (an
    /// importer met a register entry it cannot place): check the register and record it.
    UnknownMeasure {
        /// The profession.
        profession: Profession,
        /// The measure's first day.
        from: Date,
        /// Its last day, if set.
        until: Option<Date>,
    },
    /// The registration's authority is bound to special conditions, and the context does not
    /// assert that the act complies with them.
    RegistrationConditionsNotMet {
        /// The profession.
        profession: Profession,
    },
    /// Authority for this procedure withdrawn (partial withdrawal).
    AuthorityWithdrawn {
        /// The profession.
        profession: Profession,
        /// The procedure.
        procedure: Procedure,
    },
    /// The qualification the row needs is not held on the date.
    QualificationNotHeld {
        /// The qualification.
        qualification: Qualification,
    },
    /// The act is outside the holder's field of care.
    OutsideField {
        /// The field the row needs.
        required: FieldOfCare,
        /// The field of the context.
        actual: FieldOfCare,
    },
    /// The act is outside the nurse specialist's specialism.
    OutsideSpecialism {
        /// The specialism the row needs.
        required: Qualification,
        /// The specialism of the context, if given.
        actual: Option<Qualification>,
    },
    /// The act is outside the subdomain the professional was trained in.
    OutsideTrainedSubdomain {
        /// The first subdomain the professional was trained in, if any.
        trained: Option<Subdomain>,
        /// How many more subdomains they were trained in.
        also_trained: u16,
        /// The subdomain of the context, if given.
        actual: Option<Subdomain>,
    },
    /// No protocol covers the procedure in the subdomain.
    NoProtocol {
        /// The procedure.
        procedure: Procedure,
        /// The subdomain of the context, if given.
        subdomain: Option<Subdomain>,
    },
    /// Not established that the act is of limited complexity.
    NotLimitedComplexity,
    /// Not established that the act is routine.
    NotRoutine,
    /// Not established that the risks are overseeable.
    RisksNotOverseeable,
    /// Not part of a complex technical-medical act.
    NotComplexTechnicalMedicalAct,
    /// Radiation-protection requirements not met.
    RadiationRequirementsNotMet,
    /// No diagnosis by a physician.
    NoDiagnosisByPhysician,
    /// The substance is outside what the row allows (or not given).
    DrugNotPermitted {
        /// The substance of the context, if given.
        drug: Option<DrugClass>,
        /// The procedure the substance is limited for: prescribing or injections. Absent in
        /// answers written before 0.2, which only limited prescribing.
        #[serde(default = "prescribing")]
        procedure: Procedure,
    },
    /// The technique is outside what the row covers (or not given).
    TechniqueNotCovered {
        /// The technique of the context, if given.
        technique: Option<Technique>,
    },
    /// A requirement of a conditional answer, not a reason for a denial: the medicine is not known
    /// yet (`"drug": "unknown"`), and the act is permitted if it is one of `permits`.
    DrugUnknown {
        /// The procedure.
        procedure: Procedure,
        /// The classes that would permit.
        permits: DrugSet,
    },
    /// A requirement of a conditional answer: the technique is not known yet (`"technique":
    /// "unknown"`), and the act is permitted if it is one of `permits`.
    TechniqueUnknown {
        /// The procedure.
        procedure: Procedure,
        /// The techniques that would permit.
        permits: TechniqueSet,
    },
    /// The context names a technique of another procedure than the one asked about: the
    /// question contradicts itself, and nothing is permitted on it.
    TechniqueOfOtherProcedure {
        /// The technique of the context.
        technique: Technique,
        /// The procedure asked about.
        procedure: Procedure,
    },
    /// No instruction was given.
    NoInstruction,
    /// The instructor does not derive authority from art. 36/36a for the act.
    InstructorNotAuthorised,
    /// The instructor's directions were not followed.
    DirectionsNotFollowed,
    /// Supervision and the possibility of intervention are not ensured.
    SupervisionNotEnsured,
    /// No competence record covers the procedure on the date.
    NotCompetent {
        /// The procedure.
        procedure: Procedure,
    },
    /// The competence for the procedure expired.
    CompetenceExpired {
        /// The procedure.
        procedure: Procedure,
        /// The last day it was valid.
        on: Date,
    },
    /// The route cannot be used for prescribing.
    RouteClosedForPrescribing {
        /// The route.
        route: Route,
    },
}

const fn prescribing() -> Procedure {
    Procedure::Prescribing
}

impl Unmet {
    /// The stable snake_case code, as in the wire form's `code`.
    pub const fn code(&self) -> &'static str {
        match self {
            Unmet::NotGranted { .. } => "not_granted",
            Unmet::NotDesignated { .. } => "not_designated",
            Unmet::DesignationEnded { .. } => "designation_ended",
            Unmet::DesignationNotYet { .. } => "designation_not_yet",
            Unmet::NoPrescribingAnnotation => "no_prescribing_annotation",
            Unmet::NotRegistered { .. } => "not_registered",
            Unmet::Suspended { .. } => "suspended",
            Unmet::StruckOff { .. } => "struck_off",
            Unmet::AuthorityWithdrawn { .. } => "authority_withdrawn",
            Unmet::AuthorityRestricted { .. } => "authority_restricted",
            Unmet::AuthorityRestrictedInScope { .. } => "authority_restricted_in_scope",
            Unmet::RestrictionScopeOpen { .. } => "restriction_scope_open",
            Unmet::UnknownMeasure { .. } => "unknown_measure",
            Unmet::RegistrationUnconfirmed { .. } => "registration_unconfirmed",
            Unmet::RegistrationConditionsNotMet { .. } => "registration_conditions_not_met",
            Unmet::QualificationNotHeld { .. } => "qualification_not_held",
            Unmet::OutsideField { .. } => "outside_field",
            Unmet::OutsideSpecialism { .. } => "outside_specialism",
            Unmet::OutsideTrainedSubdomain { .. } => "outside_trained_subdomain",
            Unmet::NoProtocol { .. } => "no_protocol",
            Unmet::NotLimitedComplexity => "not_limited_complexity",
            Unmet::NotRoutine => "not_routine",
            Unmet::RisksNotOverseeable => "risks_not_overseeable",
            Unmet::NotComplexTechnicalMedicalAct => "not_complex_technical_medical_act",
            Unmet::RadiationRequirementsNotMet => "radiation_requirements_not_met",
            Unmet::NoDiagnosisByPhysician => "no_diagnosis_by_physician",
            Unmet::DrugNotPermitted { .. } => "drug_not_permitted",
            Unmet::TechniqueNotCovered { .. } => "technique_not_covered",
            Unmet::TechniqueOfOtherProcedure { .. } => "technique_of_other_procedure",
            Unmet::DrugUnknown { .. } => "drug_unknown",
            Unmet::TechniqueUnknown { .. } => "technique_unknown",
            Unmet::NoInstruction => "no_instruction",
            Unmet::InstructorNotAuthorised => "instructor_not_authorised",
            Unmet::DirectionsNotFollowed => "directions_not_followed",
            Unmet::SupervisionNotEnsured => "supervision_not_ensured",
            Unmet::NotCompetent { .. } => "not_competent",
            Unmet::CompetenceExpired { .. } => "competence_expired",
            Unmet::RouteClosedForPrescribing { .. } => "route_closed_for_prescribing",
        }
    }
}

impl Decision {
    /// The reason a row's unmet condition `c` gives. `None` only for a condition the row cannot
    /// have set (a qualification condition on a row without a qualification): the engine never
    /// produces one, and no placeholder stands in for it.
    pub(super) fn row_reason(&self, a: &RowAssessment, rule: &'static Rule, c: Condition) -> Option<Reason> {
        let s = &self.snapshot;
        let (citation, also) = rule.reason_citation(c);
        let unmet = match c {
            Condition::RegistrationInForce => {
                let (unmet, citation) = registration_reason(a.state, rule.registration_profession(), self.procedure);
                return Some(Reason { unmet, citation, also, changed_by: None });
            }
            Condition::QualificationHeld => Unmet::QualificationNotHeld { qualification: rule.qualification? },
            Condition::WithinField => Unmet::OutsideField { required: rule.field?, actual: s.field },
            Condition::WithinSpecialism => {
                Unmet::OutsideSpecialism { required: rule.qualification?, actual: s.specialism }
            }
            Condition::WithinTrainedSubdomain => {
                Unmet::OutsideTrainedSubdomain { trained: s.trained, also_trained: s.trained_more, actual: s.subdomain }
            }
            Condition::Protocol => Unmet::NoProtocol { procedure: self.procedure, subdomain: s.subdomain },
            Condition::LimitedComplexity => Unmet::NotLimitedComplexity,
            Condition::Routine => Unmet::NotRoutine,
            Condition::RisksOverseeable => Unmet::RisksNotOverseeable,
            Condition::ComplexTechnicalMedicalAct => Unmet::NotComplexTechnicalMedicalAct,
            Condition::RadiationRequirements => Unmet::RadiationRequirementsNotMet,
            Condition::DiagnosisByPhysician => Unmet::NoDiagnosisByPhysician,
            Condition::DrugPermitted => {
                let unmet = Unmet::DrugNotPermitted { drug: s.drug, procedure: self.procedure };
                // A substance a provision of its own keeps off the list: that provision.
                if let Some(limit) = rule.drug_citation(s.drug) {
                    return Some(Reason { unmet, citation: limit, also, changed_by: None });
                }
                unmet
            }
            Condition::TechniqueCovered => Unmet::TechniqueNotCovered { technique: s.technique },
            Condition::Instructed => Unmet::NoInstruction,
            Condition::InstructorAuthorised => Unmet::InstructorNotAuthorised,
            Condition::DirectionsFollowed => Unmet::DirectionsNotFollowed,
            Condition::Competent => self.competence_unmet(a.expired),
        };
        Some(Reason { unmet, citation, also, changed_by: None })
    }

    /// The reason a route-level unmet condition gives: every one has its own.
    pub(super) fn route_reason(&self, a: &RouteAssessment, c: RouteCondition) -> Reason {
        let (unmet, citation) = match c {
            RouteCondition::NotGranted => return self.not_granted(a),
            RouteCondition::TechniqueOfOtherProcedure => match self.snapshot.technique {
                Some(technique) => (
                    Unmet::TechniqueOfOtherProcedure { technique, procedure: self.procedure },
                    law::reserving(self.procedure),
                ),
                None => (Unmet::TechniqueNotCovered { technique: None }, law::reserving(self.procedure)),
            },
            RouteCondition::Instructed => (Unmet::NoInstruction, law::INSTRUCTION),
            RouteCondition::InstructorAuthorised => (Unmet::InstructorNotAuthorised, law::INSTRUCTION),
            RouteCondition::DirectionsFollowed => (Unmet::DirectionsNotFollowed, law::INSTRUCTION_DIRECTIONS),
            RouteCondition::SupervisionEnsured => (Unmet::SupervisionNotEnsured, law::SUPERVISION),
            RouteCondition::Competent => {
                let citation = if a.route == Route::Independent { law::COMPETENCE } else { law::INSTRUCTED_COMPETENCE };
                (self.competence_unmet(a.expired), citation)
            }
            RouteCondition::ClosedForPrescribing => {
                (Unmet::RouteClosedForPrescribing { route: a.route }, law::PRESCRIPTION_DEFINITION)
            }
        };
        Reason { unmet, citation, also: None, changed_by: None }
    }

    /// The reason a fact the permitting assessment `a` needs would give if it did not hold.
    pub(super) fn requirement(&self, a: Assessment, fact: CaseFact) -> Reason {
        let condition = crate::input::context::FACT_CONDITIONS.iter().find(|(f, _)| *f == fact).map(|(_, c)| *c);
        if let Assessment::Row(r) = a {
            {
                let rule = r.rule.rule();
                let (c, state) = match (condition, fact) {
                    (Some(c), _) => (c, r.state),
                    (None, CaseFact::RegistrationConfirmed) => (Condition::RegistrationInForce, StateOn::Unconfirmed),
                    (None, CaseFact::PatientGroup | CaseFact::Place) => {
                        let fact = Some(fact);
                        let open = r.state.open_scope(fact).map_or(r.state, |(g, s)| {
                            let one = Some((g, s));
                            if fact == Some(CaseFact::Place) {
                                StateOn::ScopeOpen { group: None, place: one }
                            } else {
                                StateOn::ScopeOpen { group: one, place: None }
                            }
                        });
                        (Condition::RegistrationInForce, open)
                    }
                    (None, _) => (Condition::RegistrationInForce, StateOn::ConditionsImposed),
                };
                let probe = RowAssessment { unmet: crate::law::ConditionSet::only(c), state, ..r };
                if let Some(reason) = self.row_reason(&probe, rule, c) {
                    return reason;
                }
            }
        }
        // A route without a row (an instruction): the fact is the instructor's authority's.
        let unmet = match condition {
            Some(Condition::LimitedComplexity) => Unmet::NotLimitedComplexity,
            Some(Condition::Routine) => Unmet::NotRoutine,
            Some(Condition::RisksOverseeable) => Unmet::RisksNotOverseeable,
            Some(Condition::ComplexTechnicalMedicalAct) => Unmet::NotComplexTechnicalMedicalAct,
            Some(Condition::RadiationRequirements) => Unmet::RadiationRequirementsNotMet,
            Some(Condition::DiagnosisByPhysician) => Unmet::NoDiagnosisByPhysician,
            // Whose registration is bound to conditions is known only with one profession on record;
            // otherwise it is the instructor's authority that turns on it.
            _ => self.snapshot.sole_profession.map_or(Unmet::InstructorNotAuthorised, |profession| {
                Unmet::RegistrationConditionsNotMet { profession }
            }),
        };
        Reason { unmet, citation: law::INSTRUCTION, also: None, changed_by: None }
    }

    /// The requirement of a conditional answer that the unknown medicine be one of those that
    /// permit, cited to what limits the medicine on the route it rests on: the row's list, or,
    /// for an instruction, the instructor's authority (art. 35 lid 1 onder a).
    pub(super) fn drug_requirement(&self, a: Assessment) -> Reason {
        let unmet = Unmet::DrugUnknown { procedure: self.procedure, permits: self.required_drugs() };
        self.unknown_requirement(a, Condition::DrugPermitted, unmet)
    }

    /// The requirement that the unknown technique be one of those that permit, cited as
    /// [`drug_requirement`](Self::drug_requirement) is.
    pub(super) fn technique_requirement(&self, a: Assessment) -> Reason {
        let unmet = Unmet::TechniqueUnknown { procedure: self.procedure, permits: self.required_techniques() };
        self.unknown_requirement(a, Condition::TechniqueCovered, unmet)
    }

    fn unknown_requirement(&self, a: Assessment, c: Condition, unmet: Unmet) -> Reason {
        if let Assessment::Row(r) = a {
            let rule = r.rule.rule();
            let limits = match c {
                Condition::DrugPermitted => rule.drugs.is_some(),
                _ => rule.techniques.is_some(),
            };
            let probe = RowAssessment { unmet: crate::law::ConditionSet::only(c), ..r };
            if let Some(reason) = self.row_reason(&probe, rule, c).filter(|_| limits) {
                return Reason { unmet, ..reason };
            }
        }
        Reason { unmet, citation: law::INSTRUCTION, also: None, changed_by: None }
    }

    fn competence_unmet(&self, expired: Option<Date>) -> Unmet {
        match expired {
            Some(on) => Unmet::CompetenceExpired { procedure: self.procedure, on },
            None => Unmet::NotCompetent { procedure: self.procedure },
        }
    }

    /// Why no row grants the procedure: the holder's designation ended or has not started, their
    /// category or experiment list does not include it, a title holder lacks the register entry
    /// that took over, a nurse lacks a prescribing annotation, or no profession of theirs holds it.
    /// A designation that ended or has not started cites the provision that grants the act, and
    /// the instrument that changed it, with its day, beside it ([`Rule::ended`], [`Rule::started`]).
    pub(super) fn not_granted(&self, a: &RouteAssessment) -> Reason {
        let s = &self.snapshot;
        let procedure = self.procedure;
        let reason = |unmet, citation| Reason { unmet, citation, also: None, changed_by: None };
        if let Some(near) = a.near.map(RowId::rule) {
            let profession = near.registration_profession();
            let qualification = near.qualification;
            if near.valid.from() > self.date {
                let unmet = Unmet::DesignationNotYet { profession, qualification, procedure, from: near.valid.from() };
                return Reason { changed_by: near.started(), ..reason(unmet, near.citation) };
            }
            if s.title_without_register == Some(profession)
                && law::rules_for(procedure).any(|r| {
                    r.route == Route::Independent
                        && r.profession == profession.register_profession()
                        && r.valid.contains(self.date)
                })
            {
                // The experiment ended and the register took over the procedure: what is missing
                // is the register entry (art. 4 lid 4), not a designation.
                let register = profession.register_profession();
                return reason(Unmet::NotRegistered { profession: register }, law::registration(register));
            }
            let on = near.valid.until().unwrap_or(self.date);
            let unmet = Unmet::DesignationEnded { profession, qualification, procedure, on };
            return Reason { changed_by: near.ended(), ..reason(unmet, near.citation) };
        }
        if let Some((profession, qualification, list)) =
            law::designation_list(s.sole_profession, s.held_specialism, self.date)
        {
            return reason(Unmet::NotDesignated { profession, qualification, procedure }, list);
        }
        if s.sole_profession == Some(Profession::Nurse) && procedure == Procedure::Prescribing {
            return reason(Unmet::NoPrescribingAnnotation, law::NURSE_PRESCRIBING_ANNOTATION);
        }
        reason(
            Unmet::NotGranted { profession: s.sole_profession, procedure, date: self.date },
            law::reserving(procedure),
        )
    }
}

fn registration_reason(state: StateOn, profession: Profession, procedure: Procedure) -> (Unmet, Citation) {
    match state {
        StateOn::Suspended { until } => (Unmet::Suspended { profession, until }, law::SUSPENSION),
        StateOn::StruckOff { on, ground } => {
            (Unmet::StruckOff { profession, since: on, ground }, law::strike_off(ground))
        }
        StateOn::PartiallyWithdrawn { .. } => {
            (Unmet::AuthorityWithdrawn { profession, procedure }, law::PARTIAL_WITHDRAWAL)
        }
        StateOn::Restricted { ground, .. } => {
            (Unmet::AuthorityRestricted { profession, procedure, ground }, law::restriction(ground))
        }
        StateOn::InScope { ground, scope } => {
            (Unmet::AuthorityRestrictedInScope { profession, procedure, ground, scope }, law::restriction(ground))
        }
        StateOn::ScopeOpen { group, place } => match group.or(place) {
            Some((ground, scope)) => {
                (Unmet::RestrictionScopeOpen { profession, procedure, ground, scope }, law::restriction(ground))
            }
            None => (Unmet::NotRegistered { profession }, law::registration(profession)),
        },
        StateOn::ConditionsImposed => {
            (Unmet::RegistrationConditionsNotMet { profession }, law::REGISTRATION_CONDITIONS)
        }
        // What the measure is, is not known: the reason cites what the registration must be to
        // grant anything, in force (as for no registration at all).
        StateOn::Unconfirmed => (Unmet::RegistrationUnconfirmed { profession }, law::registration(profession)),
        StateOn::UnknownMeasure { from, until } => {
            (Unmet::UnknownMeasure { profession, from, until }, law::registration(profession))
        }
        StateOn::NotRegistered | StateOn::Active => {
            (Unmet::NotRegistered { profession }, law::registration(profession))
        }
    }
}
