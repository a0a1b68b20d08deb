//! A roster as a caller sends it from any language ([`RosterFile`]): staff and places under the
//! caller's ids, with labels in Dutch and English, and dated assignments (who works where on which
//! days). It is checked whole when it is built or parsed, every problem named by its JSON path,
//! and planned by the same code as [`Roster`](crate::Roster).

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::input::context::{Context, UndatedContext};
use crate::input::error::{Problem, ValidationError, error_location};
use crate::input::professional::Professional;
use crate::law::{self, COVERAGE_START};
use crate::plan::roster::{Gap, Plan, RosterSize, Schedule, Work, cell_count, days_in, everyone_everywhere, works_of};
use crate::text::Lang;
use crate::types::date::Date;
use crate::types::procedure::Procedure;
use crate::types::subdomain::Subdomain;

/// One staff member of a roster file: the caller's id (an employee number), an optional label,
/// and the professional.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(from = "StaffRepr", into = "StaffRepr")]
#[non_exhaustive]
pub struct StaffMember {
    /// The caller's id.
    pub id: String,
    /// How a person reads this member (falls back to the professional's name, then the id).
    pub label: Option<String>,
    /// The professional.
    pub professional: Professional,
}

/// A record an importer read and left out, as a staff line carries it (read, and not used).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct LeftOut {
    path: String,
    value: String,
    why: String,
}

/// A record an importer could not place, as a staff line carries it (read, and not used).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct NotPlaced {
    path: String,
    value: String,
    message: String,
}

/// The wire form of a staff member: also a line of a staff file, whose `skipped` and `errors`
/// (what the importer left out or could not place) are accepted and not used.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "StaffMember"))]
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StaffRepr {
    /// The caller's id (an employee number, or the BIG number an importer used).
    id: String,
    /// How a person reads this member; falls back to the professional's name, then the id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    label: Option<String>,
    professional: Professional,
    /// What the importer read and left out (`bevoegd import`): accepted and not used.
    #[serde(default, skip_serializing)]
    #[allow(dead_code, reason = "read so that a staff line parses, and not used")]
    skipped: Vec<LeftOut>,
    /// What the importer could not place (`bevoegd import`): accepted and not used.
    #[serde(default, skip_serializing)]
    #[allow(dead_code, reason = "read so that a staff line parses, and not used")]
    errors: Vec<NotPlaced>,
    /// Where the records `bevoegd import qualifications` added came from: accepted and not used.
    #[serde(default, skip_serializing)]
    #[allow(dead_code, reason = "read so that a staff line parses, and not used")]
    sources: Vec<SourceRead>,
}

/// Where a competence record came from, as a staff line of `bevoegd import qualifications`
/// carries it (read, and not used).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceRead {
    record: crate::input::professional::Competence,
    file: String,
    line: u64,
    code: String,
}

impl From<StaffRepr> for StaffMember {
    fn from(r: StaffRepr) -> StaffMember {
        StaffMember { id: r.id, label: r.label, professional: r.professional }
    }
}

impl From<StaffMember> for StaffRepr {
    fn from(m: StaffMember) -> StaffRepr {
        StaffRepr {
            id: m.id,
            label: m.label,
            professional: m.professional,
            skipped: Vec::new(),
            errors: Vec::new(),
            sources: Vec::new(),
        }
    }
}

impl StaffMember {
    /// A staff member without a label.
    pub fn new(id: impl Into<String>, professional: Professional) -> StaffMember {
        StaffMember { id: id.into(), label: None, professional }
    }

    /// The same member with a label.
    #[must_use]
    pub fn labelled(self, label: impl Into<String>) -> StaffMember {
        StaffMember { label: Some(label.into()), ..self }
    }
}

/// One place of a roster file: the caller's id (a ward), an optional label, and the context of
/// the acts there. The context's own date does not count: the roster sets the days (its wire
/// form has no date).
#[derive(Clone, PartialEq, Eq, Debug)]
#[non_exhaustive]
pub struct Place {
    /// The caller's id.
    pub id: String,
    /// How a person reads this place (falls back to the id).
    pub label: Option<String>,
    /// The setting: field of care, subdomain, protocols, case facts, ... Its date is replaced by
    /// the roster's days.
    pub context: Context,
    /// How many must be able to perform a procedure here independently; a procedure of the
    /// roster not named needs 1 ([`RosterAnswer::shortfalls`]).
    pub minimum: std::collections::BTreeMap<Procedure, u32>,
}

impl Place {
    /// A place without a label.
    pub fn new(id: impl Into<String>, context: Context) -> Place {
        Place { id: id.into(), label: None, context, minimum: std::collections::BTreeMap::new() }
    }

    /// The same place with a label.
    #[must_use]
    pub fn labelled(self, label: impl Into<String>) -> Place {
        Place { label: Some(label.into()), ..self }
    }

    /// The same place, needing `n` who may perform `procedure` here independently (1 when not
    /// said; 0 needs nobody).
    #[must_use]
    pub fn with_minimum(mut self, procedure: Procedure, n: u32) -> Place {
        self.minimum.insert(procedure, n);
        self
    }

    /// How many must be able to perform `procedure` here independently.
    pub fn minimum_for(&self, procedure: Procedure) -> u32 {
        self.minimum.get(&procedure).copied().unwrap_or(1)
    }
}

/// The wire form of a place: its context has no date.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Place"))]
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PlaceRepr {
    /// The caller's id.
    id: String,
    /// How a person reads this place; falls back to the id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    label: Option<String>,
    /// The setting, without a date.
    context: UndatedContext,
    /// How many must be able to perform a procedure here independently, per procedure of the
    /// roster (`{"injection": 2}`); a procedure not named needs 1.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    minimum: std::collections::BTreeMap<Procedure, u32>,
}

