//! Who someone is in law: registrations with their dated status history, qualifications, the
//! subdomains they were trained in, and their competence records.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::types::date::{Date, Period};
use thiserror::Error;

use crate::input::error::{Problem, ValidationError};
use crate::input::provenance::{Provenance, Sourced};
use crate::law::{self, RowMask, RowMasks};
use crate::text::quoted;
use crate::types::facts::{CaseFact, CaseFactSet};
use crate::types::procedure::{Procedure, ProcedureSet};
use crate::types::profession::{Profession, ProfessionKind, Qualification};
use crate::types::route::Route;
use crate::types::scope::{PlaceId, RestrictionScope, ScopeKind, ScopedRestriction, Setting};
use crate::types::status::{RegistrationStatus, RestrictionGround, StatusPeriod, StrikeOffGround};
use crate::types::subdomain::Subdomain;
use crate::types::training::Training;

/// A BIG number that is not eleven digits.
///
/// # Example
///
/// ```
/// use bevoegd::BigNumber;
///
/// let e = "1234".parse::<BigNumber>().unwrap_err();
/// assert_eq!(e.to_string(), "BIG number `1234` must be exactly 11 digits");
/// ```
#[derive(Clone, PartialEq, Eq, Debug, Error)]
#[error("BIG number `{input}` must be exactly 11 digits")]
pub struct BigNumberError {
    /// The text as given.
    pub input: String,
}

/// A BIG number: the eleven-digit number of an entry in the BIG register.
///
/// ```
/// use bevoegd::BigNumber;
///
/// let n: BigNumber = "19012345601".parse()?;
/// assert_eq!(n.to_string(), "19012345601");
/// assert_eq!(
///     "1901234560".parse::<BigNumber>().unwrap_err().to_string(),
///     "BIG number `1901234560` must be exactly 11 digits"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct BigNumber(u64);

impl FromStr for BigNumber {
    type Err = BigNumberError;
    fn from_str(s: &str) -> Result<BigNumber, BigNumberError> {
        if s.len() != 11 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(BigNumberError { input: quoted(s) });
        }
        s.parse().map(BigNumber).map_err(|_| BigNumberError { input: quoted(s) })
    }
}

impl fmt::Display for BigNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:011}", self.0)
    }
}

impl Serialize for BigNumber {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for BigNumber {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<BigNumber, D::Error> {
        crate::types::de::parse_str(d, str::parse)
    }
}

/// A registration's state on one day, as the engine sees it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum StateOn {
    /// No status period covers the day: never registered, or between registrations.
    NotRegistered,
    Active,
    Suspended {
        until: Option<Date>,
    },
    StruckOff {
        on: Date,
        ground: StrikeOffGround,
    },
    PartiallyWithdrawn {
        procedures: ProcedureSet,
    },
    ConditionsImposed,
    Restricted {
        procedures: ProcedureSet,
        ground: RestrictionGround,
    },
    /// A measure on record that could not be read, over these days.
    UnknownMeasure {
        from: Date,
        until: Option<Date>,
    },
    /// Active as far as the source says, but known only from a source the register has not
    /// confirmed (a FHIR role imported as unconfirmed).
    Unconfirmed,
    /// In force, but a restriction by patient group or place reaches this act
    /// ([`Registration::scope_on`]; never a day's state of its own).
    InScope {
        ground: RestrictionGround,
        scope: ScopeKind,
    },
    /// In force, but a restriction by patient group or place may reach this act: the context
    /// leaves the patient's group (`group`: the first such restriction's ground and scope) or
    /// the place (`place`) open.
    ScopeOpen {
        group: Option<(RestrictionGround, ScopeKind)>,
        place: Option<(RestrictionGround, ScopeKind)>,
    },
}

impl StateOn {
    /// The facts an act waits on in this state: those a [`StateOn::ScopeOpen`] leaves open.
    pub(crate) const fn open_facts(self) -> CaseFactSet {
        match self {
            StateOn::ScopeOpen { group, place } => {
                let g = if group.is_some() { CaseFactSet::only(CaseFact::PatientGroup) } else { CaseFactSet::EMPTY };
                if place.is_some() { g.with(CaseFact::Place) } else { g }
            }
            _ => CaseFactSet::EMPTY,
        }
    }

    /// The ground and scope a reason about `fact` names in a [`StateOn::ScopeOpen`]: the one
    /// left open for that fact, else the first left open.
    pub(crate) const fn open_scope(self, fact: Option<CaseFact>) -> Option<(RestrictionGround, ScopeKind)> {
        match self {
            StateOn::ScopeOpen { group, place } => match (fact, group, place) {
                (Some(CaseFact::Place), _, Some(p)) => Some(p),
                (_, Some(g), _) => Some(g),
                (_, None, p) => p,
            },
            _ => None,
        }
    }
}

