//! The answer: [`Decision`], its typed [`Reason`]s with citations, what is [`Remedy`]-missing, and
//! the serialisable [`DecisionReport`].

use serde::{Deserialize, Serialize};

use crate::context::Context;
use crate::date::Date;
use crate::facts::{DrugClass, FieldOfCare, Technique};
use crate::law::{self, Citation, Condition, ConditionSet, Instrument, Rule};
use crate::procedure::{Act, Procedure};
use crate::profession::{Profession, Qualification};
use crate::professional::{Professional, StateOn};
use crate::route::Route;
use crate::status::{RestrictionGround, StrikeOffGround};
use crate::subdomain::Subdomain;

/// The evaluation of one route: the row considered (if any), the unmet conditions, and the facts
/// a reason needs (registration state, the day a competence expired). `Copy`, no heap.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Assessment {
    route: Route,
    rule: Option<u8>,
    unmet: ConditionSet,
    state: StateOn,
    profession: Option<Profession>,
    expired: Option<Date>,
    /// When no row names the holder on the date: the row for them nearest in time (the latest that
    /// ended before the date, else the first that starts after it).
    near: Option<u8>,
}

impl Assessment {
    pub(crate) const fn for_rule(
        route: Route,
        rule: u8,
        unmet: ConditionSet,
        state: StateOn,
        profession: Profession,
        expired: Option<Date>,
    ) -> Assessment {
        Assessment { route, rule: Some(rule), unmet, state, profession: Some(profession), expired, near: None }
    }

    pub(crate) const fn general(route: Route, unmet: ConditionSet) -> Assessment {
        Assessment { route, rule: None, unmet, state: StateOn::Active, profession: None, expired: None, near: None }
    }

    pub(crate) const fn with_near(self, near: Option<u8>) -> Assessment {
        Assessment { near, ..self }
    }

    pub(crate) const fn with_expired(self, expired: Option<Date>) -> Assessment {
        Assessment { expired, ..self }
    }

    /// The route evaluated.
    pub const fn route(&self) -> Route {
        self.route
    }

    /// The table row evaluated, if the route has rows and one names the holder on the date.
    pub fn rule(&self) -> Option<&'static Rule> {
        self.rule.and_then(law::rule_at)
    }

    /// The unmet conditions; empty when the route holds.
    pub const fn unmet(&self) -> ConditionSet {
        self.unmet
    }

    /// Whether every condition holds.
    #[inline]
    pub const fn is_met(&self) -> bool {
        self.unmet.is_empty()
    }
}