/// A staff member in a roster file: the professional may come from a staff file instead.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "RosterStaff"))]
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RosterStaff {
    /// The caller's id (an employee number).
    id: String,
    /// How a person reads this member; falls back to the staff file's label, the professional's
    /// name, then the id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    label: Option<String>,
    /// The professional; left out, the staff file's member with this id gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    professional: Option<Professional>,
}

/// Who works where, from one day through another (both within the roster's days).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Assignment {
    /// The staff member's id.
    pub staff: String,
    /// The place's id.
    pub place: String,
    /// The first day.
    pub from: Date,
    /// The last day.
    pub through: Date,
}

impl Assignment {
    /// `staff` works at `place` from `from` through `through`.
    pub fn new(staff: impl Into<String>, place: impl Into<String>, from: Date, through: Date) -> Assignment {
        Assignment { staff: staff.into(), place: place.into(), from, through }
    }
}

/// A delegation an HR system keeps: `instructor` lets `performer` perform `procedures` at
/// `place` on their instruction (Wet BIG art. 35 lid 1, art. 38), from `from` through `through`.
/// Whether supervision by the instructor (`supervision`) and the possibility of their
/// intervention (`can_intervene`) are ensured, the record states or leaves unknown; whether the
/// performer follows the instructor's directions is not known before the act. On the days it
/// runs (and the performer works there), the cell is answered with this instruction: permitted
/// when every condition is known to hold, conditional when some is unknown.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Delegation {
    /// The staff id of who gives the instruction.
    pub instructor: String,
    /// The staff id of who performs.
    pub performer: String,
    /// The procedures delegated (each among the roster's).
    pub procedures: Vec<Procedure>,
    /// The place's id.
    pub place: String,
    /// The first day.
    pub from: Date,
    /// The last day.
    pub through: Date,
    /// Supervision by the instructor is ensured (or not reasonably needed); absent: unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supervision: Option<bool>,
    /// The instructor can intervene when needed; absent: unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_intervene: Option<bool>,
}

impl Delegation {
    /// `instructor` delegates `procedures` at `place` to `performer` from `from` through
    /// `through`, supervision and intervention unknown.
    pub fn new(
        instructor: impl Into<String>,
        performer: impl Into<String>,
        procedures: Vec<Procedure>,
        place: impl Into<String>,
        from: Date,
        through: Date,
    ) -> Delegation {
        Delegation {
            instructor: instructor.into(),
            performer: performer.into(),
            procedures,
            place: place.into(),
            from,
            through,
            supervision: None,
            can_intervene: None,
        }
    }

    /// The same delegation, stating whether supervision and intervention are ensured.
    #[must_use]
    pub fn ensuring(self, supervision: bool, can_intervene: bool) -> Delegation {
        Delegation { supervision: Some(supervision), can_intervene: Some(can_intervene), ..self }
    }
}

/// How long a competence record for a procedure (in a subdomain, or without one) usually runs:
/// the validity a hospital gives the qualification, in months. A renewal advised for such a
/// record runs that long; for a record without one, as long again as the record ran.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Validity {
    /// The procedure.
    pub procedure: Procedure,
    /// The subdomain of the records meant; absent: records without one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subdomain: Option<crate::types::subdomain::Subdomain>,
    /// How long, in months (at least 1).
    pub months: u32,
}

impl Validity {
    /// Records for `procedure` without a subdomain usually run `months` months.
    pub fn new(procedure: Procedure, months: u32) -> Validity {
        Validity { procedure, subdomain: None, months }
    }

    /// The same, for records limited to `subdomain`.
    #[must_use]
    pub fn in_subdomain(self, subdomain: crate::types::subdomain::Subdomain) -> Validity {
        Validity { subdomain: Some(subdomain), ..self }
    }
}

/// A label in Dutch and English; a language left out falls back to the entry's own label, then
/// to its name or code.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Label {
    /// Dutch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nl: Option<String>,
    /// English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl Label {
    /// A label in both languages.
    pub fn new(nl: impl Into<String>, en: impl Into<String>) -> Label {
        Label { nl: Some(nl.into()), en: Some(en.into()) }
    }

    fn in_lang(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Nl => self.nl.as_deref(),
            Lang::En => self.en.as_deref(),
        }
    }
}

/// Labels per language for the roster's staff and places (by id), subdomains and procedures (by
/// code).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Labels {
    /// Per place id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub places: BTreeMap<String, Label>,
    /// Per staff id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub staff: BTreeMap<String, Label>,
    /// Per subdomain code.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub subdomains: BTreeMap<Subdomain, Label>,
    /// Per procedure code.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub procedures: BTreeMap<Procedure, Label>,
}

/// The labels of a plan in its language, beside the ids and codes they name: every staff member,
/// place and procedure of the roster, and every subdomain of a place or labelled in the roster.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize)]
#[non_exhaustive]
pub struct LabelsIn {
    /// Per place id.
    pub places: BTreeMap<String, String>,
    /// Per staff id.
    pub staff: BTreeMap<String, String>,
    /// Per subdomain code.
    pub subdomains: BTreeMap<Subdomain, String>,
    /// Per procedure code.
    pub procedures: BTreeMap<Procedure, String>,
}

impl LabelsIn {
    /// The names these labels give for sentences: subdomains by their labels
    /// ([`Decision::explanation_with`](crate::Decision::explanation_with),
    /// [`Reason::sentence_with`](crate::Reason::sentence_with),
    /// [`Remedy::describe_with`](crate::Remedy::describe_with)).
    pub const fn names(&self) -> crate::decision::Names<'_> {
        crate::decision::Names::subdomains(&self.subdomains)
    }
}