/// An entry in a BIG register (or, for art. 34 professions, the training title), with its dated
/// status history.
///
/// The history is kept sorted by start date; periods may not overlap. Days no period covers are
/// days the person was not registered (before registering, or after an end without a new entry).
///
/// ```
/// use bevoegd::{Date, Period, Profession, Registration, RegistrationStatus, StatusPeriod, SuspensionGround};
///
/// let reg = Registration::new(
///     Profession::Physician,
///     Some("19012345601".parse()?),
///     [
///         StatusPeriod::active_from(Date::new(2015, 9, 1)?),
///         StatusPeriod {
///             period: Period::new(Date::new(2024, 9, 1)?, Some(Date::new(2025, 2, 28)?))?,
///             status: RegistrationStatus::Suspended { ground: SuspensionGround::Disciplinary },
///         },
///     ],
/// );
/// // The open-ended active period overlaps the suspension: the history contradicts itself.
/// assert_eq!(
///     reg.unwrap_err().to_string(),
///     "`history[1]`: status period `from 2015-09-01` overlaps status period `2024-09-01 to 2025-02-28`"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(try_from = "RegistrationRepr", into = "RegistrationRepr")]
pub struct Registration {
    profession: Profession,
    big_number: Option<BigNumber>,
    history: Vec<StatusPeriod>,
    /// Restrictions reaching a group of patients or a place, sorted by start.
    restrictions: Vec<ScopedRestriction>,
    /// Boxed: most registrations carry none, and the engine walks registrations often.
    provenance: Option<Box<Provenance>>,
    /// Cached: the provenance marks the registration unconfirmed (read on every state look-up).
    unconfirmed: bool,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RegistrationRepr {
    profession: Profession,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    big_number: Option<BigNumber>,
    history: Vec<StatusPeriod>,
    /// Restrictions of the authority that reach a group of patients or a place.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    restrictions: Vec<ScopedRestriction>,
    /// Where the registration came from (a register look-up, a FHIR role, by hand).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    provenance: Option<Provenance>,
}

impl TryFrom<RegistrationRepr> for Registration {
    type Error = ValidationError;
    fn try_from(r: RegistrationRepr) -> Result<Registration, ValidationError> {
        Ok(Registration::new(r.profession, r.big_number, r.history)?
            .with_restrictions(r.restrictions)?
            .with_provenance(r.provenance))
    }
}

impl From<Registration> for RegistrationRepr {
    fn from(r: Registration) -> RegistrationRepr {
        RegistrationRepr {
            profession: r.profession,
            big_number: r.big_number,
            history: r.history,
            restrictions: r.restrictions,
            provenance: r.provenance.map(|p| *p),
        }
    }
}

impl Registration {
    /// Checks and builds a registration. The history may come in any order; it is sorted.
    ///
    /// # Errors
    ///
    /// [`ValidationError`] when the history is empty, two periods overlap, or a partial
    /// withdrawal names no procedure. The path is `history[i]` in the sorted order.
    pub fn new(
        profession: Profession,
        big_number: Option<BigNumber>,
        history: impl IntoIterator<Item = StatusPeriod>,
    ) -> Result<Registration, ValidationError> {
        let mut history: Vec<StatusPeriod> = history.into_iter().collect();
        if history.is_empty() {
            return Err(ValidationError::at("history", Problem::EmptyHistory));
        }
        history.sort_by_key(|s| (s.period.from(), s.period.until().unwrap_or(Date::MAX)));
        for (i, s) in history.iter().enumerate() {
            if let RegistrationStatus::PartiallyWithdrawn { procedures }
            | RegistrationStatus::Restricted { procedures, .. } = s.status
                && procedures.is_empty()
            {
                return Err(ValidationError::at(format!("history[{i}].status"), Problem::EmptyWithdrawal));
            }
            if let RegistrationStatus::Restricted { ground: RestrictionGround::PartialWithdrawal, .. } = s.status {
                return Err(ValidationError::at(
                    format!("history[{i}].status.restricted.ground"),
                    Problem::WithdrawalAsRestriction,
                ));
            }
        }
        for (i, pair) in history.windows(2).enumerate() {
            if let [a, b] = pair
                && a.period.overlaps(b.period)
            {
                return Err(ValidationError::at(
                    format!("history[{}]", i + 1),
                    Problem::OverlappingStatus { first: a.period, second: b.period },
                ));
            }
        }
        Ok(Registration {
            profession,
            big_number,
            history,
            restrictions: Vec::new(),
            provenance: None,
            unconfirmed: false,
        })
    }

    /// This registration with restrictions that reach a group of patients or a place (they
    /// replace any it had). They may come in any order, and may overlap one another and any
    /// status period: on a day a status takes the whole authority, it prevails.
    ///
    /// # Errors
    ///
    /// [`ValidationError`] at `restrictions[i].procedures` (in the sorted order) when a
    /// restriction names an empty list of procedures.
    ///
    /// # Example
    ///
    /// ```
    /// use bevoegd::{decide, Competence, Context, Date, FieldOfCare, PatientGroup, PatientGroups, Period,
    ///               Procedure, Professional, Profession, Registration, RestrictionGround, RestrictionScope,
    ///               ScopedRestriction};
    ///
    /// let since = Date::new(2015, 9, 1)?;
    /// let reg = Registration::active_from(Profession::Physician, since).with_restrictions([ScopedRestriction {
    ///     period: Period::starting(Date::new(2025, 3, 1)?),
    ///     ground: RestrictionGround::PartialWithdrawal,
    ///     procedures: None,
    ///     scope: RestrictionScope::PatientGroup { group: PatientGroup::Minors },
    /// }])?;
    /// let doctor = Professional::builder("K. Smit")
    ///     .registration(reg)
    ///     .competence(Competence { procedure: Procedure::Injection, subdomain: None, valid: Period::starting(since) })
    ///     .build()?;
    /// let ward = Context::builder(Date::new(2025, 6, 2)?, FieldOfCare::Medicine);
    ///
    /// let child = ward.clone().patient_groups(PatientGroups::UNKNOWN.with(PatientGroup::Minors, true)).build()?;
    /// assert_eq!(decide(&doctor, Procedure::Injection, &child).independence_reasons()[0].unmet.code(), "authority_restricted_in_scope");
    /// let adult = ward.clone().patient_groups(PatientGroups::UNKNOWN.with(PatientGroup::Minors, false)).build()?;
    /// assert!(decide(&doctor, Procedure::Injection, &adult).is_permitted());
    /// // Not said: permitted on condition that the patient is outside the group.
    /// let open = decide(&doctor, Procedure::Injection, &ward.build()?);
    /// assert!(open.is_conditional());
    /// assert_eq!(open.required_facts().iter().map(|f| f.to_string()).collect::<Vec<_>>(), ["patient_group"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_restrictions(
        self,
        restrictions: impl IntoIterator<Item = ScopedRestriction>,
    ) -> Result<Registration, ValidationError> {
        let mut restrictions: Vec<ScopedRestriction> = restrictions.into_iter().collect();
        restrictions.sort_by_key(|r| (r.period.from(), r.period.until().unwrap_or(Date::MAX)));
        if let Some(i) = restrictions.iter().position(|r| r.procedures.is_some_and(|p| p.is_empty())) {
            return Err(ValidationError::at(format!("restrictions[{i}].procedures"), Problem::EmptyRestriction));
        }
        Ok(Registration { restrictions, ..self })
    }

