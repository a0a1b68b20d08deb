//! The rows of one route, evaluated for one person: every condition of every row they could
//! hold that is in force on the date (with reasons), or only whether one holds (without).

use super::{Competent, Facts, Pick, View, competence_of};
use crate::decision::{Assessment, RouteAssessment, RouteCondition, RouteConditionSet, RowAssessment};
use crate::input::context::Context;
use crate::input::professional::{CompetenceOn, Professional, Registration, StateOn};
use crate::law::{Condition, ConditionSet, INSTRUCTOR_COMPETENCE_WAIVED_FROM, RowId, RowMask, Rule};
use crate::types::date::Date;
use crate::types::facts::CaseFact;
use crate::types::procedure::{Procedure, ProcedureSet};
use crate::types::route::Route;

/// Evaluates the table rows of one route for `procedure` on the context's date and returns the
/// first row that is met (in table order), or the closest one (fewest unmet conditions; table
/// order breaks ties), or "not granted" when no row names the holder on that date. `competence`
/// is the holder's competence for the act (`None` when it is not required); `instruction` the
/// instruction's own conditions, for functional independence.
pub(super) fn assess<V: View>(
    who: &Professional,
    procedure: Procedure,
    view: &V,
    facts: Facts,
    route: Route,
    competence: Option<CompetenceOn>,
    instruction: Option<RouteConditionSet>,
) -> Assessment {
    // Only the rows whose holder this person could be, precomputed when the professional was built.
    let all = who.candidates(route, procedure);
    let not_granted = |near| {
        Assessment::Route(RouteAssessment {
            route,
            unmet: RouteConditionSet::only(RouteCondition::NotGranted),
            expired: None,
            near,
        })
    };
    if all.is_empty() {
        // A route the person cannot hold for this procedure (a physician's functional
        // independence): nothing to evaluate, and no row to name.
        return not_granted(None);
    }
    let date = view.ctx().date();
    let mut best: Option<RowAssessment> = None;
    for row in all.rows(procedure, route) {
        let rule = row.rule();
        if !rule.valid.contains(date) {
            continue;
        }
        let Some(reg) = who.registration(rule.registration_profession()) else { continue };
        let registration = registration_in_force(reg, procedure, view.ctx(), facts);
        let a = assess_rule(row, rule, registration, who, view, facts, competence, instruction);
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
        None => not_granted(nearest_row(procedure, route, all, date)),
    }
}

/// The first of the holder's rows of `route` (in table order) whose every condition holds: the
/// row [`assess`] returns when one is met, found without keeping the reasons. The context's part
/// of each row is read first (a prepared context knows the rows it leaves open), then the
/// person's registration, qualification and training, and last the competence, looked up only
/// when a row gets that far. For functional independence the caller has checked the
/// instruction.
#[inline(always)]
pub(super) fn first_met<V: View>(
    who: &Professional,
    procedure: Procedure,
    view: &V,
    facts: Facts,
    route: Route,
    competent: &Competent<'_>,
) -> Option<RowId> {
    let all = who.candidates(route, procedure);
    if all.is_empty() {
        return None;
    }
    let ctx = view.ctx();
    let date = ctx.date();
    let open = view.open_rows(procedure, route, facts);
    for row in open.map_or(all, |open| all.intersection(open)).rows(procedure, route) {
        let rule = row.rule();
        if open.is_none() && (!rule.valid.contains(date) || !view.row_context_unmet(row, rule, facts).is_empty()) {
            continue;
        }
        let Some(reg) = who.registration(rule.registration_profession()) else { continue };
        if !registration_in_force(reg, procedure, ctx, facts).0 || !person_unmet(rule, who, ctx).is_empty() {
            continue;
        }
        // The competence is the same for every row: without it none holds.
        return competent.holds(procedure).then_some(row);
    }
    None
}

