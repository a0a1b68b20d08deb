//! The answer: [`Decision`] and how it becomes words.
//!
//! Follow one request from [`decide`](crate::decide) to each reason's sentence:
//!
//! 1. `engine` evaluates the routes in the law's order and records, per route, an
//!    [`Assessment`]: either a law-table row was assessed ([`RowAssessment`]: the row and its
//!    unmet [`Condition`]s) or a route-level condition failed ([`RouteAssessment`]: the
//!    [`RouteCondition`]s). Nothing is formatted yet; a `Decision` is `Copy` and allocation-free.
//! 2. [`Decision::reason_iter`] turns each unmet condition into a typed [`Reason`] with its
//!    citation (`reason.rs`), taking every citation from `law`.
//! 3. [`Reason::sentence`] gives it words in Dutch or English (`sentence.rs`, with the names of
//!    `text/names.rs`); [`Decision::missing`] gives the [`Remedy`] for each (`remedy.rs`);
//!    [`Decision::report`] the serialisable [`DecisionReport`] (`report.rs`).

mod answer;
mod reason;
mod remedy;
mod report;
mod sentence;
mod span;

pub use answer::Answer;
pub use reason::{Reason, Unmet};
pub use remedy::Remedy;
pub use report::{DecisionReport, OtherRoute, Outcome};
pub use sentence::Names;
pub(crate) use sentence::describe_change;
pub use span::{Change, HoldsUntil, Span};

use strum::{EnumCount, EnumIter};

use crate::input::context::Context;
use crate::input::professional::{Professional, StateOn};
use crate::law::{self, Citation, Condition, ConditionSet, RowId, Rule};
use crate::text::Lang;
use crate::types::date::Date;
use crate::types::facts::{CaseFact, CaseFactSet, DrugClass, DrugSet, FieldOfCare, Technique, TechniqueSet};
use crate::types::procedure::{Act, Procedure};
use crate::types::profession::{Profession, Qualification};
use crate::types::route::Route;
use crate::types::scope::ScopeKind;
use crate::types::subdomain::Subdomain;

/// A condition of a route that has no law-table row, or of independence when no row applies.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, EnumIter, EnumCount)]
#[repr(u8)]
pub(crate) enum RouteCondition {
    /// No row names the holder for the procedure on the date.
    NotGranted,
    /// The context's technique is a form of another procedure.
    TechniqueOfOtherProcedure,
    /// An instruction (art. 35 lid 1 onder a).
    Instructed,
    /// The instructor derives authority from art. 36/36a.
    InstructorAuthorised,
    /// The instructor's directions followed (onder c).
    DirectionsFollowed,
    /// Supervision and intervention where needed (art. 38 onder a).
    SupervisionEnsured,
    /// The performer is competent (onder b).
    Competent,
    /// The route cannot give a valid prescription (Geneesmiddelenwet art. 1 lid 1 onder pp).
    ClosedForPrescribing,
}

crate::types::set::bitset! {
    /// A set of route-level conditions.
    pub(crate) struct RouteConditionSet of RouteCondition;
}

/// A law-table row was assessed: the row and which of its conditions are unmet.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct RowAssessment {
    /// The row.
    pub(crate) rule: RowId,
    pub(crate) unmet: ConditionSet,
    /// The registration's state on the date.
    pub(crate) state: StateOn,
    /// The day the latest competence record expired, when competence is unmet that way.
    pub(crate) expired: Option<Date>,
}

/// A route was assessed without a row: the route-level conditions that failed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct RouteAssessment {
    pub(crate) route: Route,
    pub(crate) unmet: RouteConditionSet,
    /// The day the latest competence record expired, when competence is unmet that way.
    pub(crate) expired: Option<Date>,
    /// When no row names the holder on the date: the row for them nearest in time (the latest
    /// that ended before the date, else the first that starts after it).
    pub(crate) near: Option<RowId>,
}

/// The evaluation of one route, in one of its two shapes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Assessment {
    Row(RowAssessment),
    Route(RouteAssessment),
}

impl Assessment {
    pub(crate) const fn general(route: Route, unmet: RouteConditionSet) -> Assessment {
        Assessment::Route(RouteAssessment { route, unmet, expired: None, near: None })
    }

