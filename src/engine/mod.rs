//! The evaluator: the law's rule for combining the routes, written once.
//!
//! One question, "may `who` perform `procedure` here", is answered by evaluating the rows of
//! independent authority, then (when none holds) functional independence, the instruction
//! route, the emergency and the non-professional act, combined by one `match` ([`combine`])
//! whose arms name their articles. Everything the crate answers comes from it:
//!
//! - [`decide`] evaluates with reasons (`evaluate`: every condition of the closest row of each
//!   route is kept, for a [`Decision`]'s reasons and remedies);
//! - [`PreparedContext`] evaluates many people in one context, and batch answers ([`Answer`])
//!   come from the same rule without reasons (`verdict`: whether each route holds, and the first
//!   row that does, the same row [`decide`] names); the rosters, `holds_until` and the
//!   instructors a plan lists go through `decide` or the prepared context;
//! - a context's own part of each row (its case facts, field, specialism, substance, technique,
//!   protocol; the instruction and the instructor's authority) is read through [`View`]:
//!   computed on the spot for one question, or once per context by a [`PreparedContext`].
//!
//! `rows.rs` evaluates the rows of one route; `prepared.rs` holds a context's own part. Deciding
//! neither formats nor allocates; a batch allocates only the list of its answers.

mod prepared;
mod rows;

pub use prepared::PreparedContext;

use strum::IntoEnumIterator;

use crate::decision::{Answer, Assessment, Decision, Outcome, RouteCondition, RouteConditionSet};
use crate::input::context::Context;
use crate::input::professional::{CompetenceOn, Professional};
use crate::law::{self, ConditionSet, RowId, RowMask, Rule};
use crate::types::facts::{CaseFact, CaseFactSet, DrugClass, DrugSet, Stated, Technique, TechniqueSet};
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
/// nothing; reasons are materialised only when asked for. To ask many questions in one context,
/// prepare it once: [`PreparedContext::decide`] gives the same decision.
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
    decide_in(who, procedure, &Direct(ctx))
}

/// [`decide`] through a view of the context.
#[inline]
pub(crate) fn decide_in<V: View>(who: &Professional, procedure: Procedure, view: &V) -> Decision {
    let first = decide_picked(who, procedure, view, Pick::NONE);
    if first.is_permitted() {
        return first;
    }
    let unknowns = Unknowns::of(view.ctx(), procedure);
    if unknowns.is_none() {
        return first;
    }
    let rank = |d: &Decision| rank(d.outcome(), d.route().or(d.conditional_route()));
    match unknowns.choose(rank(&first), |pick| decide_picked(who, procedure, view, pick), rank) {
        Some(chosen) => chosen.best.requiring(chosen.drugs, chosen.techniques),
        None => first,
    }
}

/// [`decide_in`] with the medicine and technique of `pick` taken for unknown ones.
#[inline]
fn decide_picked<V: View>(who: &Professional, procedure: Procedure, view: &V, pick: Pick) -> Decision {
    let first = evaluate(who, procedure, view, CaseFactSet::EMPTY, pick);
    if first.is_permitted() {
        return first;
    }
    let unknown = unknown_facts(who, view.ctx());
    if unknown.is_empty() {
        return first;
    }
    let competent = Competent::of(who, view.ctx());
    let permits = |assumed| verdict(who, procedure, view, assumed, pick, &competent).0.is_some();
    match required_facts(unknown, permits) {
        None => first.with_unknown(unknown),
        Some(required) => evaluate(who, procedure, view, required, pick).conditional_on(required, unknown),
    }
}

/// The batch answer for one person: [`decide_in`]'s outcome, route, basis and required facts,
/// from the same rule without the reasons.
#[inline(always)]
pub(crate) fn answer_in<V: View>(
    who: &Professional,
    procedure: Procedure,
    view: &V,
    competent: &Competent<'_>,
) -> Answer {
    let first = answer_picked(who, procedure, view, competent, Pick::NONE);
    if first.is_permitted() {
        return first;
    }
    let unknowns = Unknowns::of(view.ctx(), procedure);
    if unknowns.is_none() {
        return first;
    }
    let rank = |a: &Answer| rank(a.outcome(), a.route().or(a.conditional_route()));
    match unknowns.choose(rank(&first), |pick| answer_picked(who, procedure, view, competent, pick), rank) {
        Some(chosen) => chosen.best.requiring(chosen.drugs, chosen.techniques),
        None => first,
    }
}

