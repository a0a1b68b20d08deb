//! `decide`: evaluate every condition of every candidate route, then combine.

use crate::context::{Context, Instruction};
use crate::date::Date;
use crate::decision::{Assessment, Decision};
use crate::law::{self, Condition, Conditions, INSTRUCTOR_COMPETENCE_WAIVED_FROM, Rule};
use crate::procedure::Procedure;
use crate::professional::{CompetenceOn, Professional, StateOn};
use crate::route::Route;

/// Decides whether `who` may perform `procedure` in `ctx`.
///
/// Independent authority is checked first. When it is denied, the other routes follow in the
/// order the law gives them (functional independence, on instruction, emergency, not professional)
/// and the decision names the first that holds, keeping the reasons independence failed. A denial
/// lists every unmet condition of the closest row of each route tried, in a fixed order.
///
/// Never fails and never panics: the inputs were validated when they were built. Allocates
/// nothing; reasons are materialised only when asked for.
///
/// # Example
///
/// ```
/// use bevoegd::{decide, CaseFacts, Competence, Context, Date, FieldOfCare, Period, Procedure,
///               Professional, Profession, Registration, Route};
///
/// let since = Date::new(2015, 9, 1)?;
/// let surgeon = Professional::builder("J. Bakker")
///     .registration(Registration::active_from(Profession::Physician, since))
///     .competence(Competence { procedure: Procedure::Surgery, subdomain: None, valid: Period::starting(since) })
///     .build()?;
/// let theatre = Context::builder(Date::new(2025, 5, 12)?, FieldOfCare::Medicine).build()?;
///
/// let decision = decide(&surgeon, Procedure::Surgery, &theatre);
/// assert!(decision.is_permitted());
/// assert_eq!(decision.route(), Some(Route::Independent));
/// assert_eq!(decision.basis().unwrap().to_string(), "Wet BIG art. 36 lid 1 onder a");
///
/// // Not competent for endoscopy: denied, with the competence clause cited.
/// let decision = decide(&surgeon, Procedure::Endoscopy, &theatre);
/// assert!(!decision.is_permitted());
/// let reasons = decision.reasons();
/// assert_eq!(reasons[0].citation.to_string(), "Wet BIG art. 36 lid 15");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn decide(who: &Professional, procedure: Procedure, ctx: &Context) -> Decision {
    let independent = assess_rows(who, procedure, ctx, Route::Independent, true);
    if independent.is_met() {
        return Decision::new(procedure, ctx, Some(Route::Independent), independent, None);
    }
    let other = assess_other(who, procedure, ctx);
    let route = other.is_met().then(|| other.route());
    Decision::new(procedure, ctx, route, independent, Some(other))
}

/// The routes after independence, in the law's order; returns the first that holds, or the one to
/// report when none does.
fn assess_other(who: &Professional, procedure: Procedure, ctx: &Context) -> Assessment {
    let functional = assess_rows(who, procedure, ctx, Route::FunctionalIndependence, true);
    if functional.is_met() {
        return functional;
    }
    let instructed = assess_instruction(who, procedure, ctx);
    if instructed.is_met() {
        return instructed;
    }
    // Emergency and acting outside one's profession lift the prohibition of art. 35, but no route
    // but independence yields a valid prescription (Geneesmiddelenwet art. 1 lid 1 onder pp).
    let open = if procedure == Procedure::Prescribing {
        Conditions::NONE.with(Condition::RouteOpenForProcedure)
    } else {
        Conditions::NONE
    };
    if ctx.emergency() {
        return Assessment::general(Route::Emergency, open);
    }
    if !ctx.professional() {
        return Assessment::general(Route::NotProfessional, open);
    }
    // Nothing holds: report functional independence when the law designates this holder for the
    // act and it is no further away, otherwise the general instruction route.
    if functional.rule().is_some() && functional.unmet().len() <= instructed.unmet().len() {
        functional
    } else {
        instructed
    }
}

/// Evaluates the table rows of one route for `procedure` on the context's date and returns the
/// first row that is met, or the closest one (fewest unmet conditions; table order breaks ties),
/// or "not granted" when no row names the holder on that date.
pub(crate) fn assess_rows(
    who: &Professional,
    procedure: Procedure,
    ctx: &Context,
    route: Route,
    competence_required: bool,
) -> Assessment {
    let date = ctx.date();
    let mut best: Option<Assessment> = None;
    for &i in law::rows_for(procedure) {
        let Some(rule) = law::rule_at(i) else { continue };
        if rule.route != route || !rule.valid.contains(date) {
            continue;
        }
        if rule.qualification.is_some_and(|q| !who.has_qualification_record(q)) {
            continue;
        }
        let Some(reg) = who.registration(rule.registration_profession()) else { continue };
        let a = assess_rule(rule, i, reg.state_on(date), who, procedure, ctx, competence_required);
        if a.is_met() {
            return a;
        }
        if best.is_none_or(|b| a.unmet().len() < b.unmet().len()) {
            best = Some(a);
        }
    }
    best.unwrap_or_else(|| Assessment::general(route, Conditions::NONE.with(Condition::Granted)))
}