    /// The route evaluated.
    pub(crate) fn route(&self) -> Route {
        match self {
            Assessment::Row(r) => r.rule.rule().route,
            Assessment::Route(r) => r.route,
        }
    }

    /// The row assessed, if any, by its id.
    pub(crate) const fn row(&self) -> Option<RowId> {
        match self {
            Assessment::Row(r) => Some(r.rule),
            Assessment::Route(_) => None,
        }
    }

    /// The row assessed, if any.
    pub(crate) fn rule(&self) -> Option<&'static Rule> {
        match self {
            Assessment::Row(r) => Some(r.rule.rule()),
            Assessment::Route(_) => None,
        }
    }

    /// Whether every condition holds.
    #[inline]
    pub(crate) const fn is_met(&self) -> bool {
        match self {
            Assessment::Row(r) => r.unmet.is_empty(),
            Assessment::Route(r) => r.unmet.is_empty(),
        }
    }

    /// How many conditions are unmet.
    #[inline]
    pub(crate) const fn unmet_count(&self) -> usize {
        match self {
            Assessment::Row(r) => r.unmet.len(),
            Assessment::Route(r) => r.unmet.len(),
        }
    }
}

/// What the reasons need from the context and the professional, copied so a decision stands
/// alone.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Snapshot {
    /// The professional's only profession on record (an experiment title counting as its
    /// register), if they have exactly one.
    sole_profession: Option<Profession>,
    /// An experiment title held without the register entry that succeeded it.
    title_without_register: Option<Profession>,
    /// The first subdomain the professional was trained in, and how many more.
    trained: Option<Subdomain>,
    trained_more: u16,
    field: FieldOfCare,
    subdomain: Option<Subdomain>,
    specialism: Option<Qualification>,
    drug: Option<DrugClass>,
    technique: Option<Technique>,
    /// The nurse-specialist category held on the date, if any.
    held_specialism: Option<Qualification>,
}

impl Snapshot {
    fn of(who: &Professional, ctx: &Context, not_granted: bool, trained: bool) -> Snapshot {
        let trained = if trained { who.trained_summary_on(ctx.date()) } else { (None, 0) };
        if !not_granted {
            return Snapshot {
                trained: trained.0,
                trained_more: u16::try_from(trained.1.saturating_sub(1)).unwrap_or(u16::MAX),
                subdomain: ctx.subdomain(),
                specialism: ctx.specialism(),
                drug: ctx.drug(),
                technique: ctx.technique(),
                ..Snapshot::unused(ctx)
            };
        }
        Snapshot {
            sole_profession: who.sole_profession(),
            title_without_register: who.title_without_register(),
            trained: trained.0,
            trained_more: u16::try_from(trained.1.saturating_sub(1)).unwrap_or(u16::MAX),
            field: ctx.field(),
            subdomain: ctx.subdomain(),
            specialism: ctx.specialism(),
            drug: ctx.drug(),
            technique: ctx.technique(),
            held_specialism: who
                .qualifications()
                .iter()
                .find(|r| r.qualification.is_nurse_specialism() && r.period.contains(ctx.date()))
                .map(|r| r.qualification),
        }
    }

    /// For decisions without reasons: only the field, which costs nothing to copy.
    fn unused(ctx: &Context) -> Snapshot {
        Snapshot {
            sole_profession: None,
            title_without_register: None,
            trained: None,
            trained_more: 0,
            field: ctx.field(),
            subdomain: None,
            specialism: None,
            drug: None,
            technique: None,
            held_specialism: None,
        }
    }
}