    /// The restrictions that reach a group of patients or a place, sorted by start.
    pub fn restrictions(&self) -> &[ScopedRestriction] {
        &self.restrictions
    }

    /// Every period of the registration's records: its status periods and its restrictions'.
    pub(crate) fn periods(&self) -> impl Iterator<Item = Period> + '_ {
        self.history.iter().map(|s| s.period).chain(self.restrictions.iter().map(|r| r.period))
    }

    /// How the registration's restrictions by patient group or place reach `procedure` on `date`
    /// for this patient in this place: `None` when none does; else the state a denial names,
    /// [`StateOn::InScope`] when one reaches it (the first, in order), or [`StateOn::ScopeOpen`]
    /// with the facts the context leaves open.
    #[inline(always)]
    pub(crate) fn scope_on(&self, date: Date, procedure: Procedure, setting: Setting<'_>) -> Option<StateOn> {
        if self.restrictions.is_empty() {
            return None;
        }
        self.scope_of_restrictions(date, procedure, setting)
    }

    /// [`Registration::scope_on`] for a registration with restrictions: out of line, so that the
    /// common case (none) stays a length check where the state is read.
    #[inline(never)]
    fn scope_of_restrictions(&self, date: Date, procedure: Procedure, setting: Setting<'_>) -> Option<StateOn> {
        let (mut group, mut place_open) = (None, None);
        for r in &self.restrictions {
            if !r.period.contains(date) || !r.restricted().contains(procedure) {
                continue;
            }
            let scope = r.scope.kind();
            match r.scope.reaches(setting.patient, setting.place) {
                Some(true) => return Some(StateOn::InScope { ground: r.ground, scope }),
                Some(false) => {}
                None if scope.fact() == CaseFact::PatientGroup => group = group.or(Some((r.ground, scope))),
                None => place_open = place_open.or(Some((r.ground, scope))),
            }
        }
        if place_open.is_some()
            && let Some(barred) = self.no_place_allows(date, procedure)
        {
            return Some(barred);
        }
        (group.is_some() || place_open.is_some()).then_some(StateOn::ScopeOpen { group, place: place_open })
    }

    /// When the restrictions by place in force on `date` for `procedure` allow it nowhere (two
    /// "only here" places, or the one allowed also barred): the restriction that closes the last
    /// place, as a state that reaches every act. Then no place can be given that permits, so
    /// the answer does not wait on one.
    fn no_place_allows(&self, date: Date, procedure: Procedure) -> Option<StateOn> {
        let in_force =
            || self.restrictions.iter().filter(|r| r.period.contains(date) && r.restricted().contains(procedure));
        let mut only: Option<&PlaceId> = None;
        for r in in_force() {
            if let RestrictionScope::OnlyPlace { place } = &r.scope {
                match only {
                    Some(first) if first != place => {
                        return Some(StateOn::InScope { ground: r.ground, scope: ScopeKind::OnlyPlace });
                    }
                    _ => only = Some(place),
                }
            }
        }
        let only = only?;
        in_force().find_map(|r| match &r.scope {
            RestrictionScope::NotPlace { place } if place == only => {
                Some(StateOn::InScope { ground: r.ground, scope: ScopeKind::NotPlace })
            }
            _ => None,
        })
    }

    /// The facts the registration's restrictions leave open on `date` for this patient and
    /// place, for any procedure.
    pub(crate) fn open_scope_facts(&self, date: Date, setting: Setting<'_>) -> CaseFactSet {
        self.restrictions
            .iter()
            .filter(|r| r.period.contains(date) && r.scope.reaches(setting.patient, setting.place).is_none())
            .fold(CaseFactSet::EMPTY, |facts, r| facts.with(r.scope.kind().fact()))
    }

    /// This registration with where it came from (`None`: not said).
    ///
    /// ```
    /// use bevoegd::{Date, Profession, Provenance, Registration};
    ///
    /// let day = Date::new(2026, 1, 5)?;
    /// let r = Registration::active_from(Profession::Nurse, Date::new(2012, 5, 1)?)
    ///     .with_provenance(Some(Provenance::fhir(day, "PractitionerRole/r1").unconfirmed()));
    /// assert!(r.provenance().is_some_and(|p| p.unconfirmed));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_provenance(self, provenance: Option<Provenance>) -> Registration {
        let unconfirmed = provenance.as_ref().is_some_and(|p| p.unconfirmed);
        Registration { provenance: provenance.map(Box::new), unconfirmed, ..self }
    }

    /// Where the registration came from, if said.
    pub fn provenance(&self) -> Option<&Provenance> {
        self.provenance.as_deref()
    }

    /// Whether the registration is known only from a source the register has not confirmed.
    #[inline]
    pub fn is_unconfirmed(&self) -> bool {
        self.unconfirmed
    }

    /// A registration active from `from` on, without a BIG number.
    pub fn active_from(profession: Profession, from: Date) -> Registration {
        Registration {
            profession,
            big_number: None,
            history: vec![StatusPeriod::active_from(from)],
            restrictions: Vec::new(),
            provenance: None,
            unconfirmed: false,
        }
    }

    /// The profession.
    pub fn profession(&self) -> Profession {
        self.profession
    }

    /// The BIG number, if known (art. 34 titles have none).
    pub fn big_number(&self) -> Option<BigNumber> {
        self.big_number
    }

    /// The status periods, sorted by start.
    pub fn history(&self) -> &[StatusPeriod] {
        &self.history
    }

    /// The state on `date`.
    #[inline]
    pub(crate) fn state_on(&self, date: Date) -> StateOn {
        // Histories are short (a handful of periods): a linear scan beats a binary search here.
        match self.history.iter().find(|s| s.period.contains(date)) {
            None => StateOn::NotRegistered,
            Some(s) => match s.status {
                RegistrationStatus::Active | RegistrationStatus::ConditionalSuspension if self.is_unconfirmed() => {
                    StateOn::Unconfirmed
                }
                RegistrationStatus::Active => StateOn::Active,
                RegistrationStatus::Suspended { .. } => StateOn::Suspended { until: s.period.until() },
                RegistrationStatus::StruckOff { ground } => StateOn::StruckOff { on: s.period.from(), ground },
                RegistrationStatus::PartiallyWithdrawn { procedures } => StateOn::PartiallyWithdrawn { procedures },
                RegistrationStatus::ConditionsImposed => StateOn::ConditionsImposed,
                RegistrationStatus::Restricted { procedures, ground } => StateOn::Restricted { procedures, ground },
                RegistrationStatus::UnknownMeasure => {
                    StateOn::UnknownMeasure { from: s.period.from(), until: s.period.until() }
                }
                // Not executed: no effect (art. 48 lid 6).
                RegistrationStatus::ConditionalSuspension => StateOn::Active,
            },
        }
    }
}

