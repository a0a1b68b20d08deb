//! `decide`: evaluate every condition of every candidate route, then combine.
//!
//! The routes are tried in the law's order. Each leaves an [`Assessment`]: a law-table row with
//! its unmet conditions, or the route-level conditions that failed. `decision` turns those into
//! reasons, remedies and sentences; nothing here formats or allocates.

use crate::decision::{Assessment, Decision, RouteAssessment, RouteCondition, RouteConditionSet, RowAssessment};
use crate::input::context::{Context, Instruction};
use crate::input::professional::{CompetenceOn, Professional, StateOn};
use crate::law::{self, Condition, ConditionSet, INSTRUCTOR_COMPETENCE_WAIVED_FROM, Rule};
use crate::types::date::Date;
use crate::types::facts::{CaseFact, CaseFactSet};
use crate::types::procedure::{Procedure, ProcedureSet};
use crate::types::route::Route;

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
    let decision = decide_assuming(who, procedure, ctx, CaseFactSet::EMPTY);
    let unknown = ctx.facts().unknown_set();
    if decision.is_permitted() || unknown.is_empty() {
        return decision;
    }
    // Denied with some facts unknown: would the act be permitted if they held? Then the answer
    // is conditional on the fewest of them that it needs: each one dropped (the others kept)
    // gives a denial. Established facts never turn a permit into a denial, so dropping one at a
    // time and keeping the drop when the permit survives leaves a set where every fact counts.
    if !decide_assuming(who, procedure, ctx, unknown).is_permitted() {
        return decision.with_unknown(unknown);
    }
    let mut required = unknown;
    for fact in unknown.iter() {
        if decide_assuming(who, procedure, ctx, required.without(fact)).is_permitted() {
            required = required.without(fact);
        }
    }
    decide_assuming(who, procedure, ctx, required).conditional_on(required, unknown)
}

/// [`decide`] with the facts in `assumed` taken as established.
#[inline]
fn decide_assuming(who: &Professional, procedure: Procedure, ctx: &Context, assumed: CaseFactSet) -> Decision {
    if ctx.technique().is_some_and(|t| t.procedure() != procedure) {
        let unmet = RouteConditionSet::only(RouteCondition::TechniqueOfOtherProcedure);
        return Decision::new(procedure, who, ctx, None, Assessment::general(Route::Independent, unmet), None);
    }
    let facts = Facts { gaps: ctx.fact_gaps_assuming(assumed), assumed };
    // The performer's competence is the same on every route: look it up once.
    let competence = Some(who.competence_on(procedure, ctx.subdomain(), ctx.date()));
    let independent = assess_rows(who, procedure, ctx, facts, Route::Independent, competence);
    if independent.is_met() {
        return Decision::new(procedure, who, ctx, Some(Route::Independent), independent, None);
    }
    let other = assess_other(who, procedure, ctx, facts, competence);
    let route = other.is_met().then(|| other.route());
    Decision::new(procedure, who, ctx, route, independent, Some(other))
}

/// The case facts as the engine reads them: the fact conditions not established, and the facts
/// taken as established beyond the context's own.
#[derive(Clone, Copy)]
struct Facts {
    gaps: ConditionSet,
    assumed: CaseFactSet,
}

impl Facts {
    fn is_established(self, ctx: &Context, fact: CaseFact) -> bool {
        self.assumed.contains(fact) || ctx.facts().is_established(fact)
    }
}