/// [`answer_in`] with the medicine and technique of `pick` taken for unknown ones.
#[inline(always)]
fn answer_picked<V: View>(
    who: &Professional,
    procedure: Procedure,
    view: &V,
    competent: &Competent<'_>,
    pick: Pick,
) -> Answer {
    if let (Some(route), row) = verdict(who, procedure, view, CaseFactSet::EMPTY, pick, competent) {
        return Answer::permitted(procedure, route, row);
    }
    let unknown = unknown_facts(who, view.ctx());
    if unknown.is_empty() {
        return Answer::denied(procedure);
    }
    let permits = |assumed| verdict(who, procedure, view, assumed, pick, competent).0.is_some();
    match required_facts(unknown, permits)
        .map(|required| (required, verdict(who, procedure, view, required, pick, competent)))
    {
        Some((required, (Some(route), row))) => Answer::conditional(procedure, route, row, required),
        _ => Answer::denied(procedure),
    }
}

/// The facts not known for `who` in `ctx`: the context's unknown ones; the patient's group or the
/// place where a restriction of `who`'s (or the instructor's) registration reads one the context
/// does not give; and, for a person with a registration the register has not confirmed,
/// `registration_confirmed` unless the context states it (left out, it is not known: the answer
/// waits on it rather than denying).
#[inline]
fn unknown_facts(who: &Professional, ctx: &Context) -> CaseFactSet {
    let unknown = ctx.facts().unknown_set().union(open_scope_facts(who, ctx));
    let unknown = match ctx.instruction() {
        Some(i) => unknown.union(open_scope_facts(&i.instructor, ctx)),
        None => unknown,
    };
    if who.has_unconfirmed_registration() && !ctx.facts().is_established(CaseFact::RegistrationConfirmed) {
        unknown.with(CaseFact::RegistrationConfirmed)
    } else {
        unknown
    }
}

/// The facts `who`'s restrictions by patient group or place leave open in `ctx` (the patient's
/// group, the place): the answer waits on them rather than denying.
#[inline]
pub(crate) fn open_scope_facts(who: &Professional, ctx: &Context) -> CaseFactSet {
    if !who.has_scoped_restriction() {
        return CaseFactSet::EMPTY;
    }
    who.registrations()
        .iter()
        .fold(CaseFactSet::EMPTY, |facts, r| facts.union(r.open_scope_facts(ctx.date(), ctx.setting())))
}

/// How good an answer is, lowest best: a permission before a conditional answer, each in the
/// law's order of the routes; a denial last.
const fn rank(outcome: Outcome, route: Option<Route>) -> u8 {
    let route = match route {
        Some(Route::Independent) => 0,
        Some(Route::FunctionalIndependence) => 1,
        Some(Route::OnInstruction) => 2,
        Some(Route::Emergency) => 3,
        Some(Route::NotProfessional) => 4,
        None => 5,
    };
    match outcome {
        Outcome::Permitted => route,
        Outcome::Conditional => 6 + route,
        // A decision of the engine is never "not reserved"; ranked with a denial.
        Outcome::Denied | Outcome::NotReserved => 12,
    }
}

/// The medicine and technique an evaluation takes for the context's unknown ones (`None`: the
/// context's own, or none).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct Pick {
    pub(crate) drug: Option<DrugClass>,
    pub(crate) technique: Option<Technique>,
}

impl Pick {
    /// Nothing taken: the context as it is.
    pub(crate) const NONE: Pick = Pick { drug: None, technique: None };

    const fn is_none(self) -> bool {
        self.drug.is_none() && self.technique.is_none()
    }
}