const fn profession_bit(p: Profession) -> u32 {
    // Fewer than 32 professions: checked by a unit test.
    1 << (p as u32 % 32)
}

const fn qualification_bit(q: Qualification) -> u32 {
    1 << (q as u32 % 32)
}

/// A dated qualification (specialism, annotation, certificate); see [`Qualification`].
///
/// # Example
///
/// ```
/// use bevoegd::{Date, Period, Profession, Professional, Qualification, Registration};
///
/// let since = Date::new(2021, 1, 1)?;
/// let vs = Professional::builder("vs")
///     .registration(Registration::active_from(Profession::Nurse, since))
///     .qualification(Qualification::NurseSpecialistGeneralHealthcare, Period::starting(since))
///     .build()?;
/// assert_eq!(vs.qualifications()[0].qualification, Qualification::NurseSpecialistGeneralHealthcare);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QualificationRecord {
    /// The qualification.
    pub qualification: Qualification,
    /// When it was held.
    pub period: Period,
}

/// A competence record (bekwaamheid, Wet BIG art. 36 lid 15): the person may reasonably assume
/// they are competent for the procedure, in the named subdomain or (without one) anywhere, during
/// the period.
///
/// # Example
///
/// ```
/// use bevoegd::{Competence, Date, Period, Procedure};
///
/// let c = Competence {
///     procedure: Procedure::Puncture,
///     subdomain: Some("cardiology".parse()?),
///     valid: Period::new(Date::new(2024, 1, 1)?, Some(Date::new(2025, 12, 31)?))?,
/// };
/// assert_eq!(
///     serde_json::to_string(&c)?,
///     r#"{"procedure":"puncture","subdomain":"cardiology","valid":{"from":"2024-01-01","until":"2025-12-31"}}"#
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Competence {
    /// The procedure.
    pub procedure: Procedure,
    /// The subdomain the competence is limited to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subdomain: Option<Subdomain>,
    /// When it is valid (assessed on `from`, valid until `until`).
    pub valid: Period,
}

/// What the competence records say for one procedure on one day.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum CompetenceOn {
    Competent,
    /// The latest matching record ended on this day.
    Expired {
        on: Date,
    },
    Missing,
}