/// The answer to "may this professional perform this procedure in this context".
///
/// `Copy` and allocation-free: it holds the evaluation, not the text. Ask for
/// [`reasons`](Decision::reasons), [`missing`](Decision::missing) or
/// [`explain`](Decision::explain) when you need them; [`report`](Decision::report) gives the
/// serialisable form.
///
/// # Example
///
/// ```
/// use bevoegd::{decide, law, Lang, Route};
///
/// let (midwife, ctx) = law::MIDWIFE_OBSTETRICS.example_case()?;
/// let d = decide(&midwife, law::MIDWIFE_OBSTETRICS.procedure, &ctx);
/// assert_eq!(d.route(), Some(Route::Independent));
/// assert_eq!(d.explain(Lang::En), "independently authorised (Wet BIG art. 36 lid 2 onder b)");
/// assert!(d.reasons().is_empty() && d.missing().is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Decision {
    procedure: Procedure,
    date: Date,
    /// The route that holds; for a conditional answer, the route that holds if `requires` do.
    route: Option<Route>,
    independent: Assessment,
    other: Option<Assessment>,
    snapshot: Snapshot,
    /// The unknown facts the permission depends on: empty unless the answer is conditional.
    requires: CaseFactSet,
    /// The facts the context left unknown.
    unknown: CaseFactSet,
    /// For a medicine the context left unknown: the classes that would permit; empty when the
    /// answer does not depend on it.
    drugs: DrugSet,
    /// For a technique the context left unknown: the techniques that would permit; empty when
    /// the answer does not depend on it.
    techniques: TechniqueSet,
}

impl Decision {
    #[inline]
    pub(crate) fn new(
        procedure: Procedure,
        who: &Professional,
        ctx: &Context,
        route: Option<Route>,
        independent: Assessment,
        other: Option<Assessment>,
    ) -> Decision {
        // An independent permission has no reasons, so nothing would read the snapshot: skip the
        // copying on the fastest path.
        let snapshot = if route == Some(Route::Independent) {
            Snapshot::unused(ctx)
        } else {
            // Read the person's records only for the reasons that name them: a "not granted"
            // reason names the profession, title and specialism held; an "outside the trained
            // subdomain" reason the subdomains trained in.
            let assessments = || std::iter::once(&independent).chain(other.as_ref());
            let not_granted = assessments()
                .any(|a| matches!(a, Assessment::Route(r) if r.unmet.contains(RouteCondition::NotGranted)));
            let trained = assessments()
                .any(|a| matches!(a, Assessment::Row(r) if r.unmet.contains(Condition::WithinTrainedSubdomain)));
            // A permission on another route may later explain the facts it requires, which can
            // name the profession: keep the whole snapshot then.
            Snapshot::of(who, ctx, not_granted || route.is_some(), trained)
        };
        Decision {
            procedure,
            date: ctx.date(),
            route,
            independent,
            other,
            snapshot,
            requires: CaseFactSet::EMPTY,
            unknown: CaseFactSet::EMPTY,
            drugs: DrugSet::EMPTY,
            techniques: TechniqueSet::EMPTY,
        }
    }

    /// This answer (decided with a medicine or technique taken for the unknown one) as
    /// conditional on the medicine being one of `drugs` and the technique one of `techniques`.
    pub(crate) const fn requiring(self, drugs: DrugSet, techniques: TechniqueSet) -> Decision {
        Decision { drugs, techniques, ..self }
    }

    /// Whether the answer needs nothing the context left unknown.
    #[inline]
    const fn needs_nothing(&self) -> bool {
        self.requires.is_empty() && self.drugs.is_empty() && self.techniques.is_empty()
    }

    /// This denial, noting the facts the context left unknown.
    pub(crate) const fn with_unknown(self, unknown: CaseFactSet) -> Decision {
        Decision { unknown, ..self }
    }

    /// This permission (decided with `requires` taken as established) as a conditional answer.
    pub(crate) const fn conditional_on(self, requires: CaseFactSet, unknown: CaseFactSet) -> Decision {
        Decision { requires, unknown, ..self }
    }

    /// The procedure decided on.
    pub const fn procedure(&self) -> Procedure {
        self.procedure
    }

    /// The date decided for.
    pub const fn date(&self) -> Date {
        self.date
    }

    /// Whether the act is permitted on some route. A conditional answer is not a permission.
    #[inline]
    pub const fn is_permitted(&self) -> bool {
        self.route.is_some() && self.needs_nothing()
    }

    /// Whether the act is permitted independently.
    #[inline]
    pub const fn is_independent(&self) -> bool {
        matches!(self.route, Some(Route::Independent)) && self.needs_nothing()
    }

    /// Whether the answer is conditional: permitted on [`conditional_route`](Decision::conditional_route)
    /// if what [`requires`](Decision::requires) lists holds (facts, the medicine, the technique),
    /// which the context left unknown.
    #[inline]
    pub const fn is_conditional(&self) -> bool {
        self.route.is_some() && !self.needs_nothing()
    }