/// What the reasons need from the context and the professional, copied so a decision stands
/// alone.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Snapshot {
    /// The professional's only profession on record, if they have exactly one.
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
    fn of(who: &Professional, ctx: &Context) -> Snapshot {
        Snapshot {
            // An experiment title and the register that succeeded it are one profession here.
            sole_profession: {
                let mut it = who.registrations().iter().map(|r| r.profession().register_profession());
                let first = it.next();
                if it.all(|p| Some(p) == first) { first } else { None }
            },
            title_without_register: who
                .registrations()
                .iter()
                .map(|r| r.profession())
                .find(|p| p.register_profession() != *p && !who.holds_profession(p.register_profession())),
            trained: who.trained_in().first().copied(),
            trained_more: u16::try_from(who.trained_in().len().saturating_sub(1)).unwrap_or(u16::MAX),
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
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Decision {
    procedure: Procedure,
    date: Date,
    route: Option<Route>,
    independent: Assessment,
    other: Option<Assessment>,
    snapshot: Snapshot,
}

impl Decision {
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
        let snapshot = if route == Some(Route::Independent) { Snapshot::unused(ctx) } else { Snapshot::of(who, ctx) };
        Decision { procedure, date: ctx.date(), route, independent, other, snapshot }
    }

    /// The procedure decided on.
    pub const fn procedure(&self) -> Procedure {
        self.procedure
    }

    /// The date decided for.
    pub const fn date(&self) -> Date {
        self.date
    }

    /// Whether the act is permitted on some route.
    #[inline]
    pub const fn is_permitted(&self) -> bool {
        self.route.is_some()
    }

    /// Whether the act is permitted independently.
    #[inline]
    pub const fn is_independent(&self) -> bool {
        matches!(self.route, Some(Route::Independent))
    }

    /// The route on which the act is permitted, `None` when denied.
    pub const fn route(&self) -> Option<Route> {
        self.route
    }

    /// The evaluation of independent authority.
    pub const fn independent(&self) -> &Assessment {
        &self.independent
    }

    /// The evaluation of the other route considered, when independence failed.
    pub const fn other(&self) -> Option<&Assessment> {
        self.other.as_ref()
    }

    /// The table row the permission rests on (independent authority or functional independence).
    pub fn basis_rule(&self) -> Option<&'static Rule> {
        match self.route? {
            Route::Independent => self.independent.rule(),
            Route::FunctionalIndependence => self.other.and_then(|o| o.rule()),
            Route::OnInstruction | Route::Emergency | Route::NotProfessional => None,
        }
    }

    /// The provision the permission rests on; `None` when denied.
    pub fn basis(&self) -> Option<Citation> {
        match self.route? {
            Route::Independent | Route::FunctionalIndependence => self.basis_rule().map(|r| r.citation),
            // Art. 35 lid 2 for an instruction; lid 1 forbids only "buiten noodzaak" and "beroepsmatig".
            route @ (Route::OnInstruction | Route::Emergency | Route::NotProfessional) => law::route_basis(route),
        }
    }

    /// Why the act is denied: every unmet condition of independent authority, then of the other
    /// route considered. Empty when permitted.
    pub fn reasons(&self) -> Vec<Reason> {
        if self.is_permitted() {
            return Vec::new();
        }
        self.reason_iter(self.independent).chain(self.other.into_iter().flat_map(|o| self.reason_iter(o))).collect()
    }

    /// Why the act is not permitted independently. Empty when it is.
    pub fn independence_reasons(&self) -> Vec<Reason> {
        self.reason_iter(self.independent).collect()
    }

    /// The other route considered and its unmet conditions, when the act is denied.
    pub fn other_route_reasons(&self) -> Option<(Route, Vec<Reason>)> {
        let other = self.other.filter(|_| !self.is_permitted())?;
        Some((other.route, self.reason_iter(other).collect()))
    }

    /// The reasons of one assessment, without allocating.
    pub fn reason_iter(&self, a: Assessment) -> impl Iterator<Item = Reason> + '_ {
        a.unmet.iter().map(move |c| self.reason(a, c))
    }

    fn reason(&self, a: Assessment, c: Condition) -> Reason {
        // Conditions about a row's holder, field, qualification or drugs are only ever set by a
        // row (`engine::assess_rule`), so `rule` and `a.profession` are present for them; the
        // `unwrap_or` values below keep this panic-free and are never reached.
        let rule = a.rule();
        let grant = rule.map_or(law::reserving(self.procedure), |r| r.citation);
        // The provision a row names for `c`, else `default`.
        let cite = |default: Citation| {
            rule.map_or(default, |r| r.sources.iter().find(|(k, _)| *k == c).map_or(default, |(_, x)| *x))
        };
        let source = rule.map_or(grant, |r| r.source_of(c));
        let profession = a.profession.unwrap_or(Profession::Physician);
        let s = &self.snapshot;
        let mut also = rule.and_then(|r| r.also_of(c));
        let (unmet, citation) = match c {
            Condition::Granted => {
                let (unmet, citation) = self.not_granted(a);
                (unmet, citation)
            }
            Condition::RegistrationInForce => registration_reason(a.state, profession, self.procedure),
            Condition::QualificationHeld => {
                let q = rule.and_then(|r| r.qualification).unwrap_or(Qualification::AmbulanceNurse);
                (Unmet::QualificationNotHeld { qualification: q }, cite(grant))
            }
            Condition::WithinField => {
                let required = rule.and_then(|r| r.field).unwrap_or(FieldOfCare::Medicine);
                // Beside the grant's proviso, the article that defines the field of expertise.
                if also.is_none() && cite(grant) == grant {
                    also = Some(law::field_of_expertise(required));
                }
                (Unmet::OutsideField { required, actual: s.field }, cite(grant))
            }
            Condition::WithinSpecialism => (
                Unmet::OutsideSpecialism {
                    required: rule
                        .and_then(|r| r.qualification)
                        .unwrap_or(Qualification::NurseSpecialistGeneralHealthcare),
                    actual: s.specialism,
                },
                source,
            ),
            Condition::WithinTrainedSubdomain => {
                // A row of art. 36 itself limits the holder to their field of expertise in its own
                // words ("voor zover ... deskundigheidsgebied"): cite that proviso beside the decree.
                if also.is_none() && grant.instrument() == Instrument::WetBig && source != grant {
                    also = Some(grant);
                }
                (
                    Unmet::OutsideTrainedSubdomain {
                        trained: s.trained,
                        also_trained: s.trained_more,
                        actual: s.subdomain,
                    },
                    source,
                )
            }
            Condition::Protocol => (Unmet::NoProtocol { procedure: self.procedure, subdomain: s.subdomain }, source),
            Condition::LimitedComplexity => (Unmet::NotLimitedComplexity, source),
            Condition::Routine => (Unmet::NotRoutine, source),
            Condition::RisksOverseeable => (Unmet::RisksNotOverseeable, source),
            Condition::ComplexTechnicalMedicalAct => (Unmet::NotComplexTechnicalMedicalAct, source),
            Condition::RadiationRequirements => (Unmet::RadiationRequirementsNotMet, cite(grant)),
            Condition::DiagnosisByPhysician => (Unmet::NoDiagnosisByPhysician, cite(law::NURSE_PRESCRIBING_DIAGNOSIS)),
            Condition::DrugPermitted => (Unmet::DrugNotPermitted { drug: s.drug, procedure: self.procedure }, source),
            Condition::TechniqueCovered => (Unmet::TechniqueNotCovered { technique: s.technique }, cite(grant)),
            Condition::Instructed => (Unmet::NoInstruction, law::INSTRUCTION),
            Condition::InstructorAuthorised => (Unmet::InstructorNotAuthorised, law::INSTRUCTION),
            Condition::DirectionsFollowed => (Unmet::DirectionsNotFollowed, law::INSTRUCTION_DIRECTIONS),
            Condition::SupervisionEnsured => (Unmet::SupervisionNotEnsured, law::SUPERVISION),
            Condition::Competent => {
                let citation = match (a.route, rule.map(|r| r.citation.instrument())) {
                    (Route::Independent, Some(Instrument::WetBig) | None) => law::COMPETENCE,
                    // Experiments: art. 36a lid 2 applies the competence clause.
                    (Route::Independent, Some(_)) => law::COMPETENCE_EXPERIMENT,
                    _ => law::INSTRUCTED_COMPETENCE,
                };
                let unmet = match a.expired {
                    Some(on) => Unmet::CompetenceExpired { procedure: self.procedure, on },
                    None => Unmet::NotCompetent { procedure: self.procedure },
                };
                (unmet, citation)
            }
            Condition::RouteOpenForProcedure => {
                (Unmet::RouteClosedForPrescribing { route: a.route }, law::PRESCRIPTION_DEFINITION)
            }
        };
        Reason { unmet, citation, also }
    }

    /// Why no row grants the procedure: the holder's designation ended or has not started, their
    /// category or experiment list does not include it, a nurse lacks a prescribing annotation, or
    /// simply no profession of theirs holds it.
    fn not_granted(&self, a: Assessment) -> (Unmet, Citation) {
        let s = &self.snapshot;
        let procedure = self.procedure;
        if let Some(near) = a.near.and_then(law::rule_at) {
            let profession = near.registration_profession();
            let qualification = near.qualification;
            return if near.valid.from() > self.date {
                (
                    Unmet::DesignationNotYet { profession, qualification, procedure, from: near.valid.from() },
                    near.started_by.unwrap_or(near.citation),
                )
            } else if s.title_without_register == Some(profession)
                && law::rules_for(procedure).any(|r| {
                    r.route == Route::Independent
                        && r.profession == profession.register_profession()
                        && r.valid.contains(self.date)
                })
            {
                // The experiment ended and the register took over the procedure: what is missing
                // is the register entry (art. 4 lid 4), not a designation.
                let register = profession.register_profession();
                (Unmet::NotRegistered { profession: register }, law::registration(register))
            } else {
                let on = near.valid.until().unwrap_or(self.date);
                (
                    Unmet::DesignationEnded { profession, qualification, procedure, on },
                    near.ended_by.unwrap_or(near.citation),
                )
            };
        }
        if let Some((profession, qualification, list)) =
            law::designation_list(s.sole_profession, s.held_specialism, self.date)
        {
            return (Unmet::NotDesignated { profession, qualification, procedure }, list);
        }
        if s.sole_profession == Some(Profession::Nurse) && procedure == Procedure::Prescribing {
            return (Unmet::NoPrescribingAnnotation, law::NURSE_PRESCRIBING_ANNOTATION);
        }
        (Unmet::NotGranted { profession: s.sole_profession, procedure, date: self.date }, law::reserving(procedure))
    }

    /// What would make the act permitted: for each unmet condition, the fact that would meet it,
    /// independence first, then the other route, each remedy once. [`Remedy::NotOpen`] says that
    /// nothing can on that route (the law does not open it to this professional on that date).
    pub fn missing(&self) -> Vec<Remedy> {
        let mut out: Vec<Remedy> = Vec::new();
        if self.is_permitted() {
            return out;
        }
        for r in self.remedy_iter(self.independent).chain(self.other.into_iter().flat_map(|o| self.remedy_iter(o))) {
            if !out.contains(&r) {
                out.push(r);
            }
        }
        out
    }

    fn remedy_iter(&self, a: Assessment) -> impl Iterator<Item = Remedy> + '_ {
        a.unmet.iter().map(move |c| self.remedy(a, c))
    }

    fn remedy(&self, a: Assessment, c: Condition) -> Remedy {
        let rule = a.rule();
        let s = &self.snapshot;
        match c {
            Condition::Granted => match self.not_granted(a).0 {
                Unmet::DesignationNotYet { from, .. } => Remedy::WaitUntil { date: from },
                Unmet::NotRegistered { profession } => Remedy::Registration { profession },
                _ => Remedy::NotOpen { route: a.route },
            },
            Condition::RouteOpenForProcedure => Remedy::NotOpen { route: a.route },
            Condition::RegistrationInForce => match a.state {
                // A suspension that runs to the last representable day never ends in the calendar.
                StateOn::Suspended { until: Some(until) } => match until.next_day() {
                    Some(date) => Remedy::WaitUntil { date },
                    None => Remedy::EndOfSuspension,
                },
                StateOn::Suspended { until: None } => Remedy::EndOfSuspension,
                StateOn::PartiallyWithdrawn { .. } | StateOn::Restricted { .. } => {
                    Remedy::RestoredAuthority { procedure: self.procedure }
                }
                StateOn::ConditionsImposed => Remedy::RegistrationConditionsMet,
                StateOn::NotRegistered | StateOn::StruckOff { .. } | StateOn::Active => {
                    Remedy::Registration { profession: a.profession.unwrap_or(Profession::Physician) }
                }
            },
            Condition::QualificationHeld => Remedy::Qualification {
                qualification: rule.and_then(|r| r.qualification).unwrap_or(Qualification::AmbulanceNurse),
            },
            Condition::WithinField => {
                Remedy::ActInField { field: rule.and_then(|r| r.field).unwrap_or(FieldOfCare::Medicine) }
            }
            Condition::WithinSpecialism => Remedy::ActInSpecialism {
                specialism: rule
                    .and_then(|r| r.qualification)
                    .unwrap_or(Qualification::NurseSpecialistGeneralHealthcare),
            },
            Condition::WithinTrainedSubdomain => Remedy::TrainingInSubdomain { subdomain: s.subdomain },
            Condition::Protocol => Remedy::Protocol { procedure: self.procedure, subdomain: s.subdomain },
            Condition::LimitedComplexity
            | Condition::Routine
            | Condition::RisksOverseeable
            | Condition::ComplexTechnicalMedicalAct
            | Condition::RadiationRequirements
            | Condition::DiagnosisByPhysician => Remedy::CaseFact { fact: c },
            Condition::DrugPermitted => Remedy::PermittedDrug,
            Condition::TechniqueCovered => Remedy::PermittedTechnique,
            Condition::Instructed => Remedy::Instruction,
            Condition::InstructorAuthorised => Remedy::AuthorisedInstructor,
            Condition::DirectionsFollowed => Remedy::FollowDirections,
            Condition::SupervisionEnsured => Remedy::Supervision,
            Condition::Competent => Remedy::Competence { procedure: self.procedure, subdomain: s.subdomain },
        }
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

    /// Whether the date is after [`law::LEGAL_BASIS_AS_OF`], the day the law table was last
    /// checked against its sources: the answer applies the law as it stood then, a forecast rather
    /// than the law in force on the date.
    ///
    /// ```
    /// use bevoegd::{decide, law, Date};
    ///
    /// let (who, ctx) = law::PHYSICIAN_INJECTION.example_case()?;
    /// assert!(!decide(&who, law::PHYSICIAN_INJECTION.procedure, &ctx).is_forecast());
    /// let later = ctx.to_builder().date(law::LEGAL_BASIS_AS_OF.next_day().ok_or("last day")?).build()?;
    /// let d = decide(&who, law::PHYSICIAN_INJECTION.procedure, &later);
    /// assert!(d.is_forecast() && d.is_permitted());
    /// assert!(d.explain(bevoegd::Lang::En).starts_with("note: "));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn is_forecast(&self) -> bool {
        self.date.after(law::LEGAL_BASIS_AS_OF)
    }

    /// The explanation as separate sentences.
    pub fn explanation(&self, lang: Lang) -> Vec<String> {
        let mut out = Vec::new();
        if self.is_forecast() {
            out.push(forecast_phrase(self.date, lang));
        }
        if let (Some(route), Some(basis)) = (self.route, self.basis()) {
            out.push(format!("{} ({basis})", permitted_phrase(route, lang)));
        }
        let not_independently = match lang {
            Lang::Nl => "niet zelfstandig bevoegd",
            Lang::En => "not independently authorised",
        };
        for r in self.reason_iter(self.independent) {
            out.push(format!("{not_independently}: {}", r.sentence(lang)));
        }
        if let Some(other) = self.other.filter(|_| !self.is_permitted()) {
            let prefix = not_route_phrase(other.route, lang);
            for r in self.reason_iter(other) {
                out.push(format!("{prefix}: {}", r.sentence(lang)));
            }
        }
        out
    }

    /// The serialisable form, with the explanation in `lang`.
    pub fn report(&self, lang: Lang) -> DecisionReport {
        DecisionReport {
            procedure: Act::Reserved(self.procedure),
            date: self.date,
            outcome: if self.is_permitted() { Outcome::Permitted } else { Outcome::Denied },
            route: self.route,
            basis: self.basis(),
            rule: self.basis_rule().map(|r| r.name.to_owned()),
            reasons: self.independence_reasons(),
            other_route: self.other_route_reasons().map(|(route, reasons)| OtherRoute { route, reasons }),
            missing: self.missing(),
            forecast: self.is_forecast(),
            explanation: self.explanation(lang),
        }
    }
}