/// The medicines and techniques a context leaves unknown that could change the answer for one
/// procedure: the classes its rows name when the medicine is unknown, the techniques its rows
/// name when the technique is unknown. Any other class (technique) fails every row that limits
/// it as none at all does, so it gives the answer without one.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Unknowns {
    drugs: DrugSet,
    techniques: TechniqueSet,
    /// Every technique of the procedure: a list of all of them says nothing.
    all_techniques: TechniqueSet,
}

/// What [`Unknowns::choose`] found: the best answer over every medicine and technique it tried,
/// and those that give an answer better than the context's own.
struct Chosen<T> {
    best: T,
    drugs: DrugSet,
    techniques: TechniqueSet,
}

impl Unknowns {
    pub(crate) fn of(ctx: &Context, procedure: Procedure) -> Unknowns {
        let drugs = if ctx.drug_stated().is_some_and(Stated::is_unknown) {
            law::drugs_named(procedure)
        } else {
            DrugSet::EMPTY
        };
        // Read only when the technique is unknown: most denials never get here with one.
        let (techniques, all_techniques) = if ctx.technique_stated().is_some_and(Stated::is_unknown) {
            let all: TechniqueSet = Technique::iter().filter(|t| t.procedure() == procedure).collect();
            (law::techniques_named(procedure).intersection(all), all)
        } else {
            (TechniqueSet::EMPTY, TechniqueSet::EMPTY)
        };
        Unknowns { drugs, techniques, all_techniques }
    }

    pub(crate) const fn is_none(self) -> bool {
        self.drugs.is_empty() && self.techniques.is_empty()
    }

    /// Evaluates every combination of an unknown medicine and technique and keeps the best
    /// answer (the first of equal ones) among those better than `first` (the rank of the answer
    /// with neither), with the medicines and techniques that gave one. A list that holds every
    /// class (technique) there is while the other does not is dropped: the answer does not
    /// depend on it.
    fn choose<T>(self, first: u8, eval: impl Fn(Pick) -> T, rank: impl Fn(&T) -> u8) -> Option<Chosen<T>> {
        let drugs = || self.drugs.iter().map(Some).chain(self.drugs.is_empty().then_some(None));
        let techniques = || self.techniques.iter().map(Some).chain(self.techniques.is_empty().then_some(None));
        let mut best: Option<(u8, T)> = None;
        let (mut better_drugs, mut better_techniques) = (DrugSet::EMPTY, TechniqueSet::EMPTY);
        for drug in drugs() {
            for technique in techniques() {
                let answer = eval(Pick { drug, technique });
                let r = rank(&answer);
                if r >= first {
                    continue;
                }
                better_drugs = drug.map_or(better_drugs, |d| better_drugs.with(d));
                better_techniques = technique.map_or(better_techniques, |t| better_techniques.with(t));
                if best.as_ref().is_none_or(|(b, _)| r < *b) {
                    best = Some((r, answer));
                }
            }
        }
        // A list of every class (technique) there is says nothing: any would do.
        let all_drugs = !self.drugs.is_empty() && better_drugs == DrugSet::ALL;
        let all_techniques = !self.techniques.is_empty() && better_techniques == self.all_techniques;
        if all_drugs && !better_techniques.is_empty() && !all_techniques {
            better_drugs = DrugSet::EMPTY;
        }
        if all_techniques && !better_drugs.is_empty() && !all_drugs {
            better_techniques = TechniqueSet::EMPTY;
        }
        best.map(|(_, best)| Chosen { best, drugs: better_drugs, techniques: better_techniques })
    }
}

/// The unknown facts a denial needs to become a permission, or `None` when assuming all of them
/// does not permit: the fewest of them, each one dropped (the others kept) giving a denial.
/// Established facts never turn a permit into a denial, so dropping one at a time and keeping the
/// drop when the permit survives leaves a set where every fact counts.
fn required_facts(unknown: CaseFactSet, permits: impl Fn(CaseFactSet) -> bool) -> Option<CaseFactSet> {
    if !permits(unknown) {
        return None;
    }
    let mut required = unknown;
    for fact in unknown.iter() {
        if permits(required.without(fact)) {
            required = required.without(fact);
        }
    }
    Some(required)
}