/// A roster file: the staff and places under the caller's ids, the procedures asked about, the
/// days, who works where on which days, and labels. Built with [`RosterFile::new`] (then
/// [`with_assignments`](RosterFile::with_assignments), [`with_labels`](RosterFile::with_labels))
/// or parsed from its JSON form; both check it whole, so a `RosterFile` always plans.
///
/// ```
/// use bevoegd::{law, Assignment, Date, Place, Procedure, RosterFile, StaffMember};
///
/// let (nurse, ctx) = law::NURSE_INJECTION.example_case()?;
/// let (physician, _) = law::PHYSICIAN_INJECTION.example_case()?;
/// let monday = Date::new(2024, 1, 8)?;
/// let tuesday = Date::new(2024, 1, 9)?;
/// let roster = RosterFile::new(
///     vec![StaffMember::new("e101", nurse), StaffMember::new("e102", physician)],
///     vec![Place::new("ward", ctx)],
///     vec![Procedure::Injection],
///     monday,
///     tuesday,
/// )?
/// // The physician works on the ward on Monday only.
/// .with_assignments(vec![
///     Assignment::new("e101", "ward", monday, tuesday),
///     Assignment::new("e102", "ward", monday, monday),
/// ])?;
/// let plan = roster.plan();
/// assert!(plan.on("e101", "ward", Procedure::Injection, tuesday).is_some());
/// // On Monday the physician may instruct the nurse on the ward; on Tuesday nobody there may.
/// assert_eq!(plan.instructors_on("e101", "ward", Procedure::Injection, monday), ["e102"]);
/// assert!(plan.instructors_on("e101", "ward", Procedure::Injection, tuesday).is_empty());
/// assert!(plan.on("e102", "ward", Procedure::Injection, tuesday).is_none()); // not working there
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Debug, Deserialize, Serialize)]
#[serde(try_from = "RosterDraft", into = "RosterDraft")]
#[non_exhaustive]
pub struct RosterFile {
    staff: Vec<StaffMember>,
    places: Vec<Place>,
    procedures: Vec<Procedure>,
    from: Date,
    through: Date,
    assignments: Option<Vec<Assignment>>,
    labels: Labels,
    delegations: Vec<Delegation>,
    validity: Vec<Validity>,
    /// Per (staff, place), staff-major: the merged days worked there.
    works: Vec<Work>,
    /// The delegations, by index.
    delegated: Vec<crate::plan::roster::Delegated>,
}

/// A roster file as parsed, before its staff is filled from a staff file and it is checked:
/// deserialize it with any serde format, then [`with_staff`](RosterDraft::with_staff) (or
/// [`check`](RosterDraft::check)). Its JSON form is the roster file's.
///
/// ```
/// use bevoegd::{RosterDraft, StaffMember};
///
/// let draft: RosterDraft = serde_json::from_str(include_str!("../../examples/data/roster.json"))?;
/// let staff = include_str!("../../examples/data/staff.jsonl")
///     .lines()
///     .map(serde_json::from_str)
///     .collect::<Result<Vec<StaffMember>, _>>()?;
/// let roster = draft.with_staff(staff)?;
/// assert_eq!(roster.staff().len(), 13);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(
        rename = "RosterFile",
        description = "A roster file: staff and places under the caller's ids, the procedures asked about, the days, who works where on which days, and labels (docs/wire-format.md)."
    )
)]
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct RosterDraft {
    /// The staff. A member without `professional` takes it from the staff file
    /// (`bevoegd plan --staff`) with the same id; the staff file's other members are added.
    #[serde(default)]
    staff: Vec<RosterStaff>,
    /// The places, each with a context without a date.
    places: Vec<PlaceRepr>,
    /// The procedures asked about, each at most once.
    procedures: Vec<Procedure>,
    /// The first day.
    from: Date,
    /// The last day.
    through: Date,
    /// Who works where on which days; left out, everyone works everywhere every day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    assignments: Option<Vec<Assignment>>,
    /// Labels per language.
    #[serde(default)]
    labels: Labels,
    /// Who lets whom act on their instruction, where and when (see [`Delegation`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    delegations: Vec<Delegation>,
    /// How long competence records usually run, for the renewals advised (see [`Validity`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    validity: Vec<Validity>,
}

/// Why a roster file cannot be planned: the JSON path of the field, and what is wrong.
///
/// ```
/// use bevoegd::{law, Date, Place, Procedure, RosterFile, RosterProblem, StaffMember};
///
/// let (nurse, ctx) = law::NURSE_INJECTION.example_case()?;
/// let day = Date::new(2024, 1, 8)?;
/// let twice = vec![StaffMember::new("e1", nurse.clone()), StaffMember::new("e1", nurse)];
/// let err = RosterFile::new(twice, vec![Place::new("ward", ctx)], vec![Procedure::Injection], day, day).unwrap_err();
/// assert_eq!(err.path, "staff[1].id");
/// assert_eq!(err.to_string(), "`staff[1].id`: the id `e1` is also `staff[0]`'s");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Debug, thiserror::Error)]
#[error("`{path}`: {problem}")]
#[non_exhaustive]
pub struct RosterFileError {
    /// Where, as a JSON path (`assignments[3].staff`; `.` for the roster as a whole).
    pub path: String,
    /// What is wrong.
    pub problem: RosterProblem,
}

