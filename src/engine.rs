//! `decide`: evaluate every condition of every candidate route, then combine.
//!
//! The routes are tried in the law's order. Each leaves an [`Assessment`]: a law-table row with
//! its unmet conditions, or the route-level conditions that failed. `decision` turns those into
//! reasons, remedies and sentences; nothing here formats or allocates.

use crate::context::{Context, Instruction};
use crate::date::Date;
use crate::decision::{Assessment, Decision, RouteAssessment, RouteCondition, RouteConditionSet, RowAssessment};
use crate::facts::CaseFact;
use crate::law::{self, Condition, ConditionSet, INSTRUCTOR_COMPETENCE_WAIVED_FROM, Rule};
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
/// A context whose technique is a form of another procedure asks a contradictory question: the
/// decision is a denial that says so, on every route. [`Request::new`](crate::Request::new)
/// rejects such a request before it is decided.
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
/// assert_eq!(decision.basis().map(|c| c.to_string()).as_deref(), Some("Wet BIG art. 36 lid 1 onder a"));
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
    if ctx.technique().is_some_and(|t| t.procedure() != procedure) {
        let unmet = RouteConditionSet::only(RouteCondition::TechniqueOfOtherProcedure);
        return Decision::new(procedure, who, ctx, None, Assessment::general(Route::Independent, unmet), None);
    }
    // The performer's competence is the same on every route: look it up once.
    let competence = Some(who.competence_on(procedure, ctx.subdomain(), ctx.date()));
    let independent = assess_rows(who, procedure, ctx, Route::Independent, competence);
    if independent.is_met() {
        return Decision::new(procedure, who, ctx, Some(Route::Independent), independent, None);
    }
    let other = assess_other(who, procedure, ctx, competence);
    let route = other.is_met().then(|| other.route());
    Decision::new(procedure, who, ctx, route, independent, Some(other))
}

/// The routes after independence, in the law's order; returns the first that holds, or the one to
/// report when none does.
fn assess_other(
    who: &Professional,
    procedure: Procedure,
    ctx: &Context,
    competence: Option<CompetenceOn>,
) -> Assessment {
    let functional = assess_rows(who, procedure, ctx, Route::FunctionalIndependence, competence);
    if functional.is_met() {
        return functional;
    }
    let instructed = assess_instruction(procedure, ctx, competence);
    if instructed.is_met() {
        return instructed;
    }
    // Emergency and acting outside one's profession lift the prohibition of art. 35, but no route
    // but independence yields a valid prescription (Geneesmiddelenwet art. 1 lid 1 onder pp).
    let open = if procedure == Procedure::Prescribing {
        RouteConditionSet::only(RouteCondition::ClosedForPrescribing)
    } else {
        RouteConditionSet::EMPTY
    };
    if ctx.emergency() {
        return Assessment::general(Route::Emergency, open);
    }
    if !ctx.professional() {
        return Assessment::general(Route::NotProfessional, open);
    }
    // Nothing holds: report functional independence when the law designates this holder for the
    // act and it is no further away, otherwise the general instruction route.
    if functional.rule().is_some() && functional.unmet_count() <= instructed.unmet_count() {
        functional
    } else {
        instructed
    }
}

