//! Many questions at once: who of a team may perform a procedure, and the eligibility matrix of a
//! whole roster. Each answer equals [`decide`] on that cell; only the route is kept, one byte per
//! cell, and the full decision is one call away.

use crate::decision::Decision;
use crate::engine::{OpenRows, decide, routes_of, team_routes};
use crate::input::context::Context;
use crate::input::professional::Professional;
use crate::types::procedure::{Procedure, ProcedureSet};
use crate::types::route::Route;

/// For one procedure and context: the route on which each professional may perform it (`None`:
/// denied), in the order given.
///
/// ```
/// use bevoegd::*;
///
/// let (physician, ctx) = law::PHYSICIAN_INJECTION.example_case()?;
/// let (pa, _) = law::PHYSICIAN_ASSISTANT_INJECTION.example_case()?;
/// let answers = who_may(&[physician, pa], Procedure::Injection, &ctx);
/// assert_eq!(answers, [Some(Route::Independent), None]); // the PA's example case starts in 2018
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn who_may(staff: &[Professional], procedure: Procedure, ctx: &Context) -> Vec<Option<Route>> {
    team_routes(staff, procedure, ctx)
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

/// The eligibility of a roster: staff × contexts × procedures, one route (or `None`) per cell.
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
}

impl Eligibility {
    /// Decides every cell. Cells are laid out staff-major, then context, then procedure, so one
    /// professional's day is contiguous.
    ///
    /// # Errors
    ///
    /// [`RosterTooLarge`] when the cells (one byte each) cannot be allocated: the roster is
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
        // What each context decides for everyone, once; then each pair's fourteen at once.
        let asked: ProcedureSet = procedures.iter().copied().collect();
        let open: Vec<OpenRows> = contexts.iter().map(|c| OpenRows::of(c, asked)).collect();
        for who in staff {
            for (ctx, open) in contexts.iter().zip(&open) {
                let routes = routes_of(who, ctx, open);
                cells.extend(procedures.iter().map(|p| routes.get(p.index()).copied().flatten()));
            }
        }
        Ok(Eligibility { staff: staff.len(), contexts: contexts.len(), procedures: procedures.to_vec(), cells })
    }

    /// The answer for professional `staff`, context `context` and `procedure`; `None` when an index
    /// is out of range or the procedure was not asked about.
    pub fn get(&self, staff: usize, context: usize, procedure: Procedure) -> Option<Option<Route>> {
        let p = self.procedures.iter().position(|q| *q == procedure)?;
        if staff >= self.staff || context >= self.contexts {
            return None;
        }
        self.cells.get((staff * self.contexts + context) * self.procedures.len() + p).copied()
    }

    /// All cells, staff-major, then context, then procedure.
    pub fn cells(&self) -> &[Option<Route>] {
        &self.cells
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