    /// Permitted, conditional or denied.
    pub const fn outcome(&self) -> Outcome {
        match (self.route.is_some(), self.needs_nothing()) {
            (true, true) => Outcome::Permitted,
            (true, false) => Outcome::Conditional,
            (false, _) => Outcome::Denied,
        }
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

    /// The unknown facts a conditional answer needs, each of which, established, the permission
    /// needs; empty unless conditional.
    pub const fn required_facts(&self) -> CaseFactSet {
        self.requires
    }

    /// For a medicine the context left unknown (`"drug": "unknown"`): the classes with which the
    /// answer is the conditional one (with any other class it is worse, a denial unless another
    /// route holds); empty when the answer does not turn on the medicine. The route and basis
    /// are those of the best of them.
    pub const fn required_drugs(&self) -> DrugSet {
        self.drugs
    }

    /// For a technique the context left unknown (`"technique": "unknown"`): the techniques with
    /// which the answer is the conditional one; empty when it does not turn on the technique.
    pub const fn required_techniques(&self) -> TechniqueSet {
        self.techniques
    }

    /// The facts the context left unknown (listed beside a denial's known failures).
    pub const fn unknown_facts(&self) -> CaseFactSet {
        self.unknown
    }

    /// The scope a restriction left open for `fact` names, read from the conditional answer's
    /// reason for it.
    fn requirements_scope(&self, fact: CaseFact) -> Option<ScopeKind> {
        self.requires().into_iter().find_map(|r| match r.unmet {
            Unmet::RestrictionScopeOpen { scope, .. } if scope.fact() == fact => Some(scope),
            _ => None,
        })
    }

    /// The facts a conditional answer needs, as reasons: what each means, with the provision that
    /// sets it. Empty unless conditional.
    pub fn requires(&self) -> Vec<Reason> {
        let holding = match self.route {
            Some(Route::Independent) => Some(self.independent),
            Some(_) => self.other,
            None => None,
        };
        let Some(a) = holding.filter(|_| self.is_conditional()) else { return Vec::new() };
        let mut out: Vec<Reason> = self.requires.iter().map(|fact| self.requirement(a, fact)).collect();
        if !self.drugs.is_empty() {
            out.push(self.drug_requirement(a));
        }
        if !self.techniques.is_empty() {
            out.push(self.technique_requirement(a));
        }
        out
    }

    /// The route tried after independence, when independence failed: the one that holds, or the
    /// one whose reasons a denial reports.
    pub fn other_route(&self) -> Option<Route> {
        self.other.map(|o| o.route())
    }

    /// The table row the permission rests on (independent authority or functional independence);
    /// for a conditional answer, the row it would rest on.
    pub fn basis_rule(&self) -> Option<&'static Rule> {
        self.basis_row().map(RowId::rule)
    }