fn registration_reason(state: StateOn, profession: Profession, procedure: Procedure) -> (Unmet, Citation) {
    match state {
        StateOn::Suspended { until } => (Unmet::Suspended { profession, until }, law::SUSPENSION),
        StateOn::StruckOff { on, ground } => {
            (Unmet::StruckOff { profession, since: on, ground }, law::strike_off(ground))
        }
        StateOn::PartiallyWithdrawn { .. } => {
            (Unmet::AuthorityWithdrawn { profession, procedure }, law::PARTIAL_WITHDRAWAL)
        }
        StateOn::Restricted { ground, .. } => {
            (Unmet::AuthorityRestricted { profession, procedure, ground }, law::restriction(ground))
        }
        StateOn::ConditionsImposed => {
            (Unmet::RegistrationConditionsNotMet { profession }, law::REGISTRATION_CONDITIONS)
        }
        StateOn::NotRegistered | StateOn::Active => {
            (Unmet::NotRegistered { profession }, law::registration(profession))
        }
    }
}

fn forecast_phrase(date: Date, lang: Lang) -> String {
    let as_of = law::LEGAL_BASIS_AS_OF;
    match lang {
        Lang::Nl => format!(
            "let op: {date} ligt na {as_of}, de dag waarop de wettabel laatst aan haar bronnen is getoetst; \
             dit antwoord past het recht van die dag toe en is een voorspelling, niet het geldende recht op {date}"
        ),
        Lang::En => format!(
            "note: {date} is after {as_of}, the day the law table was last checked against its sources; \
             this answer applies the law of that day and is a forecast, not the law in force on {date}"
        ),
    }
}

