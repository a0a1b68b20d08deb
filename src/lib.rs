#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

// The layers, lowest first; a module imports only from the layers below it (the `layers` test
// checks this, and the README's design section names them in this order).
mod decision;
mod engine;
#[cfg(any(feature = "big-register", feature = "fhir"))]
pub mod import;
mod input;
mod io;
pub mod law;
mod plan;
mod text;
mod types;

#[cfg(feature = "big-register")]
pub use import::big_register;
#[cfg(feature = "fhir")]
pub use import::fhir;
#[cfg(feature = "json")]
pub use io::cases;
#[cfg(feature = "json")]
pub use io::chain;
#[cfg(feature = "serve")]
pub use io::decision_log;
#[cfg(feature = "json")]
pub use io::jsonl;
#[cfg(feature = "qualifications")]
pub use io::qualifications;
#[cfg(feature = "schema")]
pub use io::schema;
#[cfg(feature = "serve")]
pub use io::service;
#[cfg(feature = "json")]
pub use io::staff;

pub use decision::{
    Answer, Change, Decision, DecisionReport, HoldsUntil, Names, OtherRoute, Outcome, Reason, Remedy, Span, Unmet,
};
pub use engine::{PreparedContext, decide};
pub use input::context::{Context, ContextBuilder, Instruction, Protocol};
pub use input::error::{Problem, ValidationError, error_location};
pub use input::professional::{
    BigNumber, BigNumberError, Competence, Professional, ProfessionalBuilder, QualificationRecord, Registration,
};
pub use input::provenance::{GrantedBy, Provenance, SourceKind};
pub use io::wire::{AuditRecord, Request};
#[allow(deprecated)]
pub use plan::batch::who_may;
pub use plan::batch::{Eligibility, RosterTooLarge, who_may_answers};
pub use plan::instruction::{OnInstruction, Warning};
pub use plan::page::{MAX_PAGE_CELLS, PAGE_CSP, PageTooLarge};
pub use plan::renewal::Renewal;
pub use plan::roster::{
    Cell, Coverage, DelegatedDays, Gap, Instructors, MAX_ROSTER_CELLS, MAX_ROSTER_COLLEAGUE_PAIRS, Opened, Plan,
    Roster, RosterError, RosterSize, instructors,
};
pub use plan::roster_file::{
    Assignment, Delegation, Label, Labels, LabelsIn, Place, RosterAnswer, RosterDraft, RosterFile, RosterFileError,
    RosterProblem, Shortfall, StaffMember, Validity,
};
pub use plan::standing::{MAX_RISK_WINDOW_DAYS, Standing, StandingSpan};
pub use plan::timeline::{holds_until, periods};
pub use text::{Lang, QUOTE_MAX};
#[cfg(feature = "chrono")]
pub use types::convert::ChronoRange;
pub use types::date::{Date, DateError, Period};
pub use types::facts::{
    CaseFact, CaseFactSet, CaseFacts, DrugClass, DrugSet, FactValue, FieldOfCare, Stated, Technique, TechniqueSet,
};
pub use types::procedure::{Act, Procedure, ProcedureSet};
pub use types::profession::{Profession, ProfessionKind, Qualification};
pub use types::route::Route;
pub use types::scope::{
    PLACE_ID_MAX_LEN, PatientGroup, PatientGroups, PlaceId, PlaceIdError, RestrictionScope, ScopeKind,
    ScopedRestriction,
};
pub use types::status::{RegistrationStatus, RestrictionGround, StatusPeriod, StrikeOffGround, SuspensionGround};
pub use types::subdomain::{SUBDOMAIN_MAX_LEN, Subdomain, SubdomainError};
pub use types::training::{Training, TrainingError, TrainingKind};