    /// The law-table row independence was assessed against when it did not hold: the row whose
    /// unmet conditions [`independence_reasons`](Decision::independence_reasons) give, or, when no
    /// row names the person on the date, the row for them nearest in time. `None` when
    /// independence holds (see [`basis_rule`](Decision::basis_rule)) or no row was assessed. What
    /// a test suite's coverage counts on the denied side.
    ///
    /// ```
    /// use bevoegd::{decide, law, Procedure, Qualification};
    ///
    /// let (nurse, ctx) = law::NURSE_SPECIALIST_AGZ_PRESCRIBING.example_case()?;
    /// // Outside her specialism: the row she holds was assessed, and did not hold.
    /// let outside = ctx.to_builder().specialism(Qualification::NurseSpecialistMentalHealth).build()?;
    /// let d = decide(&nurse, Procedure::Prescribing, &outside);
    /// assert_eq!(d.assessed_rule().map(|r| r.name), Some("nurse_specialist_agz_prescribing"));
    /// assert_eq!(decide(&nurse, Procedure::Prescribing, &ctx).assessed_rule(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn assessed_rule(&self) -> Option<&'static Rule> {
        if self.route == Some(Route::Independent) {
            return None;
        }
        match self.independent {
            Assessment::Row(r) => Some(r.rule.rule()),
            Assessment::Route(r) => r.near.map(RowId::rule),
        }
    }

    /// The row of [`basis_rule`](Decision::basis_rule).
    fn basis_row(&self) -> Option<RowId> {
        match self.route? {
            Route::Independent => self.independent.row(),
            Route::FunctionalIndependence => self.other.and_then(|o| o.row()),
            Route::OnInstruction | Route::Emergency | Route::NotProfessional => None,
        }
    }

    /// The provision the permission rests on (or, for a conditional answer, would rest on);
    /// `None` when denied.
    pub fn basis(&self) -> Option<Citation> {
        answer::basis_of(self.route?, self.basis_rule())
    }

    /// Whether the date is after [`law::LEGAL_BASIS_AS_OF`], the day the law table was last
    /// checked against its sources: the answer applies the law as it stood then, a forecast rather
    /// than the law in force on the date. The explanation says so only where it matters
    /// ([`law::forecast_note_needed`]: beyond [`law::FORECAST_HORIZON_DAYS`], or past a change the
    /// table knows of).
    ///
    /// ```
    /// use bevoegd::{decide, law, Date};
    ///
    /// let (who, ctx) = law::PHYSICIAN_INJECTION.example_case()?;
    /// assert!(!decide(&who, law::PHYSICIAN_INJECTION.procedure, &ctx).is_forecast());
    /// let later = ctx.to_builder().date(law::LEGAL_BASIS_AS_OF.next_day().ok_or("last day")?).build()?;
    /// let d = decide(&who, law::PHYSICIAN_INJECTION.procedure, &later);
    /// assert!(d.is_forecast() && d.is_permitted());
    /// let far = ctx.to_builder().date(Date::new(2030, 1, 1)?).build()?;
    /// let d = decide(&who, law::PHYSICIAN_INJECTION.procedure, &far);
    /// assert!(d.explain(bevoegd::Lang::En).starts_with("note: "));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn is_forecast(&self) -> bool {
        self.date.after(law::LEGAL_BASIS_AS_OF)
    }

    /// Why the act is denied: every unmet condition of independent authority, then of the other
    /// route considered. Empty when permitted.
    pub fn reasons(&self) -> Vec<Reason> {
        self.reason_iter().collect()
    }

    /// [`reasons`](Decision::reasons) without collecting them: allocation-free. Empty when
    /// permitted.
    pub fn reason_iter(&self) -> impl Iterator<Item = Reason> + '_ {
        let denied = self.route.is_none();
        let all = [Some(self.independent), self.other].into_iter().flatten().filter(move |_| denied);
        all.flat_map(move |a| self.reasons_of(a))
    }

    /// Why the act is not permitted independently. Empty when it is.
    pub fn independence_reasons(&self) -> Vec<Reason> {
        self.reasons_of(self.independent).collect()
    }

    /// The other route considered and its unmet conditions, when the act is denied.
    pub fn other_route_reasons(&self) -> Option<(Route, Vec<Reason>)> {
        let other = self.other.filter(|_| self.route.is_none())?;
        Some((other.route(), self.reasons_of(other).collect()))
    }

    /// The reasons of one assessment, in report order.
    fn reasons_of(&self, a: Assessment) -> impl Iterator<Item = Reason> + '_ {
        self.per_unmet(a, Self::row_reason, Self::route_reason)
    }

    /// One item per unmet condition of an assessment, in report order: `row` for a row's
    /// conditions (`None` where it has nothing to say), `route` for a route's.
    fn per_unmet<T>(
        &self,
        a: Assessment,
        row: fn(&Self, &RowAssessment, &'static Rule, Condition) -> Option<T>,
        route: fn(&Self, &RouteAssessment, RouteCondition) -> T,
    ) -> impl Iterator<Item = T> + '_
    where
        T: 'static,
    {
        let (row_a, route_a) = match a {
            Assessment::Row(r) => (Some((r, r.rule.rule())), None),
            Assessment::Route(r) => (None, Some(r)),
        };
        let rows =
            row_a.into_iter().flat_map(move |(r, rule)| r.unmet.iter().filter_map(move |c| row(self, &r, rule, c)));
        let routes = route_a.into_iter().flat_map(move |r| r.unmet.iter().map(move |c| route(self, &r, c)));
        rows.chain(routes)
    }

    /// What would make the act permitted: for each unmet condition, the fact that would meet it,
    /// independence first, then the other route, each remedy once. [`Remedy::NotOpen`] says that
    /// nothing can on that route (the law does not open it to this professional on that date).
    pub fn missing(&self) -> Vec<Remedy> {
        let mut out: Vec<Remedy> = Vec::new();
        for (_, needs) in self.missing_by_route() {
            push_new(&mut out, needs);
        }
        out
    }

    /// The remedies of a conditional answer: only its facts (empty when permitted).
    fn required_remedies(&self) -> Vec<Remedy> {
        let mut out: Vec<Remedy> = self
            .requires
            .iter()
            .filter_map(|f| {
                crate::input::context::FACT_CONDITIONS
                    .iter()
                    .find(|(k, _)| *k == f)
                    .map(|(_, c)| Remedy::CaseFact { fact: *c })
            })
            .collect();
        if self.requires.contains(CaseFact::RegistrationConditionsMet) {
            out.push(Remedy::RegistrationConditionsMet);
        }
        if self.requires.contains(CaseFact::RegistrationConfirmed) {
            out.push(Remedy::RegistrationConfirmed);
        }
        for fact in [CaseFact::PatientGroup, CaseFact::Place] {
            if self.requires.contains(fact)
                && let Some(scope) = self.requirements_scope(fact)
            {
                out.push(Remedy::ScopeStated { scope });
            }
        }
        if !self.drugs.is_empty() {
            out.push(Remedy::PermittedDrug);
        }
        if !self.techniques.is_empty() {
            out.push(Remedy::PermittedTechnique);
        }
        out
    }

    /// What each route still needs, route by route (independence first): empty when permitted;
    /// for a conditional answer, its route and the facts it requires. A route whose list is one
    /// remedy long opens with that one thing; [`Remedy::NotOpen`] means nothing opens it.
    ///
    /// ```
    /// use bevoegd::{decide, law, CaseFacts, Procedure, Remedy, Route};
    ///
    /// let (pa, ctx) = law::PHYSICIAN_ASSISTANT_CATHETERISATION.example_case()?;
    /// let ctx = ctx.to_builder().facts(CaseFacts::NONE).build()?;
    /// let d = decide(&pa, Procedure::Catheterisation, &ctx);
    /// let by_route = d.missing_by_route();
    /// assert_eq!(by_route.first().map(|(route, _)| *route), Some(Route::Independent));
    /// // Limited complexity, routine, risks overseeable (TB PA art. 7 lid 2 onder c-e).
    /// assert!(by_route[0].1.iter().all(|r| matches!(r, Remedy::CaseFact { .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn missing_by_route(&self) -> Vec<(Route, Vec<Remedy>)> {
        if let Some(route) = self.route {
            let needs = self.required_remedies();
            return if needs.is_empty() { Vec::new() } else { vec![(route, needs)] };
        }
        [Some(self.independent), self.other]
            .into_iter()
            .flatten()
            .map(|a| {
                let mut needs: Vec<Remedy> = Vec::new();
                push_new(&mut needs, self.remedies_of(a));
                (a.route(), needs)
            })
            .collect()
    }

    fn remedies_of(&self, a: Assessment) -> impl Iterator<Item = Remedy> + '_ {
        self.per_unmet(a, Self::row_remedy, Self::route_remedy)
    }

    /// The explanation a person reads: one sentence per line, each with its article.
    ///
    /// ```
    /// # use bevoegd::*;
    /// let since = Date::new(2015, 9, 1)?;
    /// let reg = Registration::new(Profession::Physician, None, [
    ///     StatusPeriod { period: Period::new(since, Some(Date::new(2024, 12, 31)?))?, status: RegistrationStatus::Active },
    ///     StatusPeriod {
    ///         period: Period::new(Date::new(2025, 1, 1)?, Some(Date::new(2025, 2, 28)?))?,
    ///         status: RegistrationStatus::Suspended { ground: SuspensionGround::Disciplinary },
    ///     },
    /// ])?;
    /// let who = Professional::builder("K. Smit").registration(reg)
    ///     .competence(Competence { procedure: Procedure::Injection, subdomain: None, valid: Period::starting(since) })
    ///     .build()?;
    /// let ctx = Context::builder(Date::new(2025, 2, 3)?, FieldOfCare::Medicine).build()?;
    /// let d = decide(&who, Procedure::Injection, &ctx);
    /// assert_eq!(
    ///     d.explain(Lang::Nl),
    ///     "niet zelfstandig bevoegd: registratie als arts geschorst tot en met 2025-02-28 (Wet BIG art. 4 lid 3)\n\
    ///      niet in opdracht: er is geen opdracht gegeven (Wet BIG art. 35 lid 1 onder a)"
    /// );
    /// assert!(d.explain(Lang::En).starts_with(
    ///     "not independently authorised: registration as physician suspended up to and including 2025-02-28 (Wet BIG art. 4 lid 3)"
    /// ));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn explain(&self, lang: Lang) -> String {
        self.explanation(lang).join("\n")
    }

    /// The explanation as separate sentences: the forecast note when the date is after the law
    /// table's, the permission with its basis, or each reason after the route it defeats.
    pub fn explanation(&self, lang: Lang) -> Vec<String> {
        self.explanation_with(lang, Names::CODES)
    }

    /// [`explanation`](Decision::explanation) with subdomains as `names` names them: a roster's
    /// labels ([`LabelsIn::names`](crate::LabelsIn::names)) instead of codes.
    ///
    /// ```
    /// use std::collections::BTreeMap;
    /// use bevoegd::{decide, law, Lang, Names, Procedure};
    ///
    /// let (technologist, ctx) = law::CLINICAL_TECHNOLOGIST_PUNCTURE.example_case()?;
    /// let elsewhere = ctx.to_builder().subdomain("neurology".parse()?).build()?;
    /// let d = decide(&technologist, Procedure::Puncture, &elsewhere);
    /// let labels = BTreeMap::from([("neurology".parse()?, "Neurologie".to_owned())]);
    /// let words = d.explanation_with(Lang::Nl, Names::subdomains(&labels)).join("\n");
    /// assert!(words.contains("(de handeling valt in Neurologie)"), "{words}");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn explanation_with(&self, lang: Lang, names: Names<'_>) -> Vec<String> {
        let mut out = Vec::new();
        if law::forecast_note_needed(self.date) {
            out.push(sentence::forecast(self.date, lang));
        }
        if let (Some(route), Some(basis)) = (self.route, self.basis()) {
            let requires = self.requires();
            if requires.is_empty() {
                out.push(format!("{} ({basis})", sentence::permitted(route, lang)));
            } else {
                let facts: Vec<String> = requires.iter().map(|r| r.requirement_with(lang, names)).collect();
                out.push(format!(
                    "{} ({basis}), {} {}",
                    sentence::permitted(route, lang),
                    sentence::provided(lang),
                    facts.join("; ")
                ));
            }
        }
        let not_independently = sentence::not_on(Route::Independent, lang);
        for r in self.reasons_of(self.independent) {
            out.push(format!("{not_independently}: {}", r.sentence_with(lang, names)));
        }
        if let Some(other) = self.other.filter(|_| self.route.is_none()) {
            let prefix = sentence::not_on(other.route(), lang);
            for r in self.reasons_of(other) {
                out.push(format!("{prefix}: {}", r.sentence_with(lang, names)));
            }
        }
        out
    }

    /// The serialisable form, with the explanation in `lang`.
    pub fn report(&self, lang: Lang) -> DecisionReport {
        DecisionReport {
            procedure: Act::Reserved(self.procedure),
            date: self.date,
            outcome: self.outcome(),
            route: self.route,
            requires: self.requires(),
            unknown: self.unknown.iter().collect(),
            basis: self.basis(),
            rule: self.basis_rule().map(|r| r.name.to_owned()),
            assessed_rule: self.assessed_rule().map(|r| r.name.to_owned()),
            independence_reasons: self.independence_reasons(),
            other_route: self.other_route_reasons().map(|(route, reasons)| OtherRoute { route, reasons }),
            missing: self.missing(),
            forecast: self.is_forecast(),
            forecast_from: None,
            explanation: self.explanation(lang),
            holds_until: None,
            periods: Vec::new(),
            citations: Vec::new(),
        }
        .with_citations()
    }
}

/// Appends each remedy not listed yet, in order.
fn push_new(out: &mut Vec<Remedy>, remedies: impl IntoIterator<Item = Remedy>) {
    for r in remedies {
        if !out.contains(&r) {
            out.push(r);
        }
    }
}