/// The routes after independence, in the law's order; returns the first that holds, or the one to
/// report when none does.
fn assess_other(
    who: &Professional,
    procedure: Procedure,
    ctx: &Context,
    facts: Facts,
    competence: Option<CompetenceOn>,
) -> Assessment {
    let functional = assess_rows(who, procedure, ctx, facts, Route::FunctionalIndependence, competence);
    if functional.is_met() {
        return functional;
    }
    let instructed = assess_instruction(procedure, ctx, facts, competence);
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
    if ctx.is_emergency() {
        return Assessment::general(Route::Emergency, open);
    }
    if !ctx.is_professional() {
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
fn assess_rows(
    who: &Professional,
    procedure: Procedure,
    ctx: &Context,
    facts: Facts,
    route: Route,
    competence: Option<CompetenceOn>,
) -> Assessment {
    // Only the rows whose holder this person could be, precomputed when the professional was built.
    let all = who.candidates(route, procedure);
    if all == 0 {
        // A route the person cannot hold for this procedure (a physician's functional
        // independence): nothing to evaluate, and no row to name.
        return Assessment::Route(RouteAssessment {
            route,
            unmet: RouteConditionSet::only(RouteCondition::NotGranted),
            expired: None,
            near: None,
        });
    }
    let date = ctx.date();
    let mut best: Option<RowAssessment> = None;
    let rows = law::rows_for(procedure, route);
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
        let a = assess_rule(rule, i, reg.state_on(date), who, procedure, ctx, facts, competence);
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
            // An ended row that is not the latest falls through: it started before the date.
            _ if from > date && starts.is_none_or(|(d, _)| d > from) => starts = Some((from, i)),
            _ => {}
        }
    }
    ended.or(starts).map(|(_, i)| i)
}

/// Every condition of one row. No early return: a denial lists all of them.
#[allow(clippy::too_many_arguments, reason = "one row's whole question; a struct would only rename it")]
fn assess_rule(
    rule: &Rule,
    position: u8,
    state: StateOn,
    who: &Professional,
    procedure: Procedure,
    ctx: &Context,
    facts: Facts,
    competence: Option<CompetenceOn>,
) -> RowAssessment {
    let c = rule.conditions;
    let in_force = in_force_for(state, ctx, facts).contains(procedure);
    let mut unmet = when(Condition::RegistrationInForce, !in_force).union(common_unmet(rule, who, ctx, facts));
    if c.contains(Condition::Protocol) {
        unmet = unmet.union(when(Condition::Protocol, !ctx.has_protocol_for(procedure)));
    }
    if rule.route == Route::FunctionalIndependence {
        let i = instruction_unmet(ctx.instruction(), procedure, ctx, facts);
        unmet = unmet
            .union(when(Condition::Instructed, i.contains(RouteCondition::Instructed)))
            .union(when(Condition::InstructorAuthorised, i.contains(RouteCondition::InstructorAuthorised)))
            .union(when(Condition::DirectionsFollowed, i.contains(RouteCondition::DirectionsFollowed)));
    }
    let (competent, expired) = competence_of(competence);
    RowAssessment { rule: position, unmet: unmet.union(when(Condition::Competent, !competent)), state, expired }
}

/// The procedures a registration in `state` authorises on the context's date: all while active,
/// all but the withdrawn or restricted ones, all or none under conditions (as the context
/// asserts them complied with), none while not registered, suspended or struck off.
#[inline]
fn in_force_for(state: StateOn, ctx: &Context, facts: Facts) -> ProcedureSet {
    match state {
        StateOn::Active => ProcedureSet::ALL,
        StateOn::PartiallyWithdrawn { procedures } | StateOn::Restricted { procedures, .. } => {
            ProcedureSet::ALL.difference(procedures)
        }
        StateOn::ConditionsImposed if facts.is_established(ctx, CaseFact::RegistrationConditionsMet) => {
            ProcedureSet::ALL
        }
        StateOn::ConditionsImposed | StateOn::NotRegistered | StateOn::Suspended { .. } | StateOn::StruckOff { .. } => {
            ProcedureSet::EMPTY
        }
    }
}

/// The unmet conditions of a row that are the same whichever of the row's procedures is asked:
/// case facts, qualification, field, specialism, trained subdomain, substance and technique.
/// (Registration in force, protocol, instruction and competence are per procedure.)
#[inline]
fn common_unmet(rule: &Rule, who: &Professional, ctx: &Context, facts: Facts) -> ConditionSet {
    context_unmet(rule, ctx, facts).union(person_unmet(rule, who, ctx))
}

