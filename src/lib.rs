#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

mod batch;
#[cfg(feature = "big-register")]
pub mod big_register;
mod context;
mod convert;
mod date;
mod de;
mod decision;
mod engine;
mod error;
mod example_case;
mod facts;
#[cfg(feature = "fhir")]
pub mod fhir;
#[cfg(any(feature = "big-register", feature = "fhir"))]
pub mod import;
#[cfg(feature = "json")]
pub mod jsonl;
pub mod law;
mod procedure;
mod profession;
mod professional;
mod roster;
mod route;
#[cfg(feature = "schema")]
pub mod schema;
#[cfg(feature = "serve")]
pub mod service;
mod set;
mod status;
mod subdomain;
mod text;
mod timeline;
mod training;
mod wire;

pub use batch::{Eligibility, RosterTooLarge, who_may};
pub use context::{Context, ContextBuilder, Instruction, Protocol};
#[cfg(feature = "chrono")]
pub use convert::ChronoRange;
pub use date::{Date, DateError, Period};
pub use decision::{
    Change, Decision, DecisionReport, HoldsUntil, Lang, OtherRoute, Outcome, Reason, Remedy, Span, Unmet,
};
pub use engine::decide;
pub use error::{Problem, ValidationError, error_location};
pub use facts::{
    CaseFact, CaseFactSet, CaseFacts, DrugClass, DrugSet, FactValue, FieldOfCare, Technique, TechniqueSet,
};
pub use procedure::{Act, Procedure, ProcedureSet};
pub use profession::{Profession, ProfessionKind, Qualification};
pub use professional::{
    BigNumber, BigNumberError, Competence, Professional, ProfessionalBuilder, QualificationRecord, Registration,
};
pub use roster::{Cell, Coverage, Gap, Opened, Plan, Roster, RosterError, instructors};
pub use route::Route;
pub use status::{RegistrationStatus, RestrictionGround, StatusPeriod, StrikeOffGround, SuspensionGround};
pub use subdomain::{SUBDOMAIN_MAX_LEN, Subdomain, SubdomainError};
pub use text::QUOTE_MAX;
pub use timeline::{holds_until, periods};
pub use training::{Training, TrainingError, TrainingKind};
pub use wire::{AuditRecord, Request};