/// Among the rows in `mask` (the holder's, none in force on `date`): the one that ended most
/// recently before the date, else the one that starts first after it. It names the designation a
/// denial is about ("ended on", "starts on"). Runs only on the denial path.
fn nearest_row(procedure: Procedure, route: Route, mask: RowMask, date: Date) -> Option<RowId> {
    let mut ended: Option<(Date, RowId)> = None;
    let mut starts: Option<(Date, RowId)> = None;
    for row in mask.rows(procedure, route) {
        let rule = row.rule();
        let from = rule.valid.from();
        match rule.valid.until() {
            Some(until) if until < date && ended.is_none_or(|(d, _)| d < until) => ended = Some((until, row)),
            // An ended row that is not the latest falls through: it started before the date.
            _ if from > date && starts.is_none_or(|(d, _)| d > from) => starts = Some((from, row)),
            _ => {}
        }
    }
    ended.or(starts).map(|(_, row)| row)
}

/// Every condition of one row. No early return: a denial lists all of them.
#[allow(clippy::too_many_arguments, reason = "one row's whole question; a struct would only rename it")]
#[inline]
fn assess_rule<V: View>(
    row: RowId,
    rule: &'static Rule,
    (in_force, state): (bool, StateOn),
    who: &Professional,
    view: &V,
    facts: Facts,
    competence: Option<CompetenceOn>,
    instruction: Option<RouteConditionSet>,
) -> RowAssessment {
    let ctx = view.ctx();
    let mut unmet = when(Condition::RegistrationInForce, !in_force)
        .union(view.row_context_unmet(row, rule, facts))
        .union(person_unmet(rule, who, ctx));
    if rule.route == Route::FunctionalIndependence {
        let i = instruction.unwrap_or(RouteConditionSet::EMPTY);
        unmet = unmet
            .union(when(Condition::Instructed, i.contains(RouteCondition::Instructed)))
            .union(when(Condition::InstructorAuthorised, i.contains(RouteCondition::InstructorAuthorised)))
            .union(when(Condition::DirectionsFollowed, i.contains(RouteCondition::DirectionsFollowed)));
    }
    let (competent, expired) = competence_of(competence);
    RowAssessment { rule: row, unmet: unmet.union(when(Condition::Competent, !competent)), state, expired }
}

/// Whether `reg` authorises `procedure` on the context's date, and the state a denial names: the
/// registration's own, or (when that authorises the act) the restriction by patient group or
/// place that reaches it, or may: a restriction the context leaves open holds back the act
/// unless the facts it waits on are taken as established.
#[inline(always)]
pub(super) fn registration_in_force(
    reg: &Registration,
    procedure: Procedure,
    ctx: &Context,
    facts: Facts,
) -> (bool, StateOn) {
    let state = reg.state_on(ctx.date());
    if !in_force_for(state, ctx, facts).contains(procedure) {
        return (false, state);
    }
    match reg.scope_on(ctx.date(), procedure, ctx.setting()) {
        None => (true, state),
        // Taken to fall outside the restriction: in force, the state kept for the reason a
        // conditional answer gives for the facts it waits on.
        Some(open @ StateOn::ScopeOpen { .. }) if open.open_facts().difference(facts.assumed).is_empty() => {
            (true, open)
        }
        Some(scoped) => (false, scoped),
    }
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
        StateOn::Unconfirmed if facts.is_established(ctx, CaseFact::RegistrationConfirmed) => ProcedureSet::ALL,
        StateOn::ConditionsImposed
        | StateOn::NotRegistered
        | StateOn::Suspended { .. }
        | StateOn::StruckOff { .. }
        | StateOn::UnknownMeasure { .. }
        | StateOn::Unconfirmed
        | StateOn::InScope { .. }
        | StateOn::ScopeOpen { .. } => ProcedureSet::EMPTY,
    }
}