fn permitted_phrase(route: Route, lang: Lang) -> &'static str {
    match (lang, route) {
        (Lang::Nl, Route::Independent) => "zelfstandig bevoegd",
        (Lang::Nl, Route::FunctionalIndependence) => "bevoegd: functioneel zelfstandig, in opdracht",
        (Lang::Nl, Route::OnInstruction) => "bevoegd in opdracht",
        (Lang::Nl, Route::Emergency) => "toegestaan: noodsituatie, het verbod geldt alleen buiten noodzaak",
        (Lang::Nl, Route::NotProfessional) => {
            "toegestaan: niet beroepsmatig, het verbod geldt alleen beroepsmatig handelen"
        }
        (Lang::En, Route::Independent) => "independently authorised",
        (Lang::En, Route::FunctionalIndependence) => "authorised: functionally independent, on instruction",
        (Lang::En, Route::OnInstruction) => "authorised on instruction",
        (Lang::En, Route::Emergency) => "allowed: emergency, the prohibition applies only outside necessity",
        (Lang::En, Route::NotProfessional) => {
            "allowed: not professionally, the prohibition applies only to professional acts"
        }
    }
}

fn not_route_phrase(route: Route, lang: Lang) -> &'static str {
    match (lang, route) {
        (Lang::Nl, Route::FunctionalIndependence) => "niet functioneel zelfstandig",
        (Lang::Nl, Route::OnInstruction) => "niet in opdracht",
        (Lang::Nl, Route::Emergency) => "niet in noodsituatie",
        (Lang::Nl, Route::NotProfessional) => "niet buiten beroepsuitoefening",
        (Lang::Nl, Route::Independent) => "niet zelfstandig bevoegd",
        (Lang::En, Route::FunctionalIndependence) => "not functionally independent",
        (Lang::En, Route::OnInstruction) => "not on instruction",
        (Lang::En, Route::Emergency) => "not as an emergency",
        (Lang::En, Route::NotProfessional) => "not as a non-professional act",
        (Lang::En, Route::Independent) => "not independently authorised",
    }
}

/// The language of an explanation.
#[derive(
    Clone, Copy, PartialEq, Eq, Hash, Debug, Default, Serialize, Deserialize, strum::EnumString, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// Dutch, the language of the law.
    #[default]
    Nl,
    /// English.
    En,
}

/// One unmet condition, typed, with the provision that sets it.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct Reason {
    /// What is unmet.
    #[serde(flatten)]
    pub unmet: Unmet,
    /// The provision that sets the condition.
    pub citation: Citation,
    /// A second provision cited beside it: the statutory proviso beside a decree's condition, or
    /// the article defining a field of expertise beside a field limit.
    #[serde(default, rename = "also_cites", skip_serializing_if = "Option::is_none")]
    pub also: Option<Citation>,
}

impl Reason {
    /// One sentence, with the citation (and the provision cited beside it) in parentheses.
    pub fn sentence(&self, lang: Lang) -> String {
        match self.also {
            Some(also) => {
                let with = match lang {
                    Lang::Nl => "met",
                    Lang::En => "with",
                };
                format!("{} ({}, {with} {also})", self.unmet.describe(lang), self.citation)
            }
            None => format!("{} ({})", self.unmet.describe(lang), self.citation),
        }
    }
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.sentence(Lang::En))
    }
}

