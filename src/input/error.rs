//! Input errors. Deciding never fails; building or parsing its inputs can, and says exactly why.
//!
//! Messages are lowercase, have no final period, and quote the bad value in backticks.

use thiserror::Error;

use crate::types::date::{Date, Period};
use crate::types::facts::Technique;
use crate::types::procedure::{Act, Procedure};
use crate::types::profession::{Profession, Qualification};

/// A professional, context or request that is well-formed piece by piece but contradicts itself.
///
/// `path` names the field the way a JSON path would (`registrations[0].history[2]`), so the same
/// error points at the same place whether the value was built in Rust or parsed from JSON.
///
/// # Example
///
/// ```
/// use bevoegd::{Date, Problem, Profession, Professional, Registration};
///
/// let since = Date::new(2015, 1, 1)?;
/// let twice = Professional::builder("A")
///     .registration(Registration::active_from(Profession::Physician, since))
///     .registration(Registration::active_from(Profession::Physician, since))
///     .build()
///     .unwrap_err();
/// assert_eq!(twice.path, "registrations[1]");
/// assert_eq!(twice.problem, Problem::DuplicateRegistration { profession: Profession::Physician });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Debug, Error)]
#[error("`{path}`: {problem}")]
pub struct ValidationError {
    /// Where the problem is.
    pub path: String,
    /// What is wrong.
    pub problem: Problem,
}

/// The path of an input error, naming the field itself, and its message.
///
/// A deserializer that tracks paths (such as `serde_path_to_error` over `serde_json`) reports
/// where the value that failed to build starts: for a [`ValidationError`] that is the enclosing
/// value, and the error's own `path` (inside the message as `` `path`: ``) says which field in it
/// is wrong. This joins the two, so `professional.registrations[0]` with the message
/// `` `history[1]`: status period ... overlaps ... `` becomes
/// `professional.registrations[0].history[1]` with `status period ... overlaps ...`. Other
/// messages pass through unchanged. `outer` may be `.` or empty for the root.
///
/// ```
/// let (path, message) = bevoegd::error_location("context", "`date`: date `2009-01-01` is before `2010-11-01`, the first day the law table covers");
/// assert_eq!(path, "context.date");
/// assert!(message.starts_with("date `2009-01-01` is before"));
/// assert_eq!(bevoegd::error_location(".", "`context.technique`: x").0, "context.technique");
/// assert_eq!(bevoegd::error_location("procedure", "unknown variant `x`").0, "procedure");
/// ```
pub fn error_location(outer: &str, message: &str) -> (String, String) {
    let inner = message
        .strip_prefix('`')
        .and_then(|rest| rest.split_once("`: "))
        .filter(|(path, _)| !path.is_empty() && !path.contains(' '));
    match inner {
        Some((path, rest)) => {
            let joined = match outer {
                "" | "." => path.to_owned(),
                _ if path.starts_with('[') => format!("{outer}{path}"),
                _ => format!("{outer}.{path}"),
            };
            (joined, rest.to_owned())
        }
        None => (if outer.is_empty() { ".".to_owned() } else { outer.to_owned() }, message.to_owned()),
    }
}

impl ValidationError {
    pub(crate) fn at(path: impl Into<String>, problem: Problem) -> ValidationError {
        ValidationError { path: path.into(), problem }
    }
}

/// What is wrong with an input; see [`ValidationError`].
///
/// # Example
///
/// ```
/// use bevoegd::Problem;
///
/// assert_eq!(Problem::EmptyHistory.to_string(), "a registration needs at least one status period");
/// ```
#[derive(Clone, PartialEq, Eq, Debug, Error)]
#[non_exhaustive]
pub enum Problem {
    /// A registration without any status period.
    #[error("a registration needs at least one status period")]
    EmptyHistory,
    /// Two status periods of one registration share a day.
    #[error("status period `{first}` overlaps status period `{second}`")]
    OverlappingStatus {
        /// One period.
        first: Period,
        /// The other.
        second: Period,
    },
    /// Two registrations for one profession.
    #[error("profession `{profession}` is registered twice; put every status in one history")]
    DuplicateRegistration {
        /// The profession.
        profession: Profession,
    },
    /// A qualification without the registration it sits on.
    #[error("qualification `{qualification}` needs a `{base}` registration")]
    QualificationWithoutBase {
        /// The qualification.
        qualification: Qualification,
        /// The registration it needs.
        base: Profession,
    },
    /// Two records of one qualification share a day.
    #[error("qualification `{qualification}` period `{first}` overlaps `{second}`")]
    OverlappingQualification {
        /// The qualification.
        qualification: Qualification,
        /// One period.
        first: Period,
        /// The other.
        second: Period,
    },
    /// A partial withdrawal that withdraws nothing.
    #[error("a partial withdrawal must name at least one procedure")]
    EmptyWithdrawal,
    /// A restriction by patient group or place whose `procedures` list is empty.
    #[error("a restriction's `procedures`, when given, must name at least one procedure (leave it out for all)")]
    EmptyRestriction,
    /// A `restricted` status on the ground of a partial withdrawal: that is a
    /// `partially_withdrawn` status (or, for part of the practice, a scoped restriction).
    #[error(
        "record a partial withdrawal of whole procedures as `partially_withdrawn`, and one that reaches a group of patients or a place under `restrictions`"
    )]
    WithdrawalAsRestriction,
    /// A case fact given in `facts` that is read from another field of the context.
    #[error("`{fact}` is read from the context's `{field}`, not stated as a fact")]
    DerivedFact {
        /// The fact.
        fact: crate::types::facts::CaseFact,
        /// The field it is read from.
        field: &'static str,
    },
    /// A protocol that covers no procedure.
    #[error("a protocol must cover at least one procedure")]
    EmptyProtocol,
    /// The date is before the law table's first day.
    #[error("date `{date}` is before `{coverage_start}`, the first day the law table covers")]
    BeforeCoverage {
        /// The date asked about.
        date: Date,
        /// The first day of the table.
        coverage_start: Date,
    },
    /// The context names a technique of another procedure than the one asked about.
    #[error("technique `{technique}` is a form of `{technique_procedure}`, not of `{act}`")]
    TechniqueMismatch {
        /// The technique in the context.
        technique: Technique,
        /// The procedure it belongs to.
        technique_procedure: Procedure,
        /// What was asked about.
        act: Act,
    },
    /// A register record that starts before the register opened, beside a record of the
    /// experiment's title: the title covers the days before, the register only those from it.
    #[error("the `{profession}` register opened on `{opened}`; record the days before as the experiment title")]
    RegisterBeforeOpening {
        /// The register profession.
        profession: Profession,
        /// The day the register opened.
        opened: Date,
    },
    /// An experiment title record that starts when the experiment was already over.
    #[error(
        "the `{profession}` title of the experiment was no longer given from `{register_opened}`, when the register opened"
    )]
    TitleAfterExperiment {
        /// The experiment title.
        profession: Profession,
        /// The day the register opened (the experiment ended the day before).
        register_opened: Date,
    },
    /// More records of one kind than a professional can hold.
    #[error("more than {max} records")]
    TooManyRecords {
        /// The most there may be.
        max: usize,
    },
    /// A training record that contradicts itself.
    #[error(transparent)]
    Training(#[from] crate::types::training::TrainingError),
    /// A context's `specialism` that is not a nurse-specialist category.
    #[error("`{qualification}` is not a nurse-specialist category")]
    NotASpecialism {
        /// The qualification given.
        qualification: Qualification,
    },
}