/// Every condition of one row. No early return: a denial lists all of them.
fn assess_rule(
    rule: &Rule,
    position: u8,
    state: StateOn,
    who: &Professional,
    procedure: Procedure,
    ctx: &Context,
    competence_required: bool,
) -> Assessment {
    let date = ctx.date();
    let facts = ctx.facts();
    let mut unmet = Conditions::NONE;
    let mut fail = |c: Condition, failed: bool| {
        if failed {
            unmet = unmet.with(c);
        }
    };

    let in_force = match state {
        StateOn::Active => true,
        StateOn::PartiallyWithdrawn { procedures } => !procedures.contains(procedure),
        StateOn::NotRegistered | StateOn::Suspended { .. } | StateOn::StruckOff { .. } => false,
    };
    fail(Condition::RegistrationInForce, !in_force);
    if let Some(q) = rule.qualification {
        fail(Condition::QualificationHeld, !who.holds_qualification_on(q, date));
    }
    if let Some(field) = rule.field {
        fail(Condition::WithinField, ctx.field() != field);
    }
    let c = rule.conditions;
    if c.contains(Condition::WithinSpecialism) {
        fail(Condition::WithinSpecialism, ctx.specialism() != rule.qualification);
    }
    if c.contains(Condition::WithinTrainedSubdomain) {
        fail(Condition::WithinTrainedSubdomain, !who.is_trained_in(ctx.subdomain()));
    }
    if c.contains(Condition::Protocol) {
        fail(Condition::Protocol, !ctx.has_protocol_for(procedure));
    }
    fail(Condition::LimitedComplexity, c.contains(Condition::LimitedComplexity) && !facts.limited_complexity);
    fail(Condition::Routine, c.contains(Condition::Routine) && !facts.routine);
    fail(Condition::RisksOverseeable, c.contains(Condition::RisksOverseeable) && !facts.risks_overseeable);
    fail(
        Condition::ComplexTechnicalMedicalAct,
        c.contains(Condition::ComplexTechnicalMedicalAct) && !facts.complex_technical_medical_act,
    );
    fail(
        Condition::RadiationRequirements,
        c.contains(Condition::RadiationRequirements) && !facts.radiation_requirements_met,
    );
    fail(Condition::DiagnosisByPhysician, c.contains(Condition::DiagnosisByPhysician) && !facts.diagnosis_by_physician);
    if let Some(drugs) = rule.drugs {
        fail(Condition::DrugPermitted, !ctx.drug().is_some_and(|d| drugs.contains(d)));
    }
    if let Some(techniques) = rule.techniques {
        fail(Condition::TechniqueCovered, !ctx.technique().is_some_and(|t| techniques.contains(t)));
    }
    if rule.route == Route::FunctionalIndependence {
        unmet = unmet.union(instruction_unmet(ctx.instruction(), procedure, ctx, false));
    }
    let mut expired = None;
    if competence_required {
        match who.competence_on(procedure, ctx.subdomain(), date) {
            CompetenceOn::Competent => {}
            CompetenceOn::Expired { on } => {
                unmet = unmet.with(Condition::Competent);
                expired = Some(on);
            }
            CompetenceOn::Missing => unmet = unmet.with(Condition::Competent),
        }
    }
    Assessment::for_rule(rule.route, position, unmet, state, rule.registration_profession(), expired)
}

/// The general instruction route (art. 35 and 38): anyone, for any procedure but prescribing.
fn assess_instruction(who: &Professional, procedure: Procedure, ctx: &Context) -> Assessment {
    if procedure == Procedure::Prescribing {
        return Assessment::general(Route::OnInstruction, Conditions::NONE.with(Condition::RouteOpenForProcedure));
    }
    let mut unmet = instruction_unmet(ctx.instruction(), procedure, ctx, true);
    let mut expired = None;
    match who.competence_on(procedure, ctx.subdomain(), ctx.date()) {
        CompetenceOn::Competent => {}
        CompetenceOn::Expired { on } => {
            unmet = unmet.with(Condition::Competent);
            expired = Some(on);
        }
        CompetenceOn::Missing => unmet = unmet.with(Condition::Competent),
    }
    Assessment::general(Route::OnInstruction, unmet).with_expired(expired)
}

/// The instruction's own conditions. Without an instruction only its absence is reported: the
/// others are about an instruction that does not exist.
fn instruction_unmet(
    instruction: Option<&Instruction>,
    procedure: Procedure,
    ctx: &Context,
    supervision_needed: bool,
) -> Conditions {
    let Some(ins) = instruction else {
        return Conditions::NONE.with(Condition::Instructed);
    };
    let mut unmet = Conditions::NONE;
    if !instructor_authorised(&ins.instructor, procedure, ctx) {
        unmet = unmet.with(Condition::InstructorAuthorised);
    }
    if !ins.directions_followed {
        unmet = unmet.with(Condition::DirectionsFollowed);
    }
    if supervision_needed && !ins.supervision_ensured {
        unmet = unmet.with(Condition::SupervisionEnsured);
    }
    unmet
}

/// Whether the instructor derives authority from art. 36/36a for the act here. Their own
/// competence is not needed from 2011-07-01 (art. 36 lid 15, second sentence).
fn instructor_authorised(instructor: &Professional, procedure: Procedure, ctx: &Context) -> bool {
    let competence_required = ctx.date() < INSTRUCTOR_COMPETENCE_WAIVED_FROM;
    assess_rows(instructor, procedure, ctx, Route::Independent, competence_required).is_met()
}

/// The day after `d`, saturating at the end of the calendar.
pub(crate) fn day_after(d: Date) -> Date {
    d.next_day().unwrap_or(d)
}
