//! Many questions at once: who of a team may perform a procedure, and the eligibility matrix of a
//! whole roster. Each answer comes from the engine's one evaluation, on a context prepared once
//! ([`PreparedContext`]), and equals [`decide`] on that cell: outcome, route, basis and the facts
//! a conditional answer needs ([`Answer`]); the full decision, with its reasons, is one call away.

use crate::decision::{Answer, Decision};
use crate::engine::{PreparedContext, decide};
use crate::input::context::Context;
use crate::input::professional::Professional;
use crate::types::procedure::{Procedure, ProcedureSet};
use crate::types::route::Route;

/// For one procedure and context: the route on which each professional may perform it (`None`:
/// denied, or permitted only if facts still unknown hold), in the order given.
#[deprecated(
    since = "0.2.0",
    note = "a conditional answer comes back as `None`, read as \"may not\": use `who_may_answers`, which keeps \
            the outcome; kept until 1.0"
)]
#[must_use]
pub fn who_may(staff: &[Professional], procedure: Procedure, ctx: &Context) -> Vec<Option<Route>> {
    who_may_answers(staff, procedure, ctx).iter().map(Answer::route).collect()
}

/// For one procedure and context: each professional's answer, in the order given: permitted on
/// a route and basis, conditional on facts the context leaves unknown (with the facts it needs),
/// or denied. Each equals `decide(..).answer()`; to ask several procedures in one context,
/// prepare it once with [`PreparedContext`].
///
/// ```
/// use bevoegd::*;
///
/// let (physician, ctx) = law::PHYSICIAN_INJECTION.example_case()?;
/// let (pa, _) = law::PHYSICIAN_ASSISTANT_INJECTION.example_case()?;
/// let answers = who_may_answers(&[physician, pa], Procedure::Injection, &ctx);
/// assert_eq!(answers[0].route(), Some(Route::Independent));
/// assert_eq!(answers[1].outcome(), Outcome::Denied); // the PA's example case starts in 2018
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn who_may_answers(staff: &[Professional], procedure: Procedure, ctx: &Context) -> Vec<Answer> {
    PreparedContext::for_procedures(ctx, ProcedureSet::only(procedure)).who_may(staff, procedure)
}

/// A roster too large to hold: more cells than fit in memory (or than `usize` counts).
///
/// # Example
///
/// ```
/// use bevoegd::RosterTooLarge;
///
/// let e = RosterTooLarge { staff: 100_000, contexts: 100_000, procedures: 14 };
/// assert_eq!(e.to_string(), "a roster of 100000 staff × 100000 contexts × 14 procedures does not fit in memory");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Debug, thiserror::Error)]
#[error("a roster of {staff} staff × {contexts} contexts × {procedures} procedures does not fit in memory")]
pub struct RosterTooLarge {
    /// The staff asked about.
    pub staff: usize,
    /// The contexts asked about.
    pub contexts: usize,
    /// The procedures asked about.
    pub procedures: usize,
}

/// The eligibility of a roster: staff × contexts × procedures, one [`Answer`] per cell (and its
/// route, `None` unless permitted).
///
/// ```
/// use bevoegd::*;
///
/// let (physician, ctx) = law::PHYSICIAN_SURGERY.example_case()?;
/// let staff = [physician];
/// let m = Eligibility::compute(&staff, &Procedure::ALL, std::slice::from_ref(&ctx))?;
/// assert_eq!(m.get(0, 0, Procedure::Surgery), Some(Some(Route::Independent)));
/// assert_eq!(m.get(0, 0, Procedure::Endoscopy), Some(None)); // not competent for it
/// assert_eq!(m.permitted(), 1);
/// // A cell's full decision, with its reasons, is `decide` on the same inputs.
/// let full = decide(&staff[0], Procedure::Endoscopy, &ctx);
/// assert_eq!(full.independence_reasons()[0].unmet.code(), "not_competent");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Eligibility {
    staff: usize,
    contexts: usize,
    procedures: Vec<Procedure>,
    cells: Vec<Option<Route>>,
    answers: Vec<Answer>,
}