/// A professional: everything the law needs to know about one person.
///
/// Built with [`Professional::builder`] or parsed from JSON; both check the same invariants.
///
/// ```
/// use bevoegd::{Competence, Date, Period, Procedure, Professional, Profession, Registration};
///
/// let since = Date::new(2016, 3, 1)?;
/// let anna = Professional::builder("A. de Vries")
///     .registration(Registration::active_from(Profession::Physician, since))
///     .competence(Competence { procedure: Procedure::Puncture, subdomain: None, valid: Period::starting(since) })
///     .build()?;
/// assert_eq!(anna.name(), "A. de Vries");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(try_from = "ProfessionalRepr", into = "ProfessionalRepr")]
pub struct Professional {
    name: String,
    registrations: Vec<Registration>,
    qualifications: Vec<QualificationRecord>,
    trained_in: Vec<Subdomain>,
    /// Dated training records (plain codes live in `trained_in`), sorted.
    training: Vec<Training>,
    competences: Vec<Competence>,
    /// Where qualification and competence records came from, by the record's value, sorted.
    sources: Vec<(Sourced, Provenance)>,
    /// Precomputed: a registration is known only from a source the register has not confirmed.
    unconfirmed: bool,
    /// Precomputed: a registration carries a restriction by patient group or place.
    scoped: bool,
    /// Precomputed: one bit per profession with a registration on record, whatever its state.
    professions_held: u32,
    /// Precomputed: one bit per qualification with a record, whatever its dates.
    qualifications_held: u32,
    /// Precomputed: the only register profession on record (an experiment title counting as its
    /// register), if there is exactly one; what a "not granted" reason names.
    sole_profession: Option<Profession>,
    /// Precomputed: an experiment title held without the register entry that succeeded it.
    title_without_register: Option<Profession>,
    /// Precomputed: per route and procedure, the law-table rows whose holder this person could be.
    candidates: RowMasks,
    /// Precomputed: where each procedure's competence records start in `competences` (sorted by
    /// procedure); the last entry is the length. Deciding reads only the procedure's own records.
    competence_starts: [u16; Procedure::ALL.len() + 1],
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProfessionalRepr {
    name: String,
    registrations: Vec<Registration>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    qualifications: Vec<QualificationItem>,
    /// Plain codes (completed sub-areas) and dated [`Training`] records, in one list.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    trained_in: Vec<Training>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    competences: Vec<CompetenceItem>,
}

/// A qualification record in a professional's wire form: [`QualificationRecord`] and, optionally,
/// where it came from.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "QualificationRecord"))]
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct QualificationItem {
    /// The qualification.
    qualification: Qualification,
    /// When it was held.
    period: Period,
    /// Where the record came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    provenance: Option<Provenance>,
}

/// A competence record in a professional's wire form: [`Competence`] and, optionally, where it
/// came from.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Competence"))]
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CompetenceItem {
    /// The procedure.
    procedure: Procedure,
    /// The subdomain the competence is limited to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    subdomain: Option<Subdomain>,
    /// When it is valid (assessed on `from`, valid until `until`).
    valid: Period,
    /// Where the record came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    provenance: Option<Provenance>,
}

impl TryFrom<ProfessionalRepr> for Professional {
    type Error = ValidationError;
    fn try_from(r: ProfessionalRepr) -> Result<Professional, ValidationError> {
        let mut b =
            ProfessionalBuilder { name: r.name, registrations: r.registrations, ..ProfessionalBuilder::default() };
        for q in r.qualifications {
            b = b.qualification_from(q.qualification, q.period, q.provenance);
        }
        for c in r.competences {
            b = b.competence_from(
                Competence { procedure: c.procedure, subdomain: c.subdomain, valid: c.valid },
                c.provenance,
            );
        }
        for t in r.trained_in {
            b = b.training(t);
        }
        b.build()
    }
}

impl From<Professional> for ProfessionalRepr {
    fn from(p: Professional) -> ProfessionalRepr {
        let source = |of: Sourced| p.sources.iter().find(|(s, _)| *s == of).map(|(_, prov)| prov.clone());
        ProfessionalRepr {
            qualifications: p
                .qualifications
                .iter()
                .map(|q| QualificationItem {
                    qualification: q.qualification,
                    period: q.period,
                    provenance: source(Sourced::Qualification(*q)),
                })
                .collect(),
            competences: p
                .competences
                .iter()
                .map(|c| CompetenceItem {
                    procedure: c.procedure,
                    subdomain: c.subdomain,
                    valid: c.valid,
                    provenance: source(Sourced::Competence(*c)),
                })
                .collect(),
            trained_in: p
                .trained_in
                .iter()
                .copied()
                .map(Training::sub_area)
                .chain(p.training.iter().cloned())
                .collect(),
            registrations: p.registrations,
            name: p.name,
        }
    }
}

/// Builds a [`Professional`]; see [`Professional::builder`].
///
/// # Example
///
/// ```
/// use bevoegd::{Date, Profession, Professional, Registration};
///
/// let who = Professional::builder("A. de Vries")
///     .registration(Registration::active_from(Profession::Physician, Date::new(2016, 3, 1)?))
///     .trained_in("cardiology".parse()?)
///     .build()?;
/// assert_eq!(who.trained_in().len(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Default)]
#[must_use]
pub struct ProfessionalBuilder {
    name: String,
    registrations: Vec<Registration>,
    qualifications: Vec<QualificationRecord>,
    trained_in: Vec<Subdomain>,
    training: Vec<Training>,
    competences: Vec<Competence>,
    sources: Vec<(Sourced, Provenance)>,
}

impl ProfessionalBuilder {
    /// Adds a qualification held during `period`, and where the record came from.
    ///
    /// ```
    /// use bevoegd::{Date, Period, Profession, Professional, Provenance, Qualification, Registration};
    ///
    /// let day = Date::new(2026, 1, 5)?;
    /// let vs = Professional::builder("vs")
    ///     .registration(Registration::active_from(Profession::Nurse, Date::new(2012, 5, 1)?))
    ///     .qualification_from(Qualification::NurseSpecialistGeneralHealthcare, Period::starting(day), Some(Provenance::register(day, "79012345630")))
    ///     .build()?;
    /// assert_eq!(vs.provenance_of_qualification(&vs.qualifications()[0]).and_then(|p| p.id.as_deref()), Some("79012345630"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn qualification_from(
        mut self,
        qualification: Qualification,
        period: Period,
        provenance: Option<Provenance>,
    ) -> Self {
        let record = QualificationRecord { qualification, period };
        self.qualifications.push(record);
        if let Some(p) = provenance {
            self.sources.push((Sourced::Qualification(record), p));
        }
        self
    }

    /// Adds a competence record, and where it came from.
    pub fn competence_from(mut self, c: Competence, provenance: Option<Provenance>) -> Self {
        self.competences.push(c);
        if let Some(p) = provenance {
            self.sources.push((Sourced::Competence(c), p));
        }
        self
    }

    /// Gives every registration added so far that says nothing of where it came from this
    /// provenance.
    pub fn provenance_of_registrations(mut self, provenance: Provenance) -> Self {
        for r in &mut self.registrations {
            if r.provenance.is_none() {
                r.unconfirmed = provenance.unconfirmed;
                r.provenance = Some(Box::new(provenance.clone()));
            }
        }
        self
    }

    /// Adds a registration (one per profession).
    #[inline]
    pub fn registration(mut self, r: Registration) -> Self {
        self.registrations.push(r);
        self
    }

    /// Adds a qualification held during `period`.
    #[inline]
    pub fn qualification(mut self, qualification: Qualification, period: Period) -> Self {
        self.qualifications.push(QualificationRecord { qualification, period });
        self
    }

    /// Adds a subdomain the person was trained in.
    #[inline]
    pub fn trained_in(mut self, s: Subdomain) -> Self {
        self.trained_in.push(s);
        self
    }