/// What is unmet, with the facts that say precisely how. The wire form is tagged by `code`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Unmet {
    /// The law does not grant the procedure to any of the professional's professions on the date.
    NotGranted {
        /// The professional's profession, when they have exactly one on record.
        profession: Option<Profession>,
        /// The procedure.
        procedure: Procedure,
        /// The date.
        date: Date,
    },
    /// The holder's category (a nurse-specialist category, or an experiment's list) does not
    /// include the procedure on the date; cited to the provision that fixes the list.
    NotDesignated {
        /// The registration the designation sits on.
        profession: Profession,
        /// The category, when it is a qualification on top of the registration.
        qualification: Option<Qualification>,
        /// The procedure.
        procedure: Procedure,
    },
    /// The holder was designated for the procedure, but the designation ended before the date;
    /// cited to the instrument that ended it.
    DesignationEnded {
        /// The registration the designation sits on.
        profession: Profession,
        /// The category, when it is a qualification on top of the registration.
        qualification: Option<Qualification>,
        /// The procedure.
        procedure: Procedure,
        /// The designation's last day.
        on: Date,
    },
    /// The holder's designation for the procedure starts only after the date; cited to the
    /// instrument that starts it.
    DesignationNotYet {
        /// The registration the designation sits on.
        profession: Profession,
        /// The category, when it is a qualification on top of the registration.
        qualification: Option<Qualification>,
        /// The procedure.
        procedure: Procedure,
        /// The designation's first day.
        from: Date,
    },
    /// A nurse prescribes only with a prescribing annotation in the register for a designated
    /// category (Wet BIG art. 36 lid 14 onder d, 4°), and none is on record.
    NoPrescribingAnnotation,
    /// Not registered on the date (never, not yet, or no longer).
    NotRegistered {
        /// The profession.
        profession: Profession,
    },
    /// Registration suspended.
    Suspended {
        /// The profession.
        profession: Profession,
        /// The last day of the suspension, if set.
        until: Option<Date>,
    },
    /// Registration struck off.
    StruckOff {
        /// The profession.
        profession: Profession,
        /// The day it was struck off.
        since: Date,
        /// Why.
        ground: StrikeOffGround,
    },
    /// Authority for this procedure restricted by an order or a foreign measure.
    AuthorityRestricted {
        /// The profession.
        profession: Profession,
        /// The procedure.
        procedure: Procedure,
        /// The ground.
        ground: RestrictionGround,
    },
    /// The registration's authority is bound to special conditions, and the context does not
    /// assert that the act complies with them.
    RegistrationConditionsNotMet {
        /// The profession.
        profession: Profession,
    },
    /// Authority for this procedure withdrawn (partial withdrawal).
    AuthorityWithdrawn {
        /// The profession.
        profession: Profession,
        /// The procedure.
        procedure: Procedure,
    },
    /// The qualification the row needs is not held on the date.
    QualificationNotHeld {
        /// The qualification.
        qualification: Qualification,
    },
    /// The act is outside the holder's field of care.
    OutsideField {
        /// The field the row needs.
        required: FieldOfCare,
        /// The field of the context.
        actual: FieldOfCare,
    },
    /// The act is outside the nurse specialist's specialism.
    OutsideSpecialism {
        /// The specialism the row needs.
        required: Qualification,
        /// The specialism of the context, if given.
        actual: Option<Qualification>,
    },
    /// The act is outside the subdomain the professional was trained in.
    OutsideTrainedSubdomain {
        /// The first subdomain the professional was trained in, if any.
        trained: Option<Subdomain>,
        /// How many more subdomains they were trained in.
        also_trained: u16,
        /// The subdomain of the context, if given.
        actual: Option<Subdomain>,
    },
    /// No protocol covers the procedure in the subdomain.
    NoProtocol {
        /// The procedure.
        procedure: Procedure,
        /// The subdomain of the context, if given.
        subdomain: Option<Subdomain>,
    },
    /// Not established that the act is of limited complexity.
    NotLimitedComplexity,
    /// Not established that the act is routine.
    NotRoutine,
    /// Not established that the risks are overseeable.
    RisksNotOverseeable,
    /// Not part of a complex technical-medical act.
    NotComplexTechnicalMedicalAct,
    /// Radiation-protection requirements not met.
    RadiationRequirementsNotMet,
    /// No diagnosis by a physician.
    NoDiagnosisByPhysician,
    /// The substance is outside what the row allows (or not given).
    DrugNotPermitted {
        /// The substance of the context, if given.
        drug: Option<DrugClass>,
        /// The procedure the substance is limited for: prescribing or injections. Absent in
        /// answers written before 0.2, which only limited prescribing.
        #[serde(default = "prescribing")]
        procedure: Procedure,
    },
    /// The technique is outside what the row covers (or not given).
    TechniqueNotCovered {
        /// The technique of the context, if given.
        technique: Option<Technique>,
    },
    /// No instruction was given.
    NoInstruction,
    /// The instructor does not derive authority from art. 36/36a for the act.
    InstructorNotAuthorised,
    /// The instructor's directions were not followed.
    DirectionsNotFollowed,
    /// Supervision and the possibility of intervention are not ensured.
    SupervisionNotEnsured,
    /// No competence record covers the procedure on the date.
    NotCompetent {
        /// The procedure.
        procedure: Procedure,
    },
    /// The competence for the procedure expired.
    CompetenceExpired {
        /// The procedure.
        procedure: Procedure,
        /// The last day it was valid.
        on: Date,
    },
    /// The route cannot be used for prescribing.
    RouteClosedForPrescribing {
        /// The route.
        route: Route,
    },
}

const fn prescribing() -> Procedure {
    Procedure::Prescribing
}

fn sub(s: Option<Subdomain>) -> String {
    s.map_or_else(|| "-".to_owned(), |s| s.to_string())
}