/// What is wrong with a roster file.
#[derive(Clone, PartialEq, Eq, Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RosterProblem {
    /// The last day is before the first.
    #[error("the roster ends on `{through}`, before it starts on `{from}`")]
    EndsBeforeStart {
        /// The first day.
        from: Date,
        /// The last day.
        through: Date,
    },
    /// A field's value is invalid (a place's context, the first day before the law table's
    /// coverage).
    #[error("{0}")]
    Invalid(Problem),
    /// A staff member whose professional neither the roster nor the staff file gives.
    #[error("absent: give the professional here, or in a staff file (`--staff`) under this id")]
    NoProfessional,
    /// A staff member whose professional both the roster and the staff file give.
    #[error("the staff file (`--staff`) gives a professional under this id too: give it in one place")]
    GivenTwice,
    /// An id that is empty.
    #[error("an id must not be empty")]
    EmptyId,
    /// An id used twice among the staff or among the places.
    #[error("the id `{id}` is also `{first}`'s")]
    DuplicateId {
        /// The id.
        id: String,
        /// The path of the first entry with it.
        first: String,
    },
    /// Two staff members with the same BIG number: one person twice.
    #[error("the BIG number `{big_number}` is also `{first}`'s: one person under two ids")]
    SameBigNumber {
        /// The BIG number.
        big_number: String,
        /// The path of the first staff member with it.
        first: String,
    },
    /// A place's minimum for a procedure the roster does not ask about.
    #[error("`{procedure}` is not among the roster's procedures")]
    MinimumNotAsked {
        /// The procedure's code.
        procedure: &'static str,
    },
    /// A delegation of a procedure the roster does not ask about.
    #[error("`{procedure}` is not among the roster's procedures")]
    NotAsked {
        /// The procedure's code.
        procedure: &'static str,
    },
    /// A delegation from a person to themselves.
    #[error("the performer is the instructor: one cannot instruct oneself")]
    SelfDelegation,
    /// A validity of no months.
    #[error("a validity is at least 1 month")]
    NoMonths,
    /// Two validities for one procedure and subdomain.
    #[error("the same procedure and subdomain as `{first}`")]
    DuplicateValidity {
        /// The path of the first.
        first: String,
    },
    /// A procedure listed twice.
    #[error("`{procedure}` is listed twice")]
    DuplicateProcedure {
        /// The procedure's code.
        procedure: &'static str,
    },
    /// An id no staff member has.
    #[error("no staff member has the id `{id}`")]
    UnknownStaff {
        /// The id.
        id: String,
    },
    /// An id no place has.
    #[error("no place has the id `{id}`")]
    UnknownPlace {
        /// The id.
        id: String,
    },
    /// An assignment with days outside the roster's.
    #[error("the assignment's days must lie within the roster's, `{from}` through `{through}`")]
    OutsideRoster {
        /// The roster's first day.
        from: Date,
        /// The roster's last day.
        through: Date,
    },
    /// Larger than a roster may be ([`MAX_ROSTER_CELLS`](crate::MAX_ROSTER_CELLS)).
    #[error("{size}")]
    TooLarge {
        /// How large, and the most allowed.
        size: RosterSize,
    },
}

impl RosterFileError {
    fn at(path: impl Into<String>, problem: RosterProblem) -> RosterFileError {
        RosterFileError { path: path.into(), problem }
    }

    /// A validation error inside the value at `outer`, with the full path.
    fn inside(outer: &str, e: &ValidationError) -> RosterFileError {
        let (path, _) = error_location(outer, &format!("`{}`: x", e.path));
        RosterFileError { path, problem: RosterProblem::Invalid(e.problem.clone()) }
    }
}

/// The roster's days: the last not before the first, the first within the law table's coverage.
fn check_days(from: Date, through: Date) -> Result<(), RosterFileError> {
    if through < from {
        return Err(RosterFileError::at("through", RosterProblem::EndsBeforeStart { from, through }));
    }
    if from < COVERAGE_START {
        let problem = Problem::BeforeCoverage { date: from, coverage_start: COVERAGE_START };
        return Err(RosterFileError::at("from", RosterProblem::Invalid(problem)));
    }
    Ok(())
}

/// The first repeated id among `ids`: (the later index, the earlier index).
fn repeated<'a>(ids: impl Iterator<Item = &'a str>) -> Option<(usize, usize)> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, id) in ids.enumerate() {
        if let Some(first) = seen.insert(id, i) {
            return Some((i, first));
        }
    }
    None
}

impl RosterFile {
    /// A roster of `staff` and `places` for `procedures` from `from` through `through`, everyone
    /// working everywhere every day (see [`with_assignments`](RosterFile::with_assignments)). Each
    /// place's context is moved to the roster's days.
    ///
    /// # Errors
    ///
    /// [`RosterFileError`] naming the field: the last day before the first, the first before
    /// the law table's coverage, an id empty or used twice, one BIG number under two staff ids, a
    /// procedure listed twice, a place's context that is invalid on the first day, or more than
    /// [`MAX_ROSTER_CELLS`](crate::MAX_ROSTER_CELLS) cells.
    pub fn new(
        staff: Vec<StaffMember>,
        places: Vec<Place>,
        procedures: Vec<Procedure>,
        from: Date,
        through: Date,
    ) -> Result<RosterFile, RosterFileError> {
        RosterFile {
            staff,
            places,
            procedures,
            from,
            through,
            assignments: None,
            labels: Labels::default(),
            delegations: Vec::new(),
            validity: Vec::new(),
            works: vec![],
            delegated: vec![],
        }
        .checked()
    }

    /// The same roster with each staff member working only where and when `assignments` say.
    ///
    /// # Errors
    ///
    /// [`RosterFileError`] naming the assignment: an unknown staff or place id, days that end
    /// before they start or lie outside the roster's, or more than [`MAX_ROSTER_CELLS`](crate::MAX_ROSTER_CELLS) cells.
    pub fn with_assignments(self, assignments: Vec<Assignment>) -> Result<RosterFile, RosterFileError> {
        RosterFile { assignments: Some(assignments), ..self }.checked()
    }