    /// Adds a training record. A completed sub-area without dates is the same as
    /// [`trained_in`](Self::trained_in).
    ///
    /// ```
    /// use bevoegd::{Date, Profession, Professional, Registration, Training, TrainingKind};
    ///
    /// let kt = Professional::builder("kt")
    ///     .registration(Registration::active_from(Profession::ClinicalTechnologist, Date::new(2021, 1, 1)?))
    ///     .training(Training {
    ///         kind: TrainingKind::Fellowship,
    ///         discipline: "intensive_care".parse()?,
    ///         from: Some(Date::new(2024, 9, 1)?),
    ///         until: Some(Date::new(2026, 8, 31)?),
    ///         completed: false,
    ///     })
    ///     .build()?;
    /// assert_eq!(kt.training().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub fn training(mut self, t: Training) -> Self {
        if t.is_plain() {
            self.trained_in.push(t.discipline);
        } else {
            self.training.push(t);
        }
        self
    }

    /// Adds several competence records at once.
    #[inline]
    pub fn competences(mut self, records: impl IntoIterator<Item = Competence>) -> Self {
        self.competences.extend(records);
        self
    }

    /// Adds a competence record.
    #[inline]
    pub fn competence(mut self, c: Competence) -> Self {
        self.competences.push(c);
        self
    }

    /// Checks the whole and builds it. Records are put in a canonical order, so two professionals
    /// with the same records in another order are equal and decide identically.
    ///
    /// # Errors
    ///
    /// [`ValidationError`] for two registrations of one profession, a qualification without a
    /// nurse registration, or two overlapping periods of one qualification.
    ///
    /// # Example
    ///
    /// ```
    /// use bevoegd::{Date, Period, Profession, Professional, Qualification, Registration};
    ///
    /// // A qualification needs the registration it sits on.
    /// let err = Professional::builder("B")
    ///     .qualification(Qualification::AmbulanceNurse, Period::starting(Date::new(2020, 1, 1)?))
    ///     .build()
    ///     .unwrap_err();
    /// assert_eq!(err.path, "qualifications[0]");
    /// // An old register record from before the register opened is split into title and register.
    /// let kt = Professional::builder("C")
    ///     .registration(Registration::active_from(Profession::ClinicalTechnologist, Date::new(2016, 9, 1)?))
    ///     .build()?;
    /// let professions: Vec<_> = kt.professions().collect();
    /// assert_eq!(professions, [Profession::ClinicalTechnologist, Profession::ClinicalTechnologistTitle]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn build(mut self) -> Result<Professional, ValidationError> {
        self.split_experiment_titles()?;
        self.registrations.sort_by_key(Registration::profession);
        for (i, pair) in self.registrations.windows(2).enumerate() {
            if let [a, b] = pair
                && a.profession == b.profession
            {
                return Err(ValidationError::at(
                    format!("registrations[{}]", i + 1),
                    Problem::DuplicateRegistration { profession: a.profession },
                ));
            }
        }
        self.qualifications.sort_by_key(|q| (q.qualification, q.period.from()));
        for (i, q) in self.qualifications.iter().enumerate() {
            let base = q.qualification.base_profession();
            if !self.registrations.iter().any(|r| r.profession == base) {
                return Err(ValidationError::at(
                    format!("qualifications[{i}]"),
                    Problem::QualificationWithoutBase { qualification: q.qualification, base },
                ));
            }
        }
        for (i, pair) in self.qualifications.windows(2).enumerate() {
            if let [a, b] = pair
                && a.qualification == b.qualification
                && a.period.overlaps(b.period)
            {
                return Err(ValidationError::at(
                    format!("qualifications[{}]", i + 1),
                    Problem::OverlappingQualification {
                        qualification: a.qualification,
                        first: a.period,
                        second: b.period,
                    },
                ));
            }
        }
        self.trained_in.sort();
        self.trained_in.dedup();
        for (i, t) in self.training.iter().enumerate() {
            t.validate().map_err(|e| ValidationError::at(format!("training[{i}]"), e.into()))?;
        }
        self.training.sort();
        self.training.dedup();
        // Compared in place: a key tuple would copy each record's subdomain for every comparison.
        self.competences.sort_by(|a, b| {
            a.procedure
                .cmp(&b.procedure)
                .then_with(|| a.subdomain.cmp(&b.subdomain))
                .then_with(|| a.valid.from().cmp(&b.valid.from()))
                .then_with(|| a.valid.until().cmp(&b.valid.until()))
        });
        self.competences.dedup();
        // In the records' canonical order, the first provenance said of a record being its own.
        let said = std::mem::take(&mut self.sources);
        let first = |of: Sourced| said.iter().find(|(s, _)| *s == of).map(|(_, p)| (of, p.clone()));
        let mut sources: Vec<(Sourced, Provenance)> = Vec::new();
        for of in self
            .qualifications
            .iter()
            .map(|q| Sourced::Qualification(*q))
            .chain(self.competences.iter().map(|c| Sourced::Competence(*c)))
        {
            if !sources.iter().any(|(s, _)| *s == of)
                && let Some(entry) = first(of)
            {
                sources.push(entry);
            }
        }
        self.sources = sources;
        let unconfirmed = self.registrations.iter().any(Registration::is_unconfirmed);
        let scoped = self.registrations.iter().any(|r| !r.restrictions.is_empty());
        let professions_held = self.registrations.iter().fold(0, |m, r| m | profession_bit(r.profession));
        let qualifications_held = self.qualifications.iter().fold(0, |m, q| m | qualification_bit(q.qualification));
        let sole_profession = {
            let mut it = self.registrations.iter().map(|r| r.profession().register_profession());
            let first = it.next();
            if it.all(|p| Some(p) == first) { first } else { None }
        };
        let title_without_register =
            self.registrations.iter().map(|r| r.profession()).find(|p| {
                p.register_profession() != *p && professions_held & profession_bit(p.register_profession()) == 0
            });
        let candidates = RowMasks::of_holder(
            self.registrations.iter().map(|r| r.profession),
            self.qualifications.iter().map(|q| q.qualification),
        );
        let mut competence_starts = [0u16; Procedure::ALL.len() + 1];
        let total = u16::try_from(self.competences.len())
            .map_err(|_| ValidationError::at("competences", Problem::TooManyRecords { max: u16::MAX as usize }))?;
        // One pass: count each procedure's records, then each start is the sum of the counts
        // before it (the records are sorted by procedure).
        for c in &self.competences {
            if let Some(n) = competence_starts.get_mut(c.procedure.index() + 1) {
                *n += 1;
            }
        }
        for i in 1..competence_starts.len() {
            let before = competence_starts.get(i - 1).copied().unwrap_or(0);
            if let Some(n) = competence_starts.get_mut(i) {
                *n += before;
            }
        }
        debug_assert_eq!(competence_starts.last().copied(), Some(total));
        Ok(Professional {
            name: self.name,
            registrations: self.registrations,
            qualifications: self.qualifications,
            trained_in: self.trained_in,
            training: self.training,
            competences: self.competences,
            sources: self.sources,
            unconfirmed,
            scoped,
            professions_held,
            qualifications_held,
            sole_profession,
            title_without_register,
            candidates,
            competence_starts,
        })
    }
}

