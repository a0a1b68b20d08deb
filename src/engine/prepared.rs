//! A context prepared once for many questions: its own part of every row and the instruction's
//! conditions, computed before anyone is asked about.

use super::{Competent, Direct, Facts, Pick, Unknowns, View, answer_in, decide_in, landed, rows};
use crate::decision::{Answer, Decision, RouteConditionSet};
use crate::input::context::Context;
use crate::input::professional::Professional;
use crate::law::{ConditionSet, RULES, RowId, RowMask, RowMasks, Rule};
use crate::types::facts::CaseFactSet;
use crate::types::procedure::{Procedure, ProcedureSet};
use crate::types::route::Route;

/// A context prepared for many questions: what it decides for everyone (for each law-table row
/// of the procedures asked, the conditions of the context itself: field, specialism, substance,
/// technique, protocol; and the instruction's conditions, the instructor's authority among them)
/// is computed once, then each person's own conditions per question.
///
/// Every answer equals [`decide`](crate::decide) on the same inputs: [`decide`](Self::decide)
/// gives the same [`Decision`], [`answer`](Self::answer) its summary without reasons
/// ([`Decision::answer`]), from the same evaluation. A procedure it was not prepared for is
/// answered as well, only without the shortcut.
///
/// # Example
///
/// ```
/// use bevoegd::{decide, law, CaseFacts, Outcome, PreparedContext, Procedure, Route};
///
/// let (pa, ctx) = law::PHYSICIAN_ASSISTANT_INJECTION.example_case()?;
/// let (physician, _) = law::PHYSICIAN_INJECTION.example_case()?;
/// let ward = PreparedContext::new(&ctx);
/// let staff = [physician, pa.clone()];
/// let answers = ward.who_may(&staff, Procedure::Injection);
/// assert!(answers.iter().all(|a| a.outcome() == Outcome::Permitted));
/// assert_eq!(answers[1].route(), Some(Route::Independent));
///
/// // Before the case facts are known the physician assistant is permitted only if they hold:
/// // the answer says so, with the facts it needs.
/// let unknown = ctx.to_builder().facts(CaseFacts::UNKNOWN).build()?;
/// let ward = PreparedContext::new(&unknown);
/// let answer = ward.answer(&pa, Procedure::Injection);
/// assert_eq!(answer.outcome(), Outcome::Conditional);
/// assert_eq!(answer.conditional_route(), Some(Route::Independent));
/// assert!(!answer.required_facts().is_empty());
/// assert_eq!(answer, decide(&pa, Procedure::Injection, &unknown).answer());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct PreparedContext<'a> {
    ctx: &'a Context,
    /// The procedures prepared.
    asked: ProcedureSet,
    /// Per row of a prepared procedure: its unmet conditions that the context decides, the case
    /// facts aside (those depend on the facts assumed).
    row_unmet: [ConditionSet; RULES.len()],
    /// Per prepared procedure: the instruction's own conditions with no fact assumed.
    instruction: [RouteConditionSet; Procedure::ALL.len()],
    /// The context's own case facts, none assumed.
    facts: Facts,
    /// Per slot of a prepared procedure: the rows in force on the date whose context part is met
    /// with no fact assumed. A person need only be checked against these.
    open: RowMasks,
    /// The prepared procedures whose answer, for a person with no open row, is `closed`'s: the
    /// context leaves no fact unknown (no assumption could open a row) and its instruction route
    /// is closed to everyone (no instruction, or one that fails for all).
    settled: ProcedureSet,
    /// Per procedure: the answer when neither independence nor functional independence can hold
    /// and the instruction route is closed, as the combining rule gives it ([`landed`]): the
    /// emergency or non-professional route, or a denial.
    closed: [Answer; Procedure::ALL.len()],
}

impl<'a> PreparedContext<'a> {
    /// `ctx` prepared for every procedure.
    pub fn new(ctx: &'a Context) -> PreparedContext<'a> {
        PreparedContext::for_procedures(ctx, ProcedureSet::ALL)
    }

    /// `ctx` prepared for the procedures in `procedures`; others are answered without the
    /// shortcut.
    ///
    /// ```
    /// use bevoegd::{law, PreparedContext, Procedure, ProcedureSet};
    ///
    /// let (physician, ctx) = law::PHYSICIAN_SURGERY.example_case()?;
    /// let theatre = PreparedContext::for_procedures(&ctx, ProcedureSet::only(Procedure::Surgery));
    /// assert!(theatre.decide(&physician, Procedure::Surgery).is_permitted());
    /// assert_eq!(theatre.context(), &ctx);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn for_procedures(ctx: &'a Context, procedures: ProcedureSet) -> PreparedContext<'a> {
        let mut row_unmet = [ConditionSet::EMPTY; RULES.len()];
        for (slot, rule) in row_unmet.iter_mut().zip(RULES) {
            if procedures.contains(rule.procedure) {
                *slot = rows::context_unmet_but_facts(rule, ctx, Pick::NONE);
            }
        }
        let mut instruction = [RouteConditionSet::EMPTY; Procedure::ALL.len()];
        let direct = Direct(ctx);
        let facts = Facts::of(ctx);
        for (slot, p) in instruction.iter_mut().zip(Procedure::ALL) {
            if procedures.contains(p) {
                *slot = rows::instruction_unmet(&direct, p, facts);
            }
        }
        let date = ctx.date();
        let open = RowMasks::from_fn(|p, route| {
            if !procedures.contains(p) {
                return RowMask::EMPTY;
            }
            RowMask::of(p, route, |row| {
                let cached = row_unmet.get(row.position()).copied().unwrap_or(ConditionSet::EMPTY);
                row.rule().valid.contains(date)
                    && row.rule().conditions.intersection(facts.gaps).union(cached).is_empty()
            })
        });
        let mut settled = ProcedureSet::EMPTY;
        let mut closed = Procedure::ALL.map(Answer::denied);
        // An instructor whose restriction by patient group or place the context leaves open can
        // be authorised once the patient's group or the place is known: not settled either.
        let instructor_open =
            ctx.instruction().is_some_and(|i| !super::open_scope_facts(&i.instructor, ctx).is_empty());
        if ctx.facts().unknown_set().is_empty() && !instructor_open {
            for (slot, p) in closed.iter_mut().zip(Procedure::ALL) {
                let Some(unmet) = instruction.get(p.index()) else { continue };
                let supervised = ctx.instruction().is_some_and(|ins| ins.supervision_ensured);
                let instruction_open = p != Procedure::Prescribing && unmet.is_empty() && supervised;
                let contradiction = ctx.technique().is_some_and(|t| t.procedure() != p);
                // An unknown medicine or technique that could open a row: not settled.
                let open_unknowns = !Unknowns::of(ctx, p).is_none();
                if procedures.contains(p) && !instruction_open && !contradiction && !open_unknowns {
                    settled = settled.with(p);
                    if let (Some(route), row) = landed(p, ctx, None, false) {
                        *slot = Answer::permitted(p, route, row);
                    }
                }
            }
        }
        PreparedContext { ctx, asked: procedures, row_unmet, instruction, facts, open, settled, closed }
    }

