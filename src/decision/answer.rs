//! The answer of a batch cell: a decision's outcome, route, basis and required facts, without
//! its reasons.

use crate::decision::{Decision, Outcome};
use crate::law::{self, Citation, RowId, Rule};
use crate::types::facts::{CaseFactSet, DrugSet, TechniqueSet};
use crate::types::procedure::Procedure;
use crate::types::route::Route;

/// One person's answer for one procedure in a batch ([`PreparedContext::who_may`](crate::PreparedContext::who_may),
/// [`Eligibility::answer`](crate::Eligibility::answer)): permitted on a route and basis,
/// conditional on facts still unknown (the route and basis it would rest on, and the facts it
/// needs), or denied. It equals [`Decision::answer`] of [`decide`](crate::decide) on the same
/// inputs; a denial's reasons and what is missing come from that decision, asked when needed.
///
/// `Copy`, a few bytes; new information may be added in later versions (`#[non_exhaustive]`).
///
/// # Example
///
/// ```
/// use bevoegd::{decide, law, Outcome, Procedure, Route};
///
/// let (physician, ctx) = law::PHYSICIAN_SURGERY.example_case()?;
/// let answer = decide(&physician, Procedure::Surgery, &ctx).answer();
/// assert_eq!(answer.outcome(), Outcome::Permitted);
/// assert_eq!(answer.route(), Some(Route::Independent));
/// assert_eq!(answer.basis_rule().map(|r| r.name), Some("physician_surgery"));
/// assert_eq!(answer.basis().map(|c| c.to_string()).as_deref(), Some("Wet BIG art. 36 lid 1 onder a"));
///
/// let denied = decide(&physician, Procedure::Endoscopy, &ctx).answer();
/// assert_eq!(denied.outcome(), Outcome::Denied);
/// assert_eq!((denied.route(), denied.basis()), (None, None));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub struct Answer {
    procedure: Procedure,
    /// The route that holds; for a conditional answer, the route that holds if `requires` do.
    route: Option<Route>,
    /// The row that route rests on, for the two routes with rows.
    row: Option<RowId>,
    /// The unknown facts a conditional answer needs; empty otherwise.
    requires: CaseFactSet,
    /// The medicines that would permit, when the context left the medicine unknown.
    drugs: DrugSet,
    /// The techniques that would permit, when the context left the technique unknown.
    techniques: TechniqueSet,
}

impl Answer {
    pub(crate) const fn permitted(procedure: Procedure, route: Route, row: Option<RowId>) -> Answer {
        Answer {
            procedure,
            route: Some(route),
            row,
            requires: CaseFactSet::EMPTY,
            drugs: DrugSet::EMPTY,
            techniques: TechniqueSet::EMPTY,
        }
    }

    pub(crate) const fn conditional(
        procedure: Procedure,
        route: Route,
        row: Option<RowId>,
        requires: CaseFactSet,
    ) -> Answer {
        Answer { procedure, route: Some(route), row, requires, drugs: DrugSet::EMPTY, techniques: TechniqueSet::EMPTY }
    }

    pub(crate) const fn denied(procedure: Procedure) -> Answer {
        Answer {
            procedure,
            route: None,
            row: None,
            requires: CaseFactSet::EMPTY,
            drugs: DrugSet::EMPTY,
            techniques: TechniqueSet::EMPTY,
        }
    }

    /// This answer as conditional on the medicine being one of `drugs` and the technique one of
    /// `techniques` (see [`Decision::required_drugs`]).
    pub(crate) const fn requiring(self, drugs: DrugSet, techniques: TechniqueSet) -> Answer {
        Answer { drugs, techniques, ..self }
    }

    /// Whether the answer needs nothing the context left unknown.
    const fn needs_nothing(&self) -> bool {
        self.requires.is_empty() && self.drugs.is_empty() && self.techniques.is_empty()
    }

    /// The procedure answered.
    pub const fn procedure(&self) -> Procedure {
        self.procedure
    }

    /// Permitted, conditional or denied.
    pub const fn outcome(&self) -> Outcome {
        match (self.route.is_some(), self.needs_nothing()) {
            (true, true) => Outcome::Permitted,
            (true, false) => Outcome::Conditional,
            (false, _) => Outcome::Denied,
        }
    }

    /// Whether the act is permitted on some route (a conditional answer is not a permission).
    pub const fn is_permitted(&self) -> bool {
        self.route.is_some() && self.needs_nothing()
    }

    /// The route on which the act is permitted; `None` when denied or only conditional.
    pub const fn route(&self) -> Option<Route> {
        if self.needs_nothing() { self.route } else { None }
    }

    /// The route on which the act would be permitted if the required facts hold; `None` unless
    /// the answer is conditional.
    pub const fn conditional_route(&self) -> Option<Route> {
        if self.needs_nothing() { None } else { self.route }
    }

    /// The unknown facts a conditional answer needs; empty unless conditional.
    pub const fn required_facts(&self) -> CaseFactSet {
        self.requires
    }

    /// The medicines that would permit, when the context left the medicine unknown; empty
    /// otherwise ([`Decision::required_drugs`]).
    pub const fn required_drugs(&self) -> DrugSet {
        self.drugs
    }

    /// The techniques that would permit, when the context left the technique unknown; empty
    /// otherwise ([`Decision::required_techniques`]).
    pub const fn required_techniques(&self) -> TechniqueSet {
        self.techniques
    }

    /// The law-table row a permission (or a conditional answer) rests on, for independent
    /// authority and functional independence; `None` for the other routes and when denied.
    pub fn basis_rule(&self) -> Option<&'static Rule> {
        self.row.map(RowId::rule)
    }

    /// The provision the permission rests on (or, for a conditional answer, would rest on);
    /// `None` when denied.
    pub fn basis(&self) -> Option<Citation> {
        basis_of(self.route?, self.basis_rule())
    }
}

/// The provision a permission on `route` rests on: the row's grant for the routes with rows,
/// art. 35 for the others.
pub(crate) fn basis_of(route: Route, rule: Option<&'static Rule>) -> Option<Citation> {
    match route {
        Route::Independent | Route::FunctionalIndependence => rule.map(|r| r.citation),
        // Art. 35 lid 2 for an instruction; lid 1 forbids only "buiten noodzaak" and "beroepsmatig".
        Route::OnInstruction | Route::Emergency | Route::NotProfessional => law::route_basis(route),
    }
}

impl Decision {
    /// This decision's outcome, route, basis and required facts, without its reasons: what a
    /// batch answers for the same inputs.
    ///
    /// ```
    /// use bevoegd::{decide, law, Outcome};
    ///
    /// let (midwife, ctx) = law::MIDWIFE_OBSTETRICS.example_case()?;
    /// let d = decide(&midwife, law::MIDWIFE_OBSTETRICS.procedure, &ctx);
    /// let a = d.answer();
    /// assert_eq!((a.outcome(), a.route(), a.basis()), (d.outcome(), d.route(), d.basis()));
    /// assert_eq!(a.outcome(), Outcome::Permitted);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn answer(&self) -> Answer {
        match self.conditional_route().or(self.route()) {
            None => Answer::denied(self.procedure()),
            Some(route) => {
                let row = self.basis_row();
                if self.is_conditional() {
                    Answer::conditional(self.procedure(), route, row, self.required_facts())
                        .requiring(self.required_drugs(), self.required_techniques())
                } else {
                    Answer::permitted(self.procedure(), route, row)
                }
            }
        }
    }
}