/// Evaluates the table rows of one route for `procedure` on the context's date and returns the
/// first row that is met, or the closest one (fewest unmet conditions; table order breaks ties),
/// or "not granted" when no row names the holder on that date. `competence` is the holder's
/// competence for the act, or `None` when it is not required.
pub(crate) fn assess_rows(
    who: &Professional,
    procedure: Procedure,
    ctx: &Context,
    route: Route,
    competence: Option<CompetenceOn>,
) -> Assessment {
    let date = ctx.date();
    let mut best: Option<RowAssessment> = None;
    let rows = law::rows_for(procedure, route);
    // Only the rows whose holder this person could be, precomputed when the professional was built.
    let all = who.candidates(route, procedure);
    let mut mask = all;
    while mask != 0 {
        let bit = mask.trailing_zeros() as usize;
        mask &= mask - 1;
        let Some(&i) = rows.get(bit) else { continue };
        let Some(rule) = law::rule_at(i) else { continue };
        if !rule.valid.contains(date) {
            continue;
        }
        let Some(reg) = who.registration(rule.registration_profession()) else { continue };
        let a = assess_rule(rule, i, reg.state_on(date), who, procedure, ctx, competence);
        if a.unmet.is_empty() {
            return Assessment::Row(a);
        }
        // Count unmet conditions only when a second row competes: most people have one.
        best = match best {
            Some(b) if b.unmet.len() <= a.unmet.len() => Some(b),
            _ => Some(a),
        };
    }
    match best {
        Some(b) => Assessment::Row(b),
        None => Assessment::Route(RouteAssessment {
            route,
            unmet: RouteConditionSet::only(RouteCondition::NotGranted),
            expired: None,
            near: nearest_row(rows, all, date),
        }),
    }
}

/// Among the rows in `mask` (the holder's, none in force on `date`): the one that ended most
/// recently before the date, else the one that starts first after it. It names the designation a
/// denial is about ("ended on", "starts on"). Runs only on the denial path.
fn nearest_row(rows: &[u8], mut mask: u32, date: Date) -> Option<u8> {
    let mut ended: Option<(Date, u8)> = None;
    let mut starts: Option<(Date, u8)> = None;
    while mask != 0 {
        let bit = mask.trailing_zeros() as usize;
        mask &= mask - 1;
        let Some(&i) = rows.get(bit) else { continue };
        let Some(rule) = law::rule_at(i) else { continue };
        let from = rule.valid.from();
        match rule.valid.until() {
            Some(until) if until < date && ended.is_none_or(|(d, _)| d < until) => ended = Some((until, i)),
            Some(until) if until < date => {}
            _ if from > date && starts.is_none_or(|(d, _)| d > from) => starts = Some((from, i)),
            _ => {}
        }
    }
    ended.or(starts).map(|(_, i)| i)
}

/// Every condition of one row. No early return: a denial lists all of them.
fn assess_rule(
    rule: &Rule,
    position: u8,
    state: StateOn,
    who: &Professional,
    procedure: Procedure,
    ctx: &Context,
    competence: Option<CompetenceOn>,
) -> RowAssessment {
    let date = ctx.date();
    let c = rule.conditions;
    let in_force = match state {
        StateOn::Active => true,
        StateOn::PartiallyWithdrawn { procedures } | StateOn::Restricted { procedures, .. } => {
            !procedures.contains(procedure)
        }
        StateOn::ConditionsImposed => ctx.facts().is_established(CaseFact::RegistrationConditionsMet),
        StateOn::NotRegistered | StateOn::Suspended { .. } | StateOn::StruckOff { .. } => false,
    };
    // The case facts at once: the row's fact conditions the context does not establish.
    let mut unmet = when(Condition::RegistrationInForce, !in_force).union(c.intersection(ctx.fact_gaps()));
    if let Some(q) = rule.qualification {
        unmet = unmet.union(when(Condition::QualificationHeld, !who.holds_qualification_on(q, date)));
    }
    if let Some(field) = rule.field {
        unmet = unmet.union(when(Condition::WithinField, ctx.field() != field));
    }
    if c.contains(Condition::WithinSpecialism) {
        unmet = unmet.union(when(Condition::WithinSpecialism, ctx.specialism() != rule.qualification));
    }
    if c.contains(Condition::WithinTrainedSubdomain) {
        unmet = unmet.union(when(Condition::WithinTrainedSubdomain, !who.is_trained_in(ctx.subdomain())));
    }
    if c.contains(Condition::Protocol) {
        unmet = unmet.union(when(Condition::Protocol, !ctx.has_protocol_for(procedure)));
    }
    if let Some(drugs) = rule.drugs {
        unmet = unmet.union(when(Condition::DrugPermitted, !ctx.drug().is_some_and(|d| drugs.contains(d))));
    }
    if let Some(techniques) = rule.techniques {
        unmet =
            unmet.union(when(Condition::TechniqueCovered, !ctx.technique().is_some_and(|t| techniques.contains(t))));
    }
    if rule.route == Route::FunctionalIndependence {
        let i = instruction_unmet(ctx.instruction(), procedure, ctx);
        unmet = unmet
            .union(when(Condition::Instructed, i.contains(RouteCondition::Instructed)))
            .union(when(Condition::InstructorAuthorised, i.contains(RouteCondition::InstructorAuthorised)))
            .union(when(Condition::DirectionsFollowed, i.contains(RouteCondition::DirectionsFollowed)));
    }
    let (competent, expired) = competence_of(competence);
    RowAssessment { rule: position, unmet: unmet.union(when(Condition::Competent, !competent)), state, expired }
}