/// The unmet conditions of a row that the context alone decides: case facts, field, specialism,
/// substance, technique and protocol. The same for everyone in one context, so a
/// [`PreparedContext`](super::PreparedContext) computes it once (all but the case facts, which
/// depend on the facts assumed).
#[inline]
pub(super) fn context_unmet(rule: &Rule, ctx: &Context, facts: Facts) -> ConditionSet {
    // The case facts at once: the row's fact conditions the context does not establish.
    rule.conditions.intersection(facts.gaps).union(context_unmet_but_facts(rule, ctx, facts.pick))
}

/// [`context_unmet`] without the case facts.
#[inline]
pub(super) fn context_unmet_but_facts(rule: &Rule, ctx: &Context, pick: Pick) -> ConditionSet {
    let c = rule.conditions;
    let mut unmet = ConditionSet::EMPTY;
    if let Some(field) = rule.field {
        unmet = unmet.union(when(Condition::WithinField, ctx.field() != field));
    }
    if c.contains(Condition::WithinSpecialism) {
        unmet = unmet.union(when(Condition::WithinSpecialism, ctx.specialism() != rule.qualification));
    }
    if let Some(drugs) = rule.drugs {
        unmet =
            unmet.union(when(Condition::DrugPermitted, !pick.drug.or(ctx.drug()).is_some_and(|d| drugs.contains(d))));
    }
    if let Some(techniques) = rule.techniques {
        unmet = unmet.union(when(
            Condition::TechniqueCovered,
            !pick.technique.or(ctx.technique()).is_some_and(|t| techniques.contains(t)),
        ));
    }
    if c.contains(Condition::Protocol) {
        unmet = unmet.union(when(Condition::Protocol, !ctx.has_protocol_for(rule.procedure)));
    }
    unmet
}

/// The unmet conditions of a row that the person decides: the qualification held on the date and
/// the subdomain trained in. (Registration and competence are read by [`assess_rule`].)
#[inline(always)]
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

/// The general instruction route (art. 35 and 38): anyone, for any procedure but prescribing.
/// `instruction` is the instruction's own conditions.
pub(super) fn assess_instruction(
    procedure: Procedure,
    ctx: &Context,
    instruction: RouteConditionSet,
    competence: Option<CompetenceOn>,
) -> Assessment {
    if procedure == Procedure::Prescribing {
        return Assessment::general(
            Route::OnInstruction,
            RouteConditionSet::only(RouteCondition::ClosedForPrescribing),
        );
    }
    let mut unmet = instruction;
    if ctx.instruction().is_some_and(|ins| !ins.supervision_ensured) {
        unmet = unmet.with(RouteCondition::SupervisionEnsured);
    }
    let (competent, expired) = competence_of(competence);
    if !competent {
        unmet = unmet.with(RouteCondition::Competent);
    }
    Assessment::Route(RouteAssessment { route: Route::OnInstruction, unmet, expired, near: None })
}

/// Whether the general instruction route holds, [`assess_instruction`] without its reasons: the
/// competence is looked up only when everything else holds.
#[inline]
pub(super) fn instruction_holds(
    procedure: Procedure,
    ctx: &Context,
    instruction: RouteConditionSet,
    competent: &Competent<'_>,
) -> bool {
    procedure != Procedure::Prescribing
        && instruction.is_empty()
        && ctx.instruction().is_some_and(|ins| ins.supervision_ensured)
        && competent.holds(procedure)
}

/// The instruction's own conditions (supervision aside, which functional independence does not
/// need). Without an instruction only its absence is reported: the others are about an
/// instruction that does not exist.
pub(super) fn instruction_unmet<V: View>(view: &V, procedure: Procedure, facts: Facts) -> RouteConditionSet {
    let Some(ins) = view.ctx().instruction() else {
        return RouteConditionSet::only(RouteCondition::Instructed);
    };
    let mut unmet = RouteConditionSet::EMPTY;
    if !instructor_authorised(&ins.instructor, procedure, view, facts) {
        unmet = unmet.with(RouteCondition::InstructorAuthorised);
    }
    if !ins.directions_followed {
        unmet = unmet.with(RouteCondition::DirectionsFollowed);
    }
    unmet
}