impl Unmet {
    /// The stable snake_case code.
    pub const fn code(&self) -> &'static str {
        match self {
            Unmet::NotGranted { .. } => "not_granted",
            Unmet::NotDesignated { .. } => "not_designated",
            Unmet::DesignationEnded { .. } => "designation_ended",
            Unmet::DesignationNotYet { .. } => "designation_not_yet",
            Unmet::NoPrescribingAnnotation => "no_prescribing_annotation",
            Unmet::NotRegistered { .. } => "not_registered",
            Unmet::Suspended { .. } => "suspended",
            Unmet::StruckOff { .. } => "struck_off",
            Unmet::AuthorityWithdrawn { .. } => "authority_withdrawn",
            Unmet::AuthorityRestricted { .. } => "authority_restricted",
            Unmet::RegistrationConditionsNotMet { .. } => "registration_conditions_not_met",
            Unmet::QualificationNotHeld { .. } => "qualification_not_held",
            Unmet::OutsideField { .. } => "outside_field",
            Unmet::OutsideSpecialism { .. } => "outside_specialism",
            Unmet::OutsideTrainedSubdomain { .. } => "outside_trained_subdomain",
            Unmet::NoProtocol { .. } => "no_protocol",
            Unmet::NotLimitedComplexity => "not_limited_complexity",
            Unmet::NotRoutine => "not_routine",
            Unmet::RisksNotOverseeable => "risks_not_overseeable",
            Unmet::NotComplexTechnicalMedicalAct => "not_complex_technical_medical_act",
            Unmet::RadiationRequirementsNotMet => "radiation_requirements_not_met",
            Unmet::NoDiagnosisByPhysician => "no_diagnosis_by_physician",
            Unmet::DrugNotPermitted { .. } => "drug_not_permitted",
            Unmet::TechniqueNotCovered { .. } => "technique_not_covered",
            Unmet::NoInstruction => "no_instruction",
            Unmet::InstructorNotAuthorised => "instructor_not_authorised",
            Unmet::DirectionsNotFollowed => "directions_not_followed",
            Unmet::SupervisionNotEnsured => "supervision_not_ensured",
            Unmet::NotCompetent { .. } => "not_competent",
            Unmet::CompetenceExpired { .. } => "competence_expired",
            Unmet::RouteClosedForPrescribing { .. } => "route_closed_for_prescribing",
        }
    }

    /// The condition in words, without the citation.
    pub fn describe(&self, lang: Lang) -> String {
        match lang {
            Lang::Nl => self.describe_nl(),
            Lang::En => self.describe_en(),
        }
    }

    fn describe_nl(&self) -> String {
        match *self {
            Unmet::NotGranted { profession: Some(p), procedure, date } => {
                format!("een {} is op {date} niet bevoegd tot {}", p.name_nl(), procedure.name_nl())
            }
            Unmet::NotGranted { profession: None, procedure, date } => {
                format!("geen beroep op naam is op {date} bevoegd tot {}", procedure.name_nl())
            }
            Unmet::NotDesignated { profession, qualification, procedure } => format!(
                "een {} is niet aangewezen voor {}",
                qualification.map_or(profession.name_nl(), Qualification::name_nl),
                procedure.name_nl()
            ),
            Unmet::DesignationEnded { profession, qualification, procedure, on } => format!(
                "de aanwijzing van de {} voor {} gold tot en met {on}",
                qualification.map_or(profession.name_nl(), Qualification::name_nl),
                procedure.name_nl()
            ),
            Unmet::DesignationNotYet { profession, qualification, procedure, from } => format!(
                "de aanwijzing van de {} voor {} geldt pas vanaf {from}",
                qualification.map_or(profession.name_nl(), Qualification::name_nl),
                procedure.name_nl()
            ),
            Unmet::NoPrescribingAnnotation => "geen aantekening van voorschrijfbevoegdheid in het register".to_owned(),
            Unmet::NotRegistered { profession } => format!("niet ingeschreven als {}", profession.name_nl()),
            Unmet::Suspended { profession, until: Some(u) } => {
                format!("registratie als {} geschorst tot en met {u}", profession.name_nl())
            }
            Unmet::Suspended { profession, until: None } => {
                format!("registratie als {} geschorst, zonder einddatum", profession.name_nl())
            }
            Unmet::StruckOff { profession, since, ground } => {
                format!("registratie als {} doorgehaald op {since} {}", profession.name_nl(), ground_nl(ground))
            }
            Unmet::AuthorityWithdrawn { profession, procedure } => {
                format!("bevoegdheid als {} voor {} gedeeltelijk ontzegd", profession.name_nl(), procedure.name_nl())
            }
            Unmet::AuthorityRestricted { profession, procedure, ground } => format!(
                "bevoegdheid als {} voor {} ingeperkt {}",
                profession.name_nl(),
                procedure.name_nl(),
                match ground {
                    RestrictionGround::Order => "bij bevel",
                    RestrictionGround::ForeignMeasure => "door een buitenlandse maatregel",
                }
            ),
            Unmet::RegistrationConditionsNotMet { profession } => format!(
                "de bevoegdheid als {} is aan bijzondere voorwaarden gebonden en niet vastgesteld is dat de handeling daaraan voldoet",
                profession.name_nl()
            ),
            Unmet::QualificationNotHeld { qualification } => format!("geen {} op deze datum", qualification.name_nl()),
            Unmet::OutsideField { required, actual } => {
                format!(
                    "buiten het deskundigheidsgebied {} (de handeling valt in {})",
                    required.name_nl(),
                    actual.name_nl()
                )
            }
            Unmet::OutsideSpecialism { required, actual } => format!(
                "buiten het deelgebied van de {} (de handeling valt in {})",
                required.name_nl(),
                actual.map_or("geen opgegeven specialisme", Qualification::name_nl)
            ),
            Unmet::OutsideTrainedSubdomain { trained: None, actual, .. } => {
                format!("niet opgeleid in een deelgebied (de handeling valt in {})", sub(actual))
            }
            Unmet::OutsideTrainedSubdomain { trained: Some(t), also_trained: 0, actual } => {
                format!("buiten het deelgebied waarin opgeleid: {t} (de handeling valt in {})", sub(actual))
            }
            Unmet::OutsideTrainedSubdomain { trained: Some(t), also_trained, actual } => format!(
                "buiten de deelgebieden waarin opgeleid: {t} en {also_trained} andere (de handeling valt in {})",
                sub(actual)
            ),
            Unmet::NoProtocol { procedure, subdomain } => {
                format!("geen protocol voor {} in {}", procedure.name_nl(), sub(subdomain))
            }
            Unmet::NotLimitedComplexity => "niet vastgesteld dat de handeling van beperkte complexiteit is".to_owned(),
            Unmet::NotRoutine => "niet vastgesteld dat de handeling routinematig is".to_owned(),
            Unmet::RisksNotOverseeable => "niet vastgesteld dat de risico's te overzien zijn".to_owned(),
            Unmet::NotComplexTechnicalMedicalAct => {
                "geen onderdeel van een complexe technisch-medische handeling".to_owned()
            }
            Unmet::RadiationRequirementsNotMet => "niet voldaan aan de eisen krachtens de Kernenergiewet".to_owned(),
            Unmet::NoDiagnosisByPhysician => "de diagnose is niet door een arts gesteld".to_owned(),
            Unmet::DrugNotPermitted { drug: Some(d), procedure: Procedure::Prescribing } => {
                format!("{} vallen niet onder de voorschrijfbevoegdheid", d.name_nl())
            }
            Unmet::DrugNotPermitted { drug: Some(d), procedure } => {
                format!("{} vallen niet onder de bevoegdheid tot {}", d.name_nl(), procedure.name_nl())
            }
            Unmet::DrugNotPermitted { drug: None, procedure: Procedure::Prescribing } => {
                "geen geneesmiddelgroep opgegeven".to_owned()
            }
            Unmet::DrugNotPermitted { drug: None, .. } => "geen middel opgegeven".to_owned(),
            Unmet::TechniqueNotCovered { technique: Some(t) } => {
                format!("{} valt niet onder de bevoegdheid", t.name_nl())
            }
            Unmet::TechniqueNotCovered { technique: None } => "geen techniek opgegeven".to_owned(),
            Unmet::NoInstruction => "er is geen opdracht gegeven".to_owned(),
            Unmet::InstructorNotAuthorised => "de opdrachtgever is hiertoe niet zelf bevoegd".to_owned(),
            Unmet::DirectionsNotFollowed => "de aanwijzingen van de opdrachtgever zijn niet gevolgd".to_owned(),
            Unmet::SupervisionNotEnsured => "toezicht en mogelijkheid van tussenkomst zijn niet verzekerd".to_owned(),
            Unmet::NotCompetent { procedure } => format!("niet bekwaam voor {}", procedure.name_nl()),
            Unmet::CompetenceExpired { procedure, on } => {
                format!("bekwaamheid voor {} verlopen op {on}", procedure.name_nl())
            }
            Unmet::RouteClosedForPrescribing { .. } => {
                "voorschrijven kan alleen zelfstandig: alleen dan is het een geldig recept".to_owned()
            }
        }
    }

    fn describe_en(&self) -> String {
        match *self {
            Unmet::NotGranted { profession: Some(p), procedure, date } => {
                format!("a {} is not authorised for {} on {date}", p.name_en(), procedure.name_en())
            }
            Unmet::NotGranted { profession: None, procedure, date } => {
                format!("no profession on record is authorised for {} on {date}", procedure.name_en())
            }
            Unmet::NotDesignated { profession, qualification, procedure } => format!(
                "a {} is not designated for {}",
                qualification.map_or(profession.name_en(), Qualification::name_en),
                procedure.name_en()
            ),
            Unmet::DesignationEnded { profession, qualification, procedure, on } => format!(
                "the designation of the {} for {} ran up to and including {on}",
                qualification.map_or(profession.name_en(), Qualification::name_en),
                procedure.name_en()
            ),
            Unmet::DesignationNotYet { profession, qualification, procedure, from } => format!(
                "the designation of the {} for {} applies only from {from}",
                qualification.map_or(profession.name_en(), Qualification::name_en),
                procedure.name_en()
            ),
            Unmet::NoPrescribingAnnotation => "no register annotation of prescribing authority".to_owned(),
            Unmet::NotRegistered { profession } => format!("not registered as {}", profession.name_en()),
            Unmet::Suspended { profession, until: Some(u) } => {
                format!("registration as {} suspended up to and including {u}", profession.name_en())
            }
            Unmet::Suspended { profession, until: None } => {
                format!("registration as {} suspended, no end date", profession.name_en())
            }
            Unmet::StruckOff { profession, since, ground } => {
                format!("registration as {} struck off on {since} {}", profession.name_en(), ground_en(ground))
            }
            Unmet::AuthorityWithdrawn { profession, procedure } => {
                format!("authority as {} for {} partially withdrawn", profession.name_en(), procedure.name_en())
            }
            Unmet::AuthorityRestricted { profession, procedure, ground } => format!(
                "authority as {} for {} restricted {}",
                profession.name_en(),
                procedure.name_en(),
                match ground {
                    RestrictionGround::Order => "by an order",
                    RestrictionGround::ForeignMeasure => "by a foreign measure",
                }
            ),
            Unmet::RegistrationConditionsNotMet { profession } => format!(
                "the authority as {} is bound to special conditions and it is not established that the act complies with them",
                profession.name_en()
            ),
            Unmet::QualificationNotHeld { qualification } => format!("no {} on this date", qualification.name_en()),
            Unmet::OutsideField { required, actual } => {
                format!("outside the field of {} (the act falls in {})", required.name_en(), actual.name_en())
            }
            Unmet::OutsideSpecialism { required, actual } => format!(
                "outside the sub-area of the {} (the act falls in {})",
                required.name_en(),
                actual.map_or("no stated specialism", Qualification::name_en)
            ),
            Unmet::OutsideTrainedSubdomain { trained: None, actual, .. } => {
                format!("not trained in any subdomain (the act falls in {})", sub(actual))
            }
            Unmet::OutsideTrainedSubdomain { trained: Some(t), also_trained: 0, actual } => {
                format!("outside the subdomain trained in: {t} (the act falls in {})", sub(actual))
            }
            Unmet::OutsideTrainedSubdomain { trained: Some(t), also_trained, actual } => format!(
                "outside the subdomains trained in: {t} and {also_trained} more (the act falls in {})",
                sub(actual)
            ),
            Unmet::NoProtocol { procedure, subdomain } => {
                format!("no protocol for {} in {}", procedure.name_en(), sub(subdomain))
            }
            Unmet::NotLimitedComplexity => "not established that the act is of limited complexity".to_owned(),
            Unmet::NotRoutine => "not established that the act is routine".to_owned(),
            Unmet::RisksNotOverseeable => "not established that the risks are overseeable".to_owned(),
            Unmet::NotComplexTechnicalMedicalAct => "not part of a complex technical-medical act".to_owned(),
            Unmet::RadiationRequirementsNotMet => "the requirements under the Kernenergiewet are not met".to_owned(),
            Unmet::NoDiagnosisByPhysician => "the diagnosis was not made by a physician".to_owned(),
            Unmet::DrugNotPermitted { drug: Some(d), procedure: Procedure::Prescribing } => {
                format!("{} are outside the prescribing authority", d.name_en())
            }
            Unmet::DrugNotPermitted { drug: Some(d), procedure } => {
                format!("{} are outside the authority for {}", d.name_en(), procedure.name_en())
            }
            Unmet::DrugNotPermitted { drug: None, procedure: Procedure::Prescribing } => {
                "no drug class given".to_owned()
            }
            Unmet::DrugNotPermitted { drug: None, .. } => "no substance given".to_owned(),
            Unmet::TechniqueNotCovered { technique: Some(t) } => format!("{} is outside the authority", t.name_en()),
            Unmet::TechniqueNotCovered { technique: None } => "no technique given".to_owned(),
            Unmet::NoInstruction => "no instruction was given".to_owned(),
            Unmet::InstructorNotAuthorised => "the instructor is not authorised for this act".to_owned(),
            Unmet::DirectionsNotFollowed => "the instructor's directions were not followed".to_owned(),
            Unmet::SupervisionNotEnsured => {
                "supervision and the possibility of intervention are not ensured".to_owned()
            }
            Unmet::NotCompetent { procedure } => format!("not competent for {}", procedure.name_en()),
            Unmet::CompetenceExpired { procedure, on } => {
                format!("competence for {} expired on {on}", procedure.name_en())
            }
            Unmet::RouteClosedForPrescribing { .. } => {
                "prescribing is possible only independently: only then is it a valid prescription".to_owned()
            }
        }
    }
}