impl Eligibility {
    /// Decides every cell. Cells are laid out staff-major, then context, then procedure, so one
    /// professional's day is contiguous.
    ///
    /// # Errors
    ///
    /// [`RosterTooLarge`] when the cells (a few bytes each) cannot be allocated: the roster is
    /// refused whole, never half-computed, and the process does not abort.
    pub fn compute(
        staff: &[Professional],
        procedures: &[Procedure],
        contexts: &[Context],
    ) -> Result<Eligibility, RosterTooLarge> {
        let too_large =
            || RosterTooLarge { staff: staff.len(), contexts: contexts.len(), procedures: procedures.len() };
        let n = staff
            .len()
            .checked_mul(contexts.len())
            .and_then(|n| n.checked_mul(procedures.len()))
            .ok_or_else(too_large)?;
        let mut cells = Vec::new();
        cells.try_reserve_exact(n).map_err(|_| too_large())?;
        let mut answers = Vec::new();
        answers.try_reserve_exact(n).map_err(|_| too_large())?;
        // What each context decides for everyone, once; then each person's own conditions.
        let asked: ProcedureSet = procedures.iter().copied().collect();
        let prepared: Vec<PreparedContext<'_>> =
            contexts.iter().map(|c| PreparedContext::for_procedures(c, asked)).collect();
        for who in staff {
            for ctx in &prepared {
                ctx.answers_into(who, procedures, &mut answers);
            }
        }
        cells.extend(answers.iter().map(Answer::route));
        Ok(Eligibility {
            staff: staff.len(),
            contexts: contexts.len(),
            procedures: procedures.to_vec(),
            cells,
            answers,
        })
    }

    /// The position of a cell; `None` when an index is out of range or the procedure was not
    /// asked about.
    fn position(&self, staff: usize, context: usize, procedure: Procedure) -> Option<usize> {
        let p = self.procedures.iter().position(|q| *q == procedure)?;
        if staff >= self.staff || context >= self.contexts {
            return None;
        }
        Some((staff * self.contexts + context) * self.procedures.len() + p)
    }

    /// The route for professional `staff`, context `context` and `procedure` (`None` inside: not
    /// permitted, or only conditionally); `None` when an index is out of range or the procedure
    /// was not asked about.
    pub fn get(&self, staff: usize, context: usize, procedure: Procedure) -> Option<Option<Route>> {
        self.cells.get(self.position(staff, context, procedure)?).copied()
    }

    /// The whole answer for professional `staff`, context `context` and `procedure`: outcome,
    /// route, basis, the facts a conditional answer needs. `None` when an index is out of range or
    /// the procedure was not asked about.
    ///
    /// ```
    /// use bevoegd::*;
    ///
    /// let (pa, ctx) = law::PHYSICIAN_ASSISTANT_INJECTION.example_case()?;
    /// let unknown = ctx.to_builder().facts(CaseFacts::UNKNOWN).build()?;
    /// let m = Eligibility::compute(std::slice::from_ref(&pa), &[Procedure::Injection], &[ctx, unknown])?;
    /// assert_eq!(m.answer(0, 0, Procedure::Injection).map(|a| a.outcome()), Some(Outcome::Permitted));
    /// let before = m.answer(0, 1, Procedure::Injection).ok_or("no cell")?;
    /// assert_eq!(before.outcome(), Outcome::Conditional);
    /// assert_eq!(m.get(0, 1, Procedure::Injection), Some(None)); // not a permission yet
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn answer(&self, staff: usize, context: usize, procedure: Procedure) -> Option<Answer> {
        self.answers.get(self.position(staff, context, procedure)?).copied()
    }

    /// The route of every cell, staff-major, then context, then procedure.
    pub fn cells(&self) -> &[Option<Route>] {
        &self.cells
    }

    /// The answer of every cell, in the order of [`cells`](Self::cells).
    pub fn answers(&self) -> &[Answer] {
        &self.answers
    }

    /// How many cells are permitted on some route.
    pub fn permitted(&self) -> usize {
        self.cells.iter().filter(|c| c.is_some()).count()
    }

    /// The full decision for one cell, with its reasons, recomputed from the same inputs.
    ///
    /// It reads nothing of `self`: it is [`decide`] on `staff[s]`, `procedure` and `contexts[c]`.
    #[deprecated(
        since = "0.2.0",
        note = "reads nothing of the matrix: call `decide(&staff[s], procedure, &contexts[c])`; kept until 1.0"
    )]
    pub fn decision(
        &self,
        staff: &[Professional],
        contexts: &[Context],
        s: usize,
        c: usize,
        procedure: Procedure,
    ) -> Option<Decision> {
        Some(decide(staff.get(s)?, procedure, contexts.get(c)?))
    }
}