    /// The context prepared.
    pub const fn context(&self) -> &'a Context {
        self.ctx
    }

    /// The decision for `who` and `procedure` here: the same as [`decide`](crate::decide).
    #[must_use]
    pub fn decide(&self, who: &Professional, procedure: Procedure) -> Decision {
        decide_in(who, procedure, self)
    }

    /// The answer for `who` and `procedure` here, without its reasons: the same as
    /// `decide(..).answer()`, cheaper. For a denial's reasons, ask [`decide`](Self::decide).
    #[must_use]
    pub fn answer(&self, who: &Professional, procedure: Procedure) -> Answer {
        answer_in(who, procedure, self, &Competent::of(who, self.ctx))
    }

    /// The answer for each of `staff`, in order: who may perform `procedure` here, and on which
    /// route, who only if the facts still unknown hold, and who may not.
    pub fn who_may(&self, staff: &[Professional], procedure: Procedure) -> Vec<Answer> {
        staff
            .iter()
            .map(|who| match self.settled_for(who, procedure) {
                Some(answer) => answer,
                None => answer_in(who, procedure, self, &Competent::of(who, self.ctx)),
            })
            .collect()
    }

    /// The answers for `who` for each of `procedures`, in order, appended to `out`: one person's
    /// row of a roster, the per-person work done in one pass.
    pub(crate) fn answers_into(&self, who: &Professional, procedures: &[Procedure], out: &mut Vec<Answer>) {
        let competent = Competent::of(who, self.ctx);
        out.extend(procedures.iter().map(|&p| match self.settled_for(who, p) {
            Some(answer) => answer,
            None => answer_in(who, p, self, &competent),
        }));
    }

    /// The answer for `who` and `p` without evaluating them, when the context settles it: no row
    /// of either route with rows is open to them here, and nothing else can open one (see
    /// `settled`), so the combining rule lands where it lands for nobody: `closed`.
    #[inline]
    fn settled_for(&self, who: &Professional, p: Procedure) -> Option<Answer> {
        if !self.settled.contains(p) {
            return None;
        }
        let none_open = |route| who.candidates(route, p).intersection(self.open.get(route, p)).is_empty();
        let functional_closed = self.instruction.get(p.index()).is_some_and(|i| !i.is_empty());
        (none_open(Route::Independent) && (functional_closed || none_open(Route::FunctionalIndependence)))
            .then(|| self.closed.get(p.index()).copied())
            .flatten()
    }
}

impl View for PreparedContext<'_> {
    #[inline]
    fn ctx(&self) -> &Context {
        self.ctx
    }

    #[inline]
    fn facts(&self, assumed: CaseFactSet, pick: Pick) -> Facts {
        if assumed.is_empty() && pick == Pick::NONE {
            self.facts
        } else {
            Facts { gaps: self.ctx.fact_gaps_assuming(assumed), assumed, pick }
        }
    }

    #[inline]
    fn open_rows(&self, procedure: Procedure, route: Route, facts: Facts) -> Option<RowMask> {
        (facts.as_given() && self.asked.contains(procedure)).then(|| self.open.get(route, procedure))
    }

    #[inline]
    fn row_context_unmet(&self, row: RowId, rule: &'static Rule, facts: Facts) -> ConditionSet {
        // A medicine or technique taken for an unknown one: the cache holds the context's own.
        if !self.asked.contains(rule.procedure) || facts.pick != Pick::NONE {
            return rows::context_unmet(rule, self.ctx, facts);
        }
        let cached = self.row_unmet.get(row.position()).copied().unwrap_or(ConditionSet::EMPTY);
        rule.conditions.intersection(facts.gaps).union(cached)
    }

    #[inline]
    fn instruction_unmet(&self, procedure: Procedure, facts: Facts) -> RouteConditionSet {
        match self.instruction.get(procedure.index()) {
            Some(cached) if facts.as_given() && self.asked.contains(procedure) => *cached,
            // Facts assumed (or a medicine or technique taken) can change the instructor's
            // authority: evaluate it again.
            _ => rows::instruction_unmet(self, procedure, facts),
        }
    }
}