fn ground_nl(g: StrikeOffGround) -> &'static str {
    match g {
        StrikeOffGround::OnRequest => "op eigen verzoek",
        StrikeOffGround::Disciplinary => "wegens een tuchtmaatregel",
        StrikeOffGround::Unfitness => "wegens ongeschiktheid",
        StrikeOffGround::ForeignMeasure => "wegens een buitenlandse maatregel",
        StrikeOffGround::MissedReregistration => "wegens het uitblijven van herregistratie",
    }
}

fn ground_en(g: StrikeOffGround) -> &'static str {
    match g {
        StrikeOffGround::OnRequest => "at own request",
        StrikeOffGround::Disciplinary => "by a disciplinary measure",
        StrikeOffGround::Unfitness => "for unfitness",
        StrikeOffGround::ForeignMeasure => "by a foreign measure",
        StrikeOffGround::MissedReregistration => "for missed re-registration",
    }
}

/// A fact that would make a denied act permitted, or the statement that nothing can.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Remedy {
    /// Nothing can open this route: the law does not grant it to this professional on this date
    /// (or the route is closed for the procedure).
    NotOpen {
        /// The route.
        route: Route,
    },
    /// Wait until the suspension ends; permitted again from this day.
    WaitUntil {
        /// The first day after the suspension.
        date: Date,
    },
    /// The suspension has no end date yet.
    EndOfSuspension,
    /// A registration in force for this profession.
    Registration {
        /// The profession.
        profession: Profession,
    },
    /// The act shown to comply with the special conditions the registration is bound to.
    RegistrationConditionsMet,
    /// The withdrawn authority for the procedure restored.
    RestoredAuthority {
        /// The procedure.
        procedure: Procedure,
    },
    /// The qualification held on the date.
    Qualification {
        /// The qualification.
        qualification: Qualification,
    },
    /// The act done within this field.
    ActInField {
        /// The field.
        field: FieldOfCare,
    },
    /// The act done within this specialism.
    ActInSpecialism {
        /// The specialism.
        specialism: Qualification,
    },
    /// Training in the subdomain where the act happens (or the act done where trained).
    TrainingInSubdomain {
        /// The subdomain of the context.
        subdomain: Option<Subdomain>,
    },
    /// A protocol covering the procedure in the subdomain.
    Protocol {
        /// The procedure.
        procedure: Procedure,
        /// The subdomain.
        subdomain: Option<Subdomain>,
    },
    /// A case fact established.
    CaseFact {
        /// The condition.
        fact: Condition,
    },
    /// A drug in the permitted class.
    PermittedDrug,
    /// A technique the authority covers.
    PermittedTechnique,
    /// An instruction from an independently authorised professional.
    Instruction,
    /// An instructor who is independently authorised for the act.
    AuthorisedInstructor,
    /// The instructor's directions followed.
    FollowDirections,
    /// Supervision and the possibility of intervention ensured.
    Supervision,
    /// A competence record for the procedure (in the subdomain).
    Competence {
        /// The procedure.
        procedure: Procedure,
        /// The subdomain.
        subdomain: Option<Subdomain>,
    },
}