/// Where the law's combining rule lands, given which routes hold.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Landed {
    Independent,
    Functional,
    Instructed,
    /// Emergency or a non-professional act: the prohibition of art. 35 does not reach it.
    Lifted(Route),
    /// No route holds.
    Nothing,
}

/// The law's rule for combining the routes, written once: independent authority first, then
/// functional independence, the instruction route, the emergency and the non-professional act.
/// Both evaluations (with reasons for [`decide`], without for batch answers) land here.
#[inline]
fn combine(independent: bool, functional: bool, instructed: bool, ctx: &Context) -> Landed {
    match (independent, functional, instructed, ctx.is_emergency(), ctx.is_professional()) {
        // Art. 36 (and art. 36a for the experiments): independent authority.
        (true, _, _, _, _) => Landed::Independent,
        // Art. 39 with the Besluit functionele zelfstandigheid: on instruction, without
        // supervision, within a designated holder's own authority.
        (false, true, _, _, _) => Landed::Functional,
        // Art. 35 lid 1 onder a-c and art. 38: on the instruction of one who derives authority
        // from art. 36 or 36a, competent, directions followed, supervision ensured.
        (false, false, true, _, _) => Landed::Instructed,
        // Art. 35 lid 1: the prohibition applies only "buiten noodzaak".
        (false, false, false, true, _) => Landed::Lifted(Route::Emergency),
        // Art. 35 lid 1: the prohibition applies only to acting "beroepsmatig".
        (false, false, false, false, false) => Landed::Lifted(Route::NotProfessional),
        // Nothing holds.
        (false, false, false, false, true) => Landed::Nothing,
    }
}

/// What closes an emergency or non-professional route: no route but independence yields a valid
/// prescription (Geneesmiddelenwet art. 1 lid 1 onder pp).
#[inline]
fn lifted_unmet(procedure: Procedure) -> RouteConditionSet {
    if procedure == Procedure::Prescribing {
        RouteConditionSet::only(RouteCondition::ClosedForPrescribing)
    } else {
        RouteConditionSet::EMPTY
    }
}

/// Evaluates every route for `who`, `procedure` and the context of `view`, with the facts in
/// `assumed` taken as established, keeping every condition of each route's closest row for the
/// reasons, and combines them as the law does ([`combine`]) into a [`Decision`].
#[inline]
fn evaluate<V: View>(who: &Professional, procedure: Procedure, view: &V, assumed: CaseFactSet, pick: Pick) -> Decision {
    let ctx = view.ctx();
    if pick.technique.or(ctx.technique()).is_some_and(|t| t.procedure() != procedure) {
        // A technique of another procedure: a contradictory question, denied on every route.
        let unmet = RouteConditionSet::only(RouteCondition::TechniqueOfOtherProcedure);
        return Decision::new(procedure, who, ctx, None, Assessment::general(Route::Independent, unmet), None);
    }
    let facts = view.facts(assumed, pick);
    // The performer's competence is the same on every route: look it up once.
    let competence = Some(who.competence_on(procedure, ctx.subdomain(), ctx.date()));
    let independent = rows::assess(who, procedure, view, facts, Route::Independent, competence, None);
    if independent.is_met() {
        return Decision::new(procedure, who, ctx, Some(Route::Independent), independent, None);
    }
    // The instruction's own conditions, the instructor's authority among them, once for both
    // routes that need an instruction.
    let instruction = view.instruction_unmet(procedure, facts);
    let functional =
        rows::assess(who, procedure, view, facts, Route::FunctionalIndependence, competence, Some(instruction));
    let instructed = rows::assess_instruction(procedure, ctx, instruction, competence);
    let (route, other) = match combine(false, functional.is_met(), instructed.is_met(), ctx) {
        Landed::Independent | Landed::Functional => (Some(Route::FunctionalIndependence), functional),
        Landed::Instructed => (Some(Route::OnInstruction), instructed),
        Landed::Lifted(route) => {
            let lifted = Assessment::general(route, lifted_unmet(procedure));
            (lifted.is_met().then_some(route), lifted)
        }
        // Report functional independence when the law designates this holder for the act and it
        // is no further away, otherwise the general instruction route.
        Landed::Nothing => {
            let closest = if functional.rule().is_some() && functional.unmet_count() <= instructed.unmet_count() {
                functional
            } else {
                instructed
            };
            (None, closest)
        }
    };
    Decision::new(procedure, who, ctx, route, independent, Some(other))
}

