#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

mod batch;
mod context;
mod date;
mod decision;
mod engine;
mod error;
mod facts;
pub mod law;
mod procedure;
mod profession;
mod professional;
mod route;
mod subdomain;
mod wire;

pub use batch::{Eligibility, who_may};
pub use context::{Context, ContextBuilder, Instruction, Protocol};
pub use date::{Date, Period};
pub use decision::{Assessment, Decision, DecisionReport, Lang, OtherRoute, Outcome, Reason, Remedy, Unmet};
pub use engine::decide;
pub use error::{BigNumberError, DateError, Problem, SubdomainError, ValidationError};
pub use facts::{CaseFacts, DrugClass, DrugSet, FieldOfCare, Technique, TechniqueSet};
pub use procedure::{Act, Procedure, ProcedureSet};
pub use profession::{Profession, ProfessionKind, Qualification};
pub use professional::{
    BigNumber, Competence, Professional, ProfessionalBuilder, QualificationRecord, Registration, RegistrationStatus,
    RestrictionGround, StatusPeriod, StrikeOffGround, SuspensionGround,
};
pub use route::Route;
pub use subdomain::{SUBDOMAIN_MAX_LEN, Subdomain};
pub use wire::{AuditRecord, Request};