/// Permitted or denied.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Permitted on some route.
    Permitted,
    /// Denied.
    Denied,
    /// Art. 36 does not reserve the act: the prohibition of art. 35 does not apply; competence and
    /// the employer's rules govern.
    NotReserved,
}

impl DecisionReport {
    /// The answer for an act art. 36 does not reserve, on `date`: outcome
    /// [`Outcome::NotReserved`], the closed list of art. 36 as its basis, no route and no reasons.
    ///
    /// ```
    /// use bevoegd::{Date, DecisionReport, Lang, Outcome};
    ///
    /// let r = DecisionReport::not_reserved(Date::new(2025, 3, 3)?, Lang::En);
    /// assert_eq!(r.outcome, Outcome::NotReserved);
    /// assert_eq!(r.basis.map(|c| c.to_string()).as_deref(), Some("Wet BIG art. 36"));
    /// assert!(r.explanation[0].starts_with("not reserved: "));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn not_reserved(date: Date, lang: Lang) -> DecisionReport {
        let mut explanation = Vec::new();
        if date.after(law::LEGAL_BASIS_AS_OF) {
            explanation.push(forecast_phrase(date, lang));
        }
        let sentence = match lang {
            Lang::Nl => {
                "niet voorbehouden: artikel 36 wijst deze handeling niet aan, dus het verbod van artikel 35 \
                         geldt niet; wie bekwaam is mag haar verrichten, binnen de regels van de werkgever"
            }
            Lang::En => {
                "not reserved: art. 36 does not list this act, so the prohibition of art. 35 does not \
                         apply; whoever is competent may perform it, within the employer's rules"
            }
        };
        explanation.push(format!("{sentence} ({})", law::RESERVED_ACTS));
        DecisionReport {
            procedure: Act::NotReserved,
            date,
            outcome: Outcome::NotReserved,
            route: None,
            basis: Some(law::RESERVED_ACTS),
            rule: None,
            reasons: Vec::new(),
            other_route: None,
            missing: Vec::new(),
            forecast: date.after(law::LEGAL_BASIS_AS_OF),
            explanation,
        }
    }
}

/// The other route tried when the act is denied, with its reasons.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OtherRoute {
    /// The route.
    pub route: Route,
    /// Its unmet conditions.
    pub reasons: Vec<Reason>,
}

/// The wire form of a [`Decision`]: everything a caller or auditor needs, owned and serialisable.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionReport {
    /// The procedure asked about, or `not_reserved`.
    pub procedure: Act,
    /// The date.
    pub date: Date,
    /// Permitted or denied.
    pub outcome: Outcome,
    /// The route, when permitted.
    pub route: Option<Route>,
    /// The provision the permission rests on.
    pub basis: Option<Citation>,
    /// The table row the permission rests on, by name.
    pub rule: Option<String>,
    /// Why not independently (empty when independent).
    pub reasons: Vec<Reason>,
    /// The other route tried, when denied.
    pub other_route: Option<OtherRoute>,
    /// What would make it permitted.
    pub missing: Vec<Remedy>,
    /// The date is after the day the law table was last checked (`legal_basis_as_of`): the answer
    /// is a forecast under the law of that day. Absent (false) otherwise.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub forecast: bool,
    /// The explanation, one sentence each.
    pub explanation: Vec<String>,
}