    /// The same roster with `labels`.
    ///
    /// # Errors
    ///
    /// [`RosterFileError`] naming the label of a staff or place id the roster does not have.
    pub fn with_labels(self, labels: Labels) -> Result<RosterFile, RosterFileError> {
        RosterFile { labels, ..self }.checked()
    }

    /// The same roster with `delegations` (see [`Delegation`]).
    ///
    /// # Errors
    ///
    /// [`RosterFileError`] naming the delegation's field: an unknown staff or place id, the
    /// instructor delegating to themselves, a procedure the roster does not ask about, days that
    /// end before they start or lie outside the roster's.
    pub fn with_delegations(self, delegations: Vec<Delegation>) -> Result<RosterFile, RosterFileError> {
        RosterFile { delegations, ..self }.checked()
    }

    /// The delegations.
    pub fn delegations(&self) -> &[Delegation] {
        &self.delegations
    }

    /// The same roster with how long competence records usually run (for the renewals advised).
    ///
    /// # Errors
    ///
    /// [`RosterFileError`] naming the entry: a validity of 0 months, or two for one procedure and
    /// subdomain.
    pub fn with_validity(self, validity: Vec<Validity>) -> Result<RosterFile, RosterFileError> {
        RosterFile { validity, ..self }.checked()
    }

    /// How long competence records usually run.
    pub fn validity(&self) -> &[Validity] {
        &self.validity
    }

    /// The same roster with `more` staff after its own (a staff file's).
    ///
    /// # Errors
    ///
    /// As [`RosterFile::new`]: an id or BIG number the roster already has is named at the later
    /// entry, `staff[n]` counting on after the roster's own.
    pub fn with_staff(self, more: Vec<StaffMember>) -> Result<RosterFile, RosterFileError> {
        let mut staff = self.staff;
        staff.extend(more);
        RosterFile { staff, ..self }.checked()
    }

    /// The staff.
    pub fn staff(&self) -> &[StaffMember] {
        &self.staff
    }

    /// The places, each context on the first day.
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// The procedures asked about.
    pub fn procedures(&self) -> &[Procedure] {
        &self.procedures
    }

    /// The first day.
    pub fn from(&self) -> Date {
        self.from
    }

    /// The last day.
    pub fn through(&self) -> Date {
        self.through
    }

    /// Who works where and when; `None`: everyone everywhere every day.
    pub fn assignments(&self) -> Option<&[Assignment]> {
        self.assignments.as_deref()
    }

    /// The labels.
    pub fn labels(&self) -> &Labels {
        &self.labels
    }

    /// The number of cells: the days each staff member works at each place, summed, times the
    /// procedures.
    pub fn cells(&self) -> u64 {
        let days: u64 = self.works.iter().flat_map(|w| &w.days).map(|&(a, b)| days_in(a, b)).sum();
        cell_count(days, self.procedures.len())
    }