/// The part of [`common_unmet`] the context alone decides: case facts, field, specialism,
/// substance and technique. The same for everyone in one context, so a team is asked once.
#[inline]
fn context_unmet(rule: &Rule, ctx: &Context, facts: Facts) -> ConditionSet {
    let c = rule.conditions;
    // The case facts at once: the row's fact conditions the context does not establish.
    let mut unmet = c.intersection(facts.gaps);
    if let Some(field) = rule.field {
        unmet = unmet.union(when(Condition::WithinField, ctx.field() != field));
    }
    if c.contains(Condition::WithinSpecialism) {
        unmet = unmet.union(when(Condition::WithinSpecialism, ctx.specialism() != rule.qualification));
    }
    if let Some(drugs) = rule.drugs {
        unmet = unmet.union(when(Condition::DrugPermitted, !ctx.drug().is_some_and(|d| drugs.contains(d))));
    }
    if let Some(techniques) = rule.techniques {
        unmet =
            unmet.union(when(Condition::TechniqueCovered, !ctx.technique().is_some_and(|t| techniques.contains(t))));
    }
    unmet
}

/// The part of [`common_unmet`] the person decides: the qualification held on the date and the
/// subdomain trained in.
#[inline]
fn person_unmet(rule: &Rule, who: &Professional, ctx: &Context) -> ConditionSet {
    let date = ctx.date();
    let mut unmet = ConditionSet::EMPTY;
    if let Some(q) = rule.qualification {
        unmet = unmet.union(when(Condition::QualificationHeld, !who.holds_qualification_on(q, date)));
    }
    if rule.conditions.contains(Condition::WithinTrainedSubdomain) {
        unmet = unmet.union(when(Condition::WithinTrainedSubdomain, !who.is_trained_in(ctx.subdomain(), date)));
    }
    unmet
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
fn assess_instruction(
    procedure: Procedure,
    ctx: &Context,
    facts: Facts,
    competence: Option<CompetenceOn>,
) -> Assessment {
    if procedure == Procedure::Prescribing {
        return Assessment::general(
            Route::OnInstruction,
            RouteConditionSet::only(RouteCondition::ClosedForPrescribing),
        );
    }
    let mut unmet = instruction_unmet(ctx.instruction(), procedure, ctx, facts);
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
fn instruction_unmet(
    instruction: Option<&Instruction>,
    procedure: Procedure,
    ctx: &Context,
    facts: Facts,
) -> RouteConditionSet {
    let Some(ins) = instruction else {
        return RouteConditionSet::only(RouteCondition::Instructed);
    };
    let mut unmet = RouteConditionSet::EMPTY;
    if !instructor_authorised(&ins.instructor, procedure, ctx, facts) {
        unmet = unmet.with(RouteCondition::InstructorAuthorised);
    }
    if !ins.directions_followed {
        unmet = unmet.with(RouteCondition::DirectionsFollowed);
    }
    unmet
}

/// What a context decides for every person at once, for each procedure: the rows of
/// independence and of functional independence (bits over `law::rows_for`) in force on the date
/// whose context conditions, protocol and (for functional independence) instruction hold; whether
/// the instruction route holds for anyone competent; and the route that holds for anyone when
/// none of those does. The instructor's authority is the same for every performer, so it is
/// evaluated here once per procedure.
pub(crate) struct OpenRows {
    independent: [u32; Procedure::ALL.len()],
    functional: [u32; Procedure::ALL.len()],
    instructed: ProcedureSet,
    otherwise: [Option<Route>; Procedure::ALL.len()],
}

impl OpenRows {
    /// The rows open in `ctx` for the procedures in `asked` (the others stay closed).
    pub(crate) fn of(ctx: &Context, asked: ProcedureSet) -> OpenRows {
        let date = ctx.date();
        let facts = Facts { gaps: ctx.fact_gaps_assuming(CaseFactSet::EMPTY), assumed: CaseFactSet::EMPTY };
        let mut out = OpenRows {
            independent: [0; Procedure::ALL.len()],
            functional: [0; Procedure::ALL.len()],
            instructed: ProcedureSet::EMPTY,
            otherwise: [None; Procedure::ALL.len()],
        };
        for p in Procedure::ALL {
            // A technique of another procedure: a contradictory question, no route at all.
            if !asked.contains(p) || ctx.technique().is_some_and(|t| t.procedure() != p) {
                continue;
            }
            let instruction = instruction_unmet(ctx.instruction(), p, ctx, facts);
            let opened = |route: Route| {
                let mut bits = 0u32;
                for (bit, &i) in law::rows_for(p, route).iter().enumerate() {
                    if let Some(rule) = law::rule_at(i) {
                        let protocol_ok = !rule.conditions.contains(Condition::Protocol) || ctx.has_protocol_for(p);
                        if rule.valid.contains(date) && protocol_ok && context_unmet(rule, ctx, facts).is_empty() {
                            bits |= 1 << bit;
                        }
                    }
                }
                bits
            };
            let i = p.index();
            if let Some(slot) = out.independent.get_mut(i) {
                *slot = opened(Route::Independent);
            }
            if instruction.is_empty() {
                if let Some(slot) = out.functional.get_mut(i) {
                    *slot = opened(Route::FunctionalIndependence);
                }
                let supervised = ctx.instruction().is_some_and(|ins| ins.supervision_ensured);
                if supervised && p != Procedure::Prescribing {
                    out.instructed = out.instructed.with(p);
                }
            }
            if let Some(slot) = out.otherwise.get_mut(i) {
                *slot = if p == Procedure::Prescribing {
                    None
                } else if ctx.is_emergency() {
                    Some(Route::Emergency)
                } else {
                    (!ctx.is_professional()).then_some(Route::NotProfessional)
                };
            }
        }
        out
    }

    /// The route for `who` and `procedure` in `ctx` (the context these rows were opened for);
    /// `competent` says whether `who` has a valid competence record for it here, asked only when
    /// some route is open to them.
    #[inline]
    fn route(
        &self,
        who: &Professional,
        procedure: Procedure,
        ctx: &Context,
        competent: impl FnOnce() -> bool,
    ) -> Option<Route> {
        let i = procedure.index();
        // A person's masks are read only for routes the context leaves open.
        let masked = |route: Route, open: &[u32; Procedure::ALL.len()]| match open.get(i).copied().unwrap_or(0) {
            0 => 0,
            bits => who.candidates(route, procedure) & bits,
        };
        let independent = masked(Route::Independent, &self.independent);
        let functional = masked(Route::FunctionalIndependence, &self.functional);
        let otherwise = self.otherwise.get(i).copied().flatten();
        if (independent == 0 && functional == 0 && !self.instructed.contains(procedure)) || !competent() {
            return otherwise;
        }
        if independent != 0 && person_meets(who, procedure, ctx, Route::Independent, independent) {
            return Some(Route::Independent);
        }
        if functional != 0 && person_meets(who, procedure, ctx, Route::FunctionalIndependence, functional) {
            return Some(Route::FunctionalIndependence);
        }
        if self.instructed.contains(procedure) {
            return Some(Route::OnInstruction);
        }
        otherwise
    }
}

/// Whether one of the open rows in `mask` holds for `who`: registration in force for the
/// procedure, qualification held, subdomain trained in.
#[inline]
fn person_meets(who: &Professional, procedure: Procedure, ctx: &Context, route: Route, mut mask: u32) -> bool {
    let date = ctx.date();
    let rows = law::rows_for(procedure, route);
    let facts = Facts { gaps: ConditionSet::EMPTY, assumed: CaseFactSet::EMPTY };
    while mask != 0 {
        let bit = mask.trailing_zeros() as usize;
        mask &= mask - 1;
        let Some(rule) = rows.get(bit).and_then(|&r| law::rule_at(r)) else { continue };
        let Some(reg) = who.registration(rule.registration_profession()) else { continue };
        if in_force_for(reg.state_on(date), ctx, facts).contains(procedure) && person_unmet(rule, who, ctx).is_empty() {
            return true;
        }
    }
    false
}

/// The route [`decide`] names for each of the fourteen procedures for one person in a context
/// whose [`OpenRows`] are known: competence read in one pass over the records, then only the
/// person's own conditions per open row. The roster's path; a property test checks it against
/// `decide`.
pub(crate) fn routes_of(who: &Professional, ctx: &Context, open: &OpenRows) -> [Option<Route>; Procedure::ALL.len()] {
    let competent = who.competent_set(ctx.subdomain(), ctx.date());
    let mut out = [None; Procedure::ALL.len()];
    for (slot, p) in out.iter_mut().zip(Procedure::ALL) {
        *slot = open.route(who, p, ctx, || competent.contains(p));
    }
    out
}

/// The routes [`decide`] names for `procedure` for each of a team in one context: the rows'
/// context conditions and the instructor's authority once for the team, then each person's own.
/// A property test checks it against `decide(..).route()` (unknown facts count as not
/// established, so a conditional answer has no route here either).
pub(crate) fn team_routes(staff: &[Professional], procedure: Procedure, ctx: &Context) -> Vec<Option<Route>> {
    let open = OpenRows::of(ctx, ProcedureSet::only(procedure));
    staff
        .iter()
        .map(|who| {
            let competent = || competence_of(Some(who.competence_on(procedure, ctx.subdomain(), ctx.date()))).0;
            open.route(who, procedure, ctx, competent)
        })
        .collect()
}

/// Whether `who` may give the instruction for `procedure` in `ctx` (derives authority from
/// art. 36/36a for it there, their own competence waived from 2011-07-01). A case fact not known
/// yet counts as not established: an instructor must be authorised, not possibly authorised.
pub(crate) fn may_instruct(who: &Professional, procedure: Procedure, ctx: &Context) -> bool {
    let facts = Facts { gaps: ctx.fact_gaps_assuming(CaseFactSet::EMPTY), assumed: CaseFactSet::EMPTY };
    instructor_authorised(who, procedure, ctx, facts)
}

/// Whether the instructor derives authority from art. 36/36a for the act here. Their own
/// competence is not needed from 2011-07-01 (art. 36 lid 15, second sentence).
fn instructor_authorised(instructor: &Professional, procedure: Procedure, ctx: &Context, facts: Facts) -> bool {
    let competence = (ctx.date() < INSTRUCTOR_COMPETENCE_WAIVED_FROM)
        .then(|| instructor.competence_on(procedure, ctx.subdomain(), ctx.date()));
    assess_rows(instructor, procedure, ctx, facts, Route::Independent, competence).is_met()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests fail loudly")]
    use super::*;
    use crate::input::professional::{Competence, Registration};
    use crate::law::RULES;
    use crate::types::date::Period;
    use crate::types::facts::CaseFacts;
    use crate::types::profession::{Profession, Qualification};
    use crate::types::subdomain::Subdomain;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    /// The mask over `rows_for(p, Independent)` of the rows named.
    fn mask_of(p: Procedure, names: &[&str]) -> u32 {
        law::rows_for(p, Route::Independent)
            .iter()
            .enumerate()
            .filter(|(_, i)| names.contains(&RULES[usize::from(**i)].name))
            .fold(0, |m, (bit, _)| m | 1 << bit)
    }

    fn name(i: Option<u8>) -> Option<&'static str> {
        i.map(|i| RULES[usize::from(i)].name)
    }

    #[test]
    fn the_nearest_row_is_the_latest_ended_else_the_first_to_start_and_table_order_breaks_ties() {
        let rows = law::rows_for(Procedure::Surgery, Route::Independent);
        let pa = "physician_assistant_experiment_surgery";
        let vs_exp = "nurse_specialist_acute_experiment_surgery";
        let vs = "nurse_specialist_acute_surgery";
        let kt = "clinical_technologist_surgery";
        // Both experiments ended on 2018-08-31: the first in table order is reported.
        assert_eq!(name(nearest_row(rows, mask_of(Procedure::Surgery, &[pa, vs_exp]), d("2019-01-01"))), Some(pa));
        // The latest end wins over an earlier one and over a row that starts later.
        let all = mask_of(Procedure::Surgery, &[pa, vs_exp, vs, kt]);
        assert_eq!(name(nearest_row(rows, all, d("2021-06-01"))), Some(vs));
        assert_eq!(name(nearest_row(rows, mask_of(Procedure::Surgery, &[pa, kt]), d("2019-01-01"))), Some(pa));
        // Nothing ended yet: the first to start, table order between equal starts.
        assert_eq!(name(nearest_row(rows, mask_of(Procedure::Surgery, &[vs_exp, pa]), d("2011-06-01"))), Some(pa));
        assert_eq!(name(nearest_row(rows, mask_of(Procedure::Surgery, &[kt]), d("2019-01-01"))), Some(kt));
        // A row in force on the day is neither ended nor to come.
        assert_eq!(nearest_row(rows, mask_of(Procedure::Surgery, &[vs]), d("2020-12-31")), None);
        assert_eq!(nearest_row(rows, mask_of(Procedure::Surgery, &[kt]), d("2020-07-01")), None);
        assert_eq!(nearest_row(rows, 0, d("2020-07-01")), None);
    }

    /// A nurse holding two nurse-specialist categories in 2019: two surgery rows compete.
    fn two_categories() -> Professional {
        let since = d("2012-01-01");
        Professional::builder("vs")
            .registration(Registration::active_from(Profession::Nurse, since))
            .qualification(Qualification::NurseSpecialistAcuteCare, Period::starting(since))
            .qualification(Qualification::NurseSpecialistChronicCare, Period::starting(since))
            .competence(Competence { procedure: Procedure::Surgery, subdomain: None, valid: Period::starting(since) })
            .build()
            .unwrap()
    }

    fn reported_row(ctx: &Context) -> &'static str {
        let facts = Facts { gaps: ctx.fact_gaps_assuming(CaseFactSet::EMPTY), assumed: CaseFactSet::EMPTY };
        match assess_rows(&two_categories(), Procedure::Surgery, ctx, facts, Route::Independent, None) {
            Assessment::Row(r) => RULES[usize::from(r.rule)].name,
            Assessment::Route(_) => "none",
        }
    }

    #[test]
    fn the_row_with_fewest_unmet_conditions_is_reported_and_table_order_breaks_ties() {
        let base = Context::builder(d("2019-03-01"), crate::types::facts::FieldOfCare::Medicine)
            .facts(CaseFacts::ALL)
            .subdomain(Subdomain::literal("ward"));
        // Within the chronic-care specialism: that row misses only the protocol, the acute row
        // misses the protocol and the specialism.
        let chronic = base.clone().specialism(Qualification::NurseSpecialistChronicCare).build().unwrap();
        assert_eq!(reported_row(&chronic), "nurse_specialist_chronic_surgery");
        let acute = base.clone().specialism(Qualification::NurseSpecialistAcuteCare).build().unwrap();
        assert_eq!(reported_row(&acute), "nurse_specialist_acute_surgery");
        // No specialism given: both miss the same two conditions, and the first row in the table
        // (acute care) is reported.
        assert_eq!(reported_row(&base.build().unwrap()), "nurse_specialist_acute_surgery");
    }

    #[test]
    fn an_instructor_needs_no_competence_of_their_own_from_2011_07_01() {
        let physician = Professional::builder("arts")
            .registration(Registration::active_from(Profession::Physician, d("2005-01-01")))
            .build()
            .unwrap();
        let ctx = |day: &str| Context::builder(d(day), crate::types::facts::FieldOfCare::Medicine).build().unwrap();
        let none = Facts { gaps: ConditionSet::EMPTY, assumed: CaseFactSet::EMPTY };
        assert!(!instructor_authorised(&physician, Procedure::Injection, &ctx("2011-06-30"), none));
        assert!(instructor_authorised(&physician, Procedure::Injection, &ctx("2011-07-01"), none));
    }
}