/// The same evaluation without reasons: only whether each route holds, and for the routes with
/// rows the first row that does (the row [`evaluate`] names), combined by the same rule. Reads
/// the context's part of each row first and the person's competence last, only when a route gets
/// that far. The route and row are [`evaluate`]'s (`tests/evaluator.rs` checks every cell).
#[inline(always)]
fn verdict<V: View>(
    who: &Professional,
    procedure: Procedure,
    view: &V,
    assumed: CaseFactSet,
    pick: Pick,
    competent: &Competent<'_>,
) -> (Option<Route>, Option<RowId>) {
    let ctx = view.ctx();
    if pick.technique.or(ctx.technique()).is_some_and(|t| t.procedure() != procedure) {
        return (None, None);
    }
    let facts = view.facts(assumed, pick);
    if let Some(row) = rows::first_met(who, procedure, view, facts, Route::Independent, competent) {
        return (Some(Route::Independent), Some(row));
    }
    let instruction = view.instruction_unmet(procedure, facts);
    let functional = if instruction.is_empty() {
        rows::first_met(who, procedure, view, facts, Route::FunctionalIndependence, competent)
    } else {
        None
    };
    let instructed = functional.is_none() && rows::instruction_holds(procedure, ctx, instruction, competent);
    landed(procedure, ctx, functional, instructed)
}

/// The route (and row) a verdict lands on when independence does not hold: [`combine`] given
/// whether functional independence holds (on `functional`) and the instruction route does.
#[inline]
pub(crate) fn landed(
    procedure: Procedure,
    ctx: &Context,
    functional: Option<RowId>,
    instructed: bool,
) -> (Option<Route>, Option<RowId>) {
    match combine(false, functional.is_some(), instructed, ctx) {
        Landed::Independent | Landed::Functional => (Some(Route::FunctionalIndependence), functional),
        Landed::Instructed => (Some(Route::OnInstruction), None),
        Landed::Lifted(route) => (lifted_unmet(procedure).is_empty().then_some(route), None),
        Landed::Nothing => (None, None),
    }
}

/// The case facts as the engine reads them: the fact conditions not established, and the facts
/// taken as established beyond the context's own.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Facts {
    pub(crate) gaps: ConditionSet,
    pub(crate) assumed: CaseFactSet,
    /// The medicine and technique taken for the context's unknown ones.
    pub(crate) pick: Pick,
}

impl Facts {
    /// The context's own facts, none assumed.
    pub(crate) fn of(ctx: &Context) -> Facts {
        Facts { gaps: ctx.fact_gaps_assuming(CaseFactSet::EMPTY), assumed: CaseFactSet::EMPTY, pick: Pick::NONE }
    }

    /// Whether the context is read as it is: no fact assumed, no medicine or technique taken.
    #[inline]
    pub(crate) const fn as_given(self) -> bool {
        self.assumed.is_empty() && self.pick.is_none()
    }

    fn is_established(self, ctx: &Context, fact: CaseFact) -> bool {
        self.assumed.contains(fact) || ctx.facts().is_established(fact)
    }
}

/// The procedures a person is competent for in a context (a record valid on the date, for the
/// context's subdomain or anywhere; art. 36 lid 15, art. 35 lid 1 onder b): the same on every
/// route and for every question about the pair, so found in one pass over their records, and
/// only when a route gets as far as asking (a batch answer often does not).
pub(crate) struct Competent<'a> {
    of: Option<(&'a Professional, &'a Context)>,
    set: std::cell::Cell<Option<ProcedureSet>>,
}