impl ProfessionalBuilder {
    /// Separates an experiment's title from the register that succeeded it. A register record
    /// that starts before the register opened (the old way of recording both in one history) is
    /// split at the opening day: the part before becomes the title record, the part from it the
    /// register entry. With a title record of its own beside it, such a register record
    /// contradicts the register's opening and is an error; so is a title record that starts after
    /// the experiment ended.
    fn split_experiment_titles(&mut self) -> Result<(), ValidationError> {
        for (i, r) in self.registrations.iter().enumerate() {
            if let Some(opened) = law::register_opened(r.profession.register_profession())
                && r.profession.kind() == ProfessionKind::ExperimentTitle
                && r.history.first().is_some_and(|s| s.period.from() >= opened)
            {
                return Err(ValidationError::at(
                    format!("registrations[{i}].history[0].period.from"),
                    Problem::TitleAfterExperiment { profession: r.profession, register_opened: opened },
                ));
            }
        }
        let mut i = 0;
        while i < self.registrations.len() {
            let Some(r) = self.registrations.get(i) else { break };
            let (profession, opened) = match (r.profession.experiment_title(), law::register_opened(r.profession)) {
                (Some(_), Some(opened)) if r.history.first().is_some_and(|s| s.period.from() < opened) => {
                    (r.profession, opened)
                }
                _ => {
                    i += 1;
                    continue;
                }
            };
            let title = profession.experiment_title().unwrap_or(profession);
            if self.registrations.iter().any(|r| r.profession == title) {
                return Err(ValidationError::at(
                    format!("registrations[{i}].history[0].period.from"),
                    Problem::RegisterBeforeOpening { profession, opened },
                ));
            }
            let last_title_day = opened.previous_day().unwrap_or(opened);
            let (mut before, mut after) = (Vec::new(), Vec::new());
            for s in &r.history {
                if s.period.from() < opened {
                    let until = s.period.until().map_or(last_title_day, |u| u.min(last_title_day));
                    before.push(StatusPeriod { period: Period::between(s.period.from(), until), ..*s });
                }
                if s.period.until().is_none_or(|u| u >= opened) {
                    let from = s.period.from().max(opened);
                    after.push(StatusPeriod { period: Period::new(from, s.period.until()).unwrap_or(s.period), ..*s });
                }
            }
            let big_number = r.big_number;
            self.registrations.push(Registration {
                profession: title,
                big_number: None,
                history: before,
                restrictions: r.restrictions.clone(),
                provenance: r.provenance.clone(),
                unconfirmed: r.unconfirmed,
            });
            if after.is_empty() {
                self.registrations.remove(i);
            } else if let Some(r) = self.registrations.get_mut(i) {
                r.history = after;
                r.big_number = big_number;
                i += 1;
            }
        }
        Ok(())
    }
}

impl Professional {
    /// Starts building a professional with a display name (the engine never reads it).
    pub fn builder(name: impl Into<String>) -> ProfessionalBuilder {
        ProfessionalBuilder { name: name.into(), ..ProfessionalBuilder::default() }
    }