/// Whether the instructor derives authority from art. 36/36a for the act here. Their own
/// competence is not needed from 2011-07-01 (art. 36 lid 15, second sentence).
pub(super) fn instructor_authorised<V: View>(
    instructor: &Professional,
    procedure: Procedure,
    view: &V,
    facts: Facts,
) -> bool {
    let ctx = view.ctx();
    let competent = if ctx.date() < INSTRUCTOR_COMPETENCE_WAIVED_FROM {
        Competent::of(instructor, ctx)
    } else {
        Competent::waived()
    };
    first_met(instructor, procedure, view, facts, Route::Independent, &competent).is_some()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests fail loudly")]
    use super::*;
    use crate::engine::Direct;
    use crate::input::professional::{Competence, Registration};
    use crate::types::date::Period;
    use crate::types::facts::CaseFacts;
    use crate::types::profession::{Profession, Qualification};
    use crate::types::subdomain::Subdomain;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    /// The independent rows of `p` named.
    fn mask_of(p: Procedure, names: &[&str]) -> RowMask {
        RowMask::of(p, Route::Independent, |row| names.contains(&row.rule().name))
    }

    fn name(i: Option<RowId>) -> Option<&'static str> {
        i.map(|i| i.rule().name)
    }

    /// [`nearest_row`] among surgery's independent rows.
    fn nearest(mask: RowMask, date: Date) -> Option<RowId> {
        nearest_row(Procedure::Surgery, Route::Independent, mask, date)
    }

    #[test]
    fn the_nearest_row_is_the_latest_ended_else_the_first_to_start_and_table_order_breaks_ties() {
        let pa = "physician_assistant_experiment_surgery";
        let vs_exp = "nurse_specialist_acute_experiment_surgery";
        let vs = "nurse_specialist_acute_surgery";
        let kt = "clinical_technologist_surgery";
        // Both experiments ended on 2018-08-31: the first in table order is reported.
        assert_eq!(name(nearest(mask_of(Procedure::Surgery, &[pa, vs_exp]), d("2019-01-01"))), Some(pa));
        // The latest end wins over an earlier one and over a row that starts later.
        let all = mask_of(Procedure::Surgery, &[pa, vs_exp, vs, kt]);
        assert_eq!(name(nearest(all, d("2021-06-01"))), Some(vs));
        assert_eq!(name(nearest(mask_of(Procedure::Surgery, &[pa, kt]), d("2019-01-01"))), Some(pa));
        // Nothing ended yet: the first to start, table order between equal starts.
        assert_eq!(name(nearest(mask_of(Procedure::Surgery, &[vs_exp, pa]), d("2011-06-01"))), Some(pa));
        assert_eq!(name(nearest(mask_of(Procedure::Surgery, &[kt]), d("2019-01-01"))), Some(kt));
        // A row in force on the day is neither ended nor to come.
        assert_eq!(nearest(mask_of(Procedure::Surgery, &[vs]), d("2020-12-31")), None);
        assert_eq!(nearest(mask_of(Procedure::Surgery, &[kt]), d("2020-07-01")), None);
        assert_eq!(nearest(RowMask::EMPTY, d("2020-07-01")), None);
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
        let facts = Facts::of(ctx);
        match assess(&two_categories(), Procedure::Surgery, &Direct(ctx), facts, Route::Independent, None, None) {
            Assessment::Row(r) => r.rule.rule().name,
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
        let none =
            Facts { gaps: ConditionSet::EMPTY, assumed: crate::types::facts::CaseFactSet::EMPTY, pick: Pick::NONE };
        assert!(!instructor_authorised(&physician, Procedure::Injection, &Direct(&ctx("2011-06-30")), none));
        assert!(instructor_authorised(&physician, Procedure::Injection, &Direct(&ctx("2011-07-01")), none));
    }
}
