//! Layer 6, answers over many cells, built on the engine: who may among a staff
//! ([`who_may`](crate::who_may), [`Eligibility`](crate::Eligibility)), how long an answer holds
//! and where it changes ([`holds_until`](crate::holds_until), [`periods`](crate::periods)), and
//! a ward's plan over days ([`Roster`](crate::Roster)).

pub(crate) mod batch;
pub(crate) mod delegation;
pub(crate) mod instruction;
pub(crate) mod page;
pub(crate) mod renewal;
pub(crate) mod roster;
pub(crate) mod roster_file;
pub(crate) mod standing;
pub(crate) mod timeline;