    /// A builder holding this professional's records, to add to them (competence records from a
    /// hospital's qualification export, say); [`build`](ProfessionalBuilder::build) checks the
    /// whole again.
    ///
    /// ```
    /// use bevoegd::{law, Competence, Date, Period, Procedure};
    ///
    /// let (nurse, _) = law::NURSE_INJECTION.example_case()?;
    /// assert_eq!(nurse.to_builder().build()?, nurse);
    /// let valid = Period::new(Date::new(2025, 1, 1)?, Some(Date::new(2026, 12, 31)?))?;
    /// let more = nurse.to_builder().competence(Competence { procedure: Procedure::Puncture, subdomain: None, valid }).build()?;
    /// assert_eq!(more.competences().len(), nurse.competences().len() + 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_builder(&self) -> ProfessionalBuilder {
        ProfessionalBuilder {
            name: self.name.clone(),
            registrations: self.registrations.clone(),
            qualifications: self.qualifications.clone(),
            trained_in: self.trained_in.clone(),
            training: self.training.clone(),
            competences: self.competences.clone(),
            sources: self.sources.clone(),
        }
    }

    /// Where a qualification record of this professional came from, if said.
    pub fn provenance_of_qualification(&self, record: &QualificationRecord) -> Option<&Provenance> {
        self.sources.iter().find(|(s, _)| *s == Sourced::Qualification(*record)).map(|(_, p)| p)
    }

    /// Where a competence record of this professional came from, if said.
    pub fn provenance_of_competence(&self, record: &Competence) -> Option<&Provenance> {
        self.sources.iter().find(|(s, _)| *s == Sourced::Competence(*record)).map(|(_, p)| p)
    }

    /// Whether a registration carries a restriction by patient group or place.
    #[inline]
    pub(crate) const fn has_scoped_restriction(&self) -> bool {
        self.scoped
    }

    /// Whether a registration is known only from a source the register has not confirmed: its
    /// answers are conditional on `registration_confirmed` until a request states it.
    #[inline]
    pub const fn has_unconfirmed_registration(&self) -> bool {
        self.unconfirmed
    }

    /// The display name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The registrations, sorted by profession.
    pub fn registrations(&self) -> &[Registration] {
        &self.registrations
    }

    /// The qualification records.
    pub fn qualifications(&self) -> &[QualificationRecord] {
        &self.qualifications
    }

    /// The subdomains trained in without dates (plain `trained_in` codes), sorted.
    pub fn trained_in(&self) -> &[Subdomain] {
        &self.trained_in
    }

    /// The dated training records, sorted.
    pub fn training(&self) -> &[Training] {
        &self.training
    }

    /// The subdomains the person counts as trained in on `date`: the plain codes and every
    /// training record that [counts](Training::counts_on) on that day, sorted, without repeats.
    ///
    /// ```
    /// use bevoegd::{Date, Profession, Professional, Registration, Training, TrainingKind};
    ///
    /// let fellowship = Training {
    ///     kind: TrainingKind::Fellowship,
    ///     discipline: "intensive_care".parse()?,
    ///     from: Some(Date::new(2023, 9, 1)?),
    ///     until: Some(Date::new(2025, 8, 31)?),
    ///     completed: true,
    /// };
    /// let kt = Professional::builder("kt")
    ///     .registration(Registration::active_from(Profession::ClinicalTechnologist, Date::new(2021, 1, 1)?))
    ///     .trained_in("cardiology".parse()?)
    ///     .training(fellowship)
    ///     .build()?;
    /// assert_eq!(kt.trained_in_on(Date::new(2025, 1, 1)?), ["cardiology".parse()?]);
    /// assert_eq!(kt.trained_in_on(Date::new(2025, 9, 1)?).len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn trained_in_on(&self, date: Date) -> Vec<Subdomain> {
        let mut all: Vec<Subdomain> = self.trained_in.clone();
        all.extend(self.training.iter().filter(|t| t.counts_on(date)).map(|t| t.discipline));
        all.sort();
        all.dedup();
        all
    }

    /// The competence records.
    pub fn competences(&self) -> &[Competence] {
        &self.competences
    }

    /// The professions with a register entry or title on record, whatever their state.
    pub fn professions(&self) -> impl Iterator<Item = Profession> + '_ {
        self.registrations.iter().map(|r| r.profession)
    }

    /// What the person is, in `lang`, from their records (never from their name): each
    /// profession on record, then the qualifications held on `day` in parentheses.
    ///
    /// ```
    /// use bevoegd::{law, Lang};
    ///
    /// let (nurse_specialist, ctx) = law::NURSE_SPECIALIST_AGZ_PRESCRIBING.example_case()?;
    /// assert_eq!(
    ///     nurse_specialist.title(ctx.date(), Lang::En),
    ///     "nurse (nurse specialist general healthcare)"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn title(&self, day: Date, lang: crate::text::Lang) -> String {
        let professions: Vec<&str> = self.professions().map(|p| p.name(lang)).collect();
        let held: Vec<&str> =
            self.qualifications.iter().filter(|q| q.period.contains(day)).map(|q| q.qualification.name(lang)).collect();
        if held.is_empty() {
            professions.join(", ")
        } else {
            format!("{} ({})", professions.join(", "), held.join(", "))
        }
    }

    /// Whether any register entry (not a mere art. 34 title) is on record.
    pub fn has_register_entry(&self) -> bool {
        self.registrations
            .iter()
            .any(|r| matches!(r.profession.kind(), ProfessionKind::Register | ProfessionKind::TemporaryRegister))
    }

    /// The only register profession on record, if there is exactly one.
    #[inline]
    pub(crate) const fn sole_profession(&self) -> Option<Profession> {
        self.sole_profession
    }

    /// An experiment title held without the register entry that succeeded it.
    #[inline]
    pub(crate) const fn title_without_register(&self) -> Option<Profession> {
        self.title_without_register
    }

    #[inline]
    pub(crate) fn registration(&self, p: Profession) -> Option<&Registration> {
        self.registrations.iter().find(|r| r.profession == p)
    }

    /// The law-table rows of `route` for `p` whose holder this person could be.
    #[inline]
    pub(crate) fn candidates(&self, route: Route, p: Procedure) -> RowMask {
        self.candidates.get(route, p)
    }

    #[inline]
    pub(crate) fn holds_qualification_on(&self, q: Qualification, date: Date) -> bool {
        self.qualifications.iter().any(|r| r.qualification == q && r.period.contains(date))
    }

    /// The first subdomain of [`trained_in_on`](Self::trained_in_on) and how many there are,
    /// without allocating (decisions build this on every denial).
    pub(crate) fn trained_summary_on(&self, date: Date) -> (Option<Subdomain>, usize) {
        let dated = |i: usize, t: &Training| {
            t.counts_on(date)
                && !self.trained_in.contains(&t.discipline)
                && !self.training.iter().take(i).any(|e| e.discipline == t.discipline && e.counts_on(date))
        };
        let mut first = self.trained_in.first().copied();
        let mut count = self.trained_in.len();
        for (i, t) in self.training.iter().enumerate() {
            if dated(i, t) {
                count += 1;
                if first.is_none_or(|f| t.discipline < f) {
                    first = Some(t.discipline);
                }
            }
        }
        (first, count)
    }

    #[inline]
    pub(crate) fn is_trained_in(&self, s: Option<Subdomain>, date: Date) -> bool {
        s.is_some_and(|s| {
            self.trained_in.contains(&s) || self.training.iter().any(|t| t.discipline == s && t.counts_on(date))
        })
    }

    /// The procedures with a competence record valid on `date` for `subdomain` (or anywhere):
    /// [`competence_on`](Self::competence_on) is `Competent` for exactly these, found for all
    /// fourteen in one pass.
    pub(crate) fn competent_set(&self, subdomain: Option<Subdomain>, date: Date) -> ProcedureSet {
        self.competences
            .iter()
            .filter(|c| (c.subdomain.is_none() || c.subdomain == subdomain) && c.valid.contains(date))
            .fold(ProcedureSet::EMPTY, |acc, c| acc.with(c.procedure))
    }

    #[inline]
    pub(crate) fn competence_on(&self, procedure: Procedure, subdomain: Option<Subdomain>, date: Date) -> CompetenceOn {
        let mut expired: Option<Date> = None;
        let i = procedure.index();
        let start = self.competence_starts.get(i).copied().unwrap_or(0);
        let end = self.competence_starts.get(i + 1).copied().unwrap_or(0);
        let own = self.competences.get(usize::from(start)..usize::from(end)).unwrap_or(&[]);
        for c in own {
            if c.subdomain.is_some() && c.subdomain != subdomain {
                continue;
            }
            if c.valid.contains(date) {
                return CompetenceOn::Competent;
            }
            if let Some(until) = c.valid.until()
                && until < date
                && expired.is_none_or(|e| e < until)
            {
                expired = Some(until);
            }
        }
        match expired {
            Some(on) => CompetenceOn::Expired { on },
            None => CompetenceOn::Missing,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn every_profession_and_qualification_has_its_own_mask_bit() {
        let professions: Vec<u32> = Profession::iter().map(profession_bit).collect();
        let qualifications: Vec<u32> = Qualification::iter().map(qualification_bit).collect();
        for bits in [professions, qualifications] {
            let union = bits.iter().fold(0, |acc, b| acc | b);
            assert_eq!(union.count_ones() as usize, bits.len(), "two share a bit");
        }
    }
}