/// `c` when `failed`, else nothing.
#[inline]
const fn when(c: Condition, failed: bool) -> ConditionSet {
    if failed { ConditionSet::only(c) } else { ConditionSet::EMPTY }
}

/// Whether the competence condition holds (or is not required), and the day it expired.
#[inline]
const fn competence_of(competence: Option<CompetenceOn>) -> (bool, Option<Date>) {
    match competence {
        None | Some(CompetenceOn::Competent) => (true, None),
        Some(CompetenceOn::Expired { on }) => (false, Some(on)),
        Some(CompetenceOn::Missing) => (false, None),
    }
}

/// The general instruction route (art. 35 and 38): anyone, for any procedure but prescribing.
fn assess_instruction(procedure: Procedure, ctx: &Context, competence: Option<CompetenceOn>) -> Assessment {
    if procedure == Procedure::Prescribing {
        return Assessment::general(
            Route::OnInstruction,
            RouteConditionSet::only(RouteCondition::ClosedForPrescribing),
        );
    }
    let mut unmet = instruction_unmet(ctx.instruction(), procedure, ctx);
    if let Some(ins) = ctx.instruction() {
        if !ins.supervision_ensured {
            unmet = unmet.with(RouteCondition::SupervisionEnsured);
        }
    }
    let (competent, expired) = competence_of(competence);
    if !competent {
        unmet = unmet.with(RouteCondition::Competent);
    }
    Assessment::Route(RouteAssessment { route: Route::OnInstruction, unmet, expired, near: None })
}

/// The instruction's own conditions (supervision aside, which functional independence does not
/// need). Without an instruction only its absence is reported: the others are about an
/// instruction that does not exist.
fn instruction_unmet(instruction: Option<&Instruction>, procedure: Procedure, ctx: &Context) -> RouteConditionSet {
    let Some(ins) = instruction else {
        return RouteConditionSet::only(RouteCondition::Instructed);
    };
    let mut unmet = RouteConditionSet::EMPTY;
    if !instructor_authorised(&ins.instructor, procedure, ctx) {
        unmet = unmet.with(RouteCondition::InstructorAuthorised);
    }
    if !ins.directions_followed {
        unmet = unmet.with(RouteCondition::DirectionsFollowed);
    }
    unmet
}

/// Whether the instructor derives authority from art. 36/36a for the act here. Their own
/// competence is not needed from 2011-07-01 (art. 36 lid 15, second sentence).
fn instructor_authorised(instructor: &Professional, procedure: Procedure, ctx: &Context) -> bool {
    let competence = (ctx.date() < INSTRUCTOR_COMPETENCE_WAIVED_FROM)
        .then(|| instructor.competence_on(procedure, ctx.subdomain(), ctx.date()));
    assess_rows(instructor, procedure, ctx, Route::Independent, competence).is_met()
}