    /// Checks everything and computes who works where when.
    fn checked(mut self) -> Result<RosterFile, RosterFileError> {
        use RosterProblem as P;
        check_days(self.from, self.through)?;
        for (what, ids) in [
            ("staff", self.staff.iter().map(|s| s.id.as_str()).collect::<Vec<_>>()),
            ("places", self.places.iter().map(|p| p.id.as_str()).collect()),
        ] {
            if let Some(i) = ids.iter().position(|id| id.is_empty()) {
                return Err(RosterFileError::at(format!("{what}[{i}].id"), P::EmptyId));
            }
            if let Some((i, first)) = repeated(ids.iter().copied()) {
                let id = ids.get(i).map(|s| (*s).to_owned()).unwrap_or_default();
                return Err(RosterFileError::at(
                    format!("{what}[{i}].id"),
                    P::DuplicateId { id, first: format!("{what}[{first}]") },
                ));
            }
        }
        let mut numbers: HashMap<String, usize> = HashMap::new();
        for (i, s) in self.staff.iter().enumerate() {
            for (r, reg) in s.professional.registrations().iter().enumerate() {
                let Some(n) = reg.big_number() else { continue };
                match numbers.get(&n.to_string()) {
                    Some(&first) if first != i => {
                        return Err(RosterFileError::at(
                            format!("staff[{i}].professional.registrations[{r}].big_number"),
                            P::SameBigNumber { big_number: n.to_string(), first: format!("staff[{first}]") },
                        ));
                    }
                    _ => {
                        numbers.insert(n.to_string(), i);
                    }
                }
            }
        }
        for (j, p) in self.places.iter_mut().enumerate() {
            if p.context.date() != self.from {
                p.context = p
                    .context
                    .to_builder()
                    .date(self.from)
                    .build()
                    .map_err(|e| RosterFileError::inside(&format!("places[{j}].context"), &e))?;
            }
        }
        for (j, p) in self.places.iter().enumerate() {
            if let Some(procedure) = p.minimum.keys().find(|k| !self.procedures.contains(k)) {
                return Err(RosterFileError::at(
                    format!("places[{j}].minimum.{}", procedure.code()),
                    P::MinimumNotAsked { procedure: procedure.code() },
                ));
            }
        }
        if let Some((k, _)) = repeated(self.procedures.iter().map(|p| p.code())) {
            let procedure = self.procedures.get(k).map(|p| p.code()).unwrap_or_default();
            return Err(RosterFileError::at(format!("procedures[{k}]"), P::DuplicateProcedure { procedure }));
        }
        let (ns, np) = (self.staff.len(), self.places.len());
        let too_large = |size| RosterFileError::at(".", P::TooLarge { size });
        let staff: HashMap<&str, usize> = self.staff.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
        let places: HashMap<&str, usize> = self.places.iter().enumerate().map(|(j, p)| (p.id.as_str(), j)).collect();
        let works = match &self.assignments {
            None => {
                RosterSize::pairs(ns, np).map_err(too_large)?;
                everyone_everywhere(ns, np, self.from, self.through)
            }
            Some(assignments) => {
                let mut entries = Vec::with_capacity(assignments.len());
                for (k, a) in assignments.iter().enumerate() {
                    let at = |field: &str, problem| RosterFileError::at(format!("assignments[{k}].{field}"), problem);
                    let i = *staff
                        .get(a.staff.as_str())
                        .ok_or_else(|| at("staff", P::UnknownStaff { id: a.staff.clone() }))?;
                    let j = *places
                        .get(a.place.as_str())
                        .ok_or_else(|| at("place", P::UnknownPlace { id: a.place.clone() }))?;
                    if a.through < a.from {
                        return Err(at("through", P::EndsBeforeStart { from: a.from, through: a.through }));
                    }
                    let outside = P::OutsideRoster { from: self.from, through: self.through };
                    if a.from < self.from {
                        return Err(at("from", outside));
                    }
                    if a.through > self.through {
                        return Err(at("through", outside));
                    }
                    entries.push((i, j, a.from, a.through));
                }
                works_of(entries)
            }
        };
        let who: Vec<&Professional> = self.staff.iter().map(|m| &m.professional).collect();
        RosterSize::of(&works, &who, np, &self.procedures).map_err(too_large)?;
        for (what, labelled, known) in [("staff", &self.labels.staff, &staff), ("places", &self.labels.places, &places)]
        {
            if let Some(id) = labelled.keys().find(|id| !known.contains_key(id.as_str())) {
                let problem = if what == "staff" {
                    P::UnknownStaff { id: id.clone() }
                } else {
                    P::UnknownPlace { id: id.clone() }
                };
                return Err(RosterFileError::at(format!("labels.{what}.{}", crate::text::quoted(id)), problem));
            }
        }
        for (k, v) in self.validity.iter().enumerate() {
            if v.months == 0 {
                return Err(RosterFileError::at(format!("validity[{k}].months"), P::NoMonths));
            }
            if let Some(first) =
                self.validity.iter().position(|w| w.procedure == v.procedure && w.subdomain == v.subdomain)
                && first != k
            {
                return Err(RosterFileError::at(
                    format!("validity[{k}]"),
                    P::DuplicateValidity { first: format!("validity[{first}]") },
                ));
            }
        }
        let mut delegated = Vec::with_capacity(self.delegations.len());
        for (k, d) in self.delegations.iter().enumerate() {
            let at = |field: &str, problem| RosterFileError::at(format!("delegations[{k}].{field}"), problem);
            let person = |field: &str, id: &str| {
                staff.get(id).copied().ok_or_else(|| at(field, P::UnknownStaff { id: id.to_owned() }))
            };
            let instructor = person("instructor", &d.instructor)?;
            let performer = person("performer", &d.performer)?;
            if instructor == performer {
                return Err(at("performer", P::SelfDelegation));
            }
            let place =
                *places.get(d.place.as_str()).ok_or_else(|| at("place", P::UnknownPlace { id: d.place.clone() }))?;
            if let Some((n, p)) = d.procedures.iter().enumerate().find(|(_, p)| !self.procedures.contains(p)) {
                return Err(at(&format!("procedures[{n}]"), P::NotAsked { procedure: p.code() }));
            }
            if d.through < d.from {
                return Err(at("through", P::EndsBeforeStart { from: d.from, through: d.through }));
            }
            let outside = P::OutsideRoster { from: self.from, through: self.through };
            if d.from < self.from {
                return Err(at("from", outside));
            }
            if d.through > self.through {
                return Err(at("through", outside));
            }
            delegated.push(crate::plan::roster::Delegated {
                instructor,
                performer,
                place,
                procedures: d.procedures.clone(),
                from: d.from,
                through: d.through,
                supervision: match (d.supervision, d.can_intervene) {
                    (Some(false), _) | (_, Some(false)) => Some(false),
                    (Some(true), Some(true)) => Some(true),
                    _ => None,
                },
            });
        }
        self.works = works;
        self.delegated = delegated;
        Ok(self)
    }