impl<'a> Competent<'a> {
    /// `who`'s competence in `ctx`.
    pub(crate) const fn of(who: &'a Professional, ctx: &'a Context) -> Competent<'a> {
        Competent { of: Some((who, ctx)), set: std::cell::Cell::new(None) }
    }

    /// No competence needed (an instructor's, from 2011-07-01).
    pub(crate) const fn waived() -> Competent<'a> {
        Competent { of: None, set: std::cell::Cell::new(None) }
    }

    /// Whether the competence for `procedure` holds (or is not needed).
    #[inline(always)]
    pub(crate) fn holds(&self, procedure: Procedure) -> bool {
        let Some((who, ctx)) = self.of else { return true };
        let set = match self.set.get() {
            Some(set) => set,
            None => {
                let set = who.competent_set(ctx.subdomain(), ctx.date());
                self.set.set(Some(set));
                set
            }
        };
        set.contains(procedure)
    }
}

/// What the evaluator reads of a context beyond its fields: the part of a row's conditions the
/// context alone decides, and the instruction's own conditions. [`Direct`] computes them for one
/// question; a [`PreparedContext`] once for many.
pub(crate) trait View {
    /// The context.
    fn ctx(&self) -> &Context;
    /// The context's case facts with `assumed` taken as established, and the medicine and
    /// technique of `pick` for unknown ones.
    #[inline]
    fn facts(&self, assumed: CaseFactSet, pick: Pick) -> Facts {
        Facts { gaps: self.ctx().fact_gaps_assuming(assumed), assumed, pick }
    }
    /// The rows of one slot that are in force on the date and whose context part is met under
    /// `facts`, when known beforehand; `None`: each row is checked as it comes.
    #[inline]
    fn open_rows(&self, _procedure: Procedure, _route: Route, _facts: Facts) -> Option<RowMask> {
        None
    }
    /// The unmet conditions of `row` (whose rule is `rule`) that the context decides: its case
    /// facts (given `facts`),
    /// field, specialism, substance, technique and protocol.
    fn row_context_unmet(&self, row: RowId, rule: &'static Rule, facts: Facts) -> ConditionSet;
    /// The instruction's own conditions for `procedure` (supervision aside): whether there is
    /// one, whether the instructor derives authority for the act here, whether the directions
    /// are followed.
    fn instruction_unmet(&self, procedure: Procedure, facts: Facts) -> RouteConditionSet;
}

/// A context read on the spot, for one question.
pub(crate) struct Direct<'a>(pub(crate) &'a Context);

impl View for Direct<'_> {
    #[inline]
    fn ctx(&self) -> &Context {
        self.0
    }

    #[inline]
    fn row_context_unmet(&self, _row: RowId, rule: &'static Rule, facts: Facts) -> ConditionSet {
        rows::context_unmet(rule, self.0, facts)
    }

    #[inline]
    fn instruction_unmet(&self, procedure: Procedure, facts: Facts) -> RouteConditionSet {
        rows::instruction_unmet(self, procedure, facts)
    }
}

/// Whether `who` may give the instruction for `procedure` in `ctx` (derives authority from
/// art. 36/36a for it there, their own competence waived from 2011-07-01). A case fact not known
/// yet counts as not established: an instructor must be authorised, not possibly authorised.
pub(crate) fn may_instruct(who: &Professional, procedure: Procedure, ctx: &Context) -> bool {
    rows::instructor_authorised(who, procedure, &Direct(ctx), Facts::of(ctx))
}

/// Whether the competence condition holds (or is not required), and the day it expired.
#[inline]
const fn competence_of(competence: Option<CompetenceOn>) -> (bool, Option<crate::types::date::Date>) {
    match competence {
        None | Some(CompetenceOn::Competent) => (true, None),
        Some(CompetenceOn::Expired { on }) => (false, Some(on)),
        Some(CompetenceOn::Missing) => (false, None),
    }
}