    pub(crate) fn schedule(&self) -> Schedule<'_> {
        Schedule {
            staff: self.staff.iter().map(|s| (s.id.as_str(), &s.professional)).collect(),
            places: self.places.iter().map(|p| (p.id.as_str(), p.context.clone())).collect(),
            procedures: &self.procedures,
            from: self.from,
            through: self.through,
            works: self.works.clone(),
            delegated: self.delegated.clone(),
        }
    }

    /// Plans the roster: every cell of a staff member at a place they work at, over the days they
    /// work there, equal to deciding every day; the coverage per place and procedure; and who may
    /// give the instruction where ([`Plan::instructors`]), counting only those who work there.
    pub fn plan(&self) -> Plan {
        self.schedule().plan()
    }

    /// What single missing thing would open the most cells, as [`Roster::gaps`](crate::Roster::gaps),
    /// each cell judged on the first day its person works at the place.
    pub fn gaps(&self) -> Vec<Gap> {
        let schedule = self.schedule();
        schedule.gaps(&schedule.teachers())
    }

    /// The labels in `lang`, each falling back to the entry's own label (for staff, then the
    /// professional's name), then to the id; a procedure's to its name in `lang`, a subdomain's to
    /// its code.
    pub fn labels_in(&self, lang: Lang) -> LabelsIn {
        let pick =
            |given: Option<&Label>, own: Option<&str>| given.and_then(|l| l.in_lang(lang)).or(own).map(str::to_owned);
        let staff = self
            .staff
            .iter()
            .map(|s| {
                let name = Some(s.professional.name()).filter(|n| !n.is_empty());
                let label = pick(self.labels.staff.get(&s.id), s.label.as_deref().or(name));
                (s.id.clone(), label.unwrap_or_else(|| s.id.clone()))
            })
            .collect();
        let places = self
            .places
            .iter()
            .map(|p| {
                (p.id.clone(), pick(self.labels.places.get(&p.id), p.label.as_deref()).unwrap_or_else(|| p.id.clone()))
            })
            .collect();
        let procedures = self
            .procedures
            .iter()
            .chain(self.labels.procedures.keys())
            .map(|p| (*p, pick(self.labels.procedures.get(p), None).unwrap_or_else(|| p.name(lang).to_owned())))
            .collect();
        let subdomains = self
            .places
            .iter()
            .filter_map(|p| p.context.subdomain())
            .chain(self.labels.subdomains.keys().copied())
            .map(|s| (s, pick(self.labels.subdomains.get(&s), None).unwrap_or_else(|| s.as_str().to_owned())))
            .collect();
        LabelsIn { places, staff, subdomains, procedures }
    }

    /// Per place and procedure, the first day fewer than its minimum may perform it
    /// independently, from the plan's coverage.
    fn shortfalls(&self, coverage: &[crate::plan::roster::Coverage]) -> Vec<Shortfall> {
        let places: HashMap<&str, &Place> = self.places.iter().map(|p| (p.id.as_str(), p)).collect();
        let mut out: Vec<Shortfall> = Vec::new();
        // The coverage runs place by place, procedure by procedure, each in day order: the first
        // short span of each pair is its shortfall.
        for c in coverage {
            let minimum = places.get(c.place.as_str()).map_or(1, |p| p.minimum_for(c.procedure));
            let listed = out.last().is_some_and(|s| s.place == c.place && s.procedure == c.procedure);
            if c.independent < minimum && !listed {
                out.push(Shortfall {
                    place: c.place.clone(),
                    procedure: c.procedure,
                    minimum,
                    from: c.from,
                    independent: c.independent,
                });
            }
        }
        out
    }

    /// The whole answer to a roster file, as `bevoegd plan` and `POST /v1/plan` give it: the plan,
    /// the gaps and the labels in `lang`, with the law table it was planned under.
    ///
    /// ```
    /// use bevoegd::{law, Date, Lang, Place, Procedure, RosterFile, StaffMember};
    ///
    /// let (nurse, ctx) = law::NURSE_INJECTION.example_case()?;
    /// let day = Date::new(2024, 1, 8)?;
    /// let roster = RosterFile::new(vec![StaffMember::new("e1", nurse)], vec![Place::new("ward", ctx)], vec![Procedure::Injection], day, day)?;
    /// let answer = roster.answer(Lang::En);
    /// assert_eq!(answer.labels.procedures[&Procedure::Injection], "injections");
    /// assert_eq!(answer.plan.cells.len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn answer(&self, lang: Lang) -> RosterAnswer {
        self.answer_inner(lang, None)
    }

    /// [`answer`](RosterFile::answer), with where each cell stands on each of its days
    /// ([`Cell::standing`](crate::Cell::standing)) for a risk window of `days`: a day the person
    /// may act is [`AtRisk`](crate::Standing::AtRisk) when from a day within the window on they
    /// may not (a competence record ends, the registration changes, ...), else
    /// [`OnSchedule`](crate::Standing::OnSchedule); a day they may not is
    /// [`Lapsed`](crate::Standing::Lapsed) when the denial names a competence record that ended or
    /// a registration struck off, else [`Never`](crate::Standing::Never). A window longer than
    /// [`MAX_RISK_WINDOW_DAYS`](crate::MAX_RISK_WINDOW_DAYS) is cut to it.
    ///
    /// ```
    /// use bevoegd::{law, Competence, Date, Lang, Period, Place, Procedure, Professional, RosterFile, StaffMember, Standing};
    ///
    /// let (nurse, ctx) = law::NURSE_INJECTION.example_case()?;
    /// let day = Date::new(2024, 1, 8)?;
    /// // Her competence record for injections ends on 2024-02-29.
    /// let valid = Period::new(Date::new(2020, 1, 1)?, Some(Date::new(2024, 2, 29)?))?;
    /// let nurse = Professional::builder("N")
    ///     .registration(nurse.registrations()[0].clone())
    ///     .competence(Competence { procedure: Procedure::Injection, subdomain: None, valid })
    ///     .build()?;
    /// let roster = RosterFile::new(vec![StaffMember::new("e1", nurse)], vec![Place::new("ward", ctx)], vec![Procedure::Injection], day, day)?;
    /// let answer = roster.answer_with_risk_window(Lang::En, 60);
    /// let standing = &answer.plan.cells[0].standing[0];
    /// assert_eq!((standing.standing, standing.changes_on), (Standing::AtRisk, Some(Date::new(2024, 3, 1)?)));
    /// // With a window of 30 days the end is not yet in sight.
    /// assert_eq!(roster.answer_with_risk_window(Lang::En, 30).plan.cells[0].standing[0].standing, Standing::OnSchedule);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn answer_with_risk_window(&self, lang: Lang, days: u32) -> RosterAnswer {
        self.answer_inner(lang, Some(days.min(crate::plan::standing::MAX_RISK_WINDOW_DAYS)))
    }

    fn answer_inner(&self, lang: Lang, window: Option<u32>) -> RosterAnswer {
        let schedule = self.schedule();
        let mut plan = schedule.plan();
        let shortfalls = self.shortfalls(&plan.coverage);
        if let Some(window) = window {
            for (cell, standing) in plan.cells.iter_mut().zip(schedule.standings(window)) {
                cell.standing = standing;
            }
        }
        let gaps = schedule.gaps(&schedule.teachers());
        RosterAnswer {
            lang,
            legal_basis_as_of: law::LEGAL_BASIS_AS_OF,
            law_fingerprint: law::fingerprint().to_owned(),
            plan,
            gaps,
            labels: self.labels_in(lang),
            renewals: crate::plan::renewal::renewals(&schedule, &shortfalls, &self.validity),
            shortfalls,
            staff_version: None,
        }
    }
}

/// A place and procedure short of its minimum: from `from` on, only `independent` may perform the
/// procedure there independently, fewer than `minimum`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Shortfall {
    /// The place id.
    pub place: String,
    /// The procedure.
    pub procedure: Procedure,
    /// How many the place needs.
    pub minimum: u32,
    /// The first day with fewer.
    pub from: Date,
    /// How many may on that day.
    pub independent: u32,
}

/// The answer to a roster file ([`RosterFile::answer`]).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize)]
#[non_exhaustive]
pub struct RosterAnswer {
    /// The language of the labels.
    pub lang: Lang,
    /// The day the law table was last checked against its sources.
    pub legal_basis_as_of: Date,
    /// The law table's fingerprint.
    pub law_fingerprint: String,
    /// The plan: every cell's spans, and the coverage.
    pub plan: Plan,
    /// What single missing thing would open the most cells, most first.
    pub gaps: Vec<Gap>,
    /// The labels in `lang`.
    pub labels: LabelsIn,
    /// Per place and procedure (in the roster's order), the first day on which fewer may perform
    /// it independently than the place's minimum ([`Place::minimum`], 1 when not said), with
    /// how many may; a place and procedure covered on every day is not listed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shortfalls: Vec<Shortfall>,
    /// Per shortfall, the one renewal of a competence record of someone working there that
    /// would move its first short day furthest (or away), when one would: the record renewed
    /// for as long again as it ran.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub renewals: Vec<crate::plan::renewal::Renewal>,
    /// The version of the held staff that filled the roster's members without a professional
    /// (`POST /v1/plan` on a service with `--staff`); absent when none was read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub staff_version: Option<String>,
}

impl TryFrom<RosterDraft> for RosterFile {
    type Error = RosterFileError;
    fn try_from(r: RosterDraft) -> Result<RosterFile, RosterFileError> {
        r.check()
    }
}

impl RosterDraft {
    /// The ids of the staff members without a professional (to be filled from a staff file).
    pub fn unfilled(&self) -> impl Iterator<Item = &str> {
        self.staff.iter().filter(|m| m.professional.is_none()).map(|m| m.id.as_str())
    }

    /// The roster file checked whole, as it is.
    ///
    /// # Errors
    ///
    /// As [`RosterFile::new`] and [`RosterFile::with_assignments`], naming the field; a staff
    /// member without a professional.
    pub fn check(self) -> Result<RosterFile, RosterFileError> {
        self.with_staff(Vec::new())
    }

    /// The roster file checked whole, its staff filled and extended from a staff file's members:
    /// a member without a professional takes the staff file's with the same id (and its label,
    /// when the roster gives none); the staff file's other members come after the roster's own.
    ///
    /// # Errors
    ///
    /// As [`RosterDraft::check`]; a member whose professional both the roster and the staff file
    /// give.
    pub fn with_staff(self, file: Vec<StaffMember>) -> Result<RosterFile, RosterFileError> {
        let r = self;
        let mut file: Vec<Option<StaffMember>> = file.into_iter().map(Some).collect();
        let mut staff = Vec::with_capacity(r.staff.len() + file.len());
        for (i, member) in r.staff.into_iter().enumerate() {
            let from_file =
                file.iter_mut().find(|m| m.as_ref().is_some_and(|m| m.id == member.id)).and_then(Option::take);
            let at = format!("staff[{i}].professional");
            let (professional, label) = match (member.professional, from_file) {
                (Some(professional), None) => (professional, member.label),
                (None, Some(m)) => (m.professional, member.label.or(m.label)),
                (Some(_), Some(_)) => return Err(RosterFileError::at(at, RosterProblem::GivenTwice)),
                (None, None) => return Err(RosterFileError::at(at, RosterProblem::NoProfessional)),
            };
            staff.push(StaffMember { id: member.id, label, professional });
        }
        staff.extend(file.into_iter().flatten());
        // The roster's own days first: no place can be dated before the law table's coverage.
        check_days(r.from, r.through)?;
        let places = r
            .places
            .into_iter()
            .enumerate()
            .map(|(j, p)| {
                let context = p
                    .context
                    .dated(r.from)
                    .map_err(|e| RosterFileError::inside(&format!("places[{j}].context"), &e))?;
                Ok(Place { id: p.id, label: p.label, context, minimum: p.minimum })
            })
            .collect::<Result<Vec<_>, RosterFileError>>()?;
        RosterFile {
            staff,
            places,
            procedures: r.procedures,
            from: r.from,
            through: r.through,
            assignments: r.assignments,
            labels: r.labels,
            delegations: r.delegations,
            validity: r.validity,
            works: Vec::new(),
            delegated: Vec::new(),
        }
        .checked()
    }
}

impl From<RosterFile> for RosterDraft {
    fn from(r: RosterFile) -> RosterDraft {
        RosterDraft {
            staff: r
                .staff
                .into_iter()
                .map(|m| RosterStaff { id: m.id, label: m.label, professional: Some(m.professional) })
                .collect(),
            places: r
                .places
                .iter()
                .map(|p| PlaceRepr {
                    id: p.id.clone(),
                    label: p.label.clone(),
                    context: UndatedContext::of(&p.context),
                    minimum: p.minimum.clone(),
                })
                .collect(),
            procedures: r.procedures,
            from: r.from,
            through: r.through,
            assignments: r.assignments,
            labels: r.labels,
            delegations: r.delegations,
            validity: r.validity,
        }
    }
}
