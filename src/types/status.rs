//! The states a registration can be in over time, and the measures that put it there.

use serde::{Deserialize, Serialize};

use crate::types::date::{Date, Period};
use crate::types::procedure::ProcedureSet;

/// Why a suspension was imposed. The effect is the same for every ground: while suspended, the
/// person counts as not registered (Wet BIG art. 4 lid 3).
///
/// # Example
///
/// ```
/// use bevoegd::SuspensionGround;
///
/// assert_eq!(serde_json::from_str::<SuspensionGround>("\"provisional\"")?, SuspensionGround::Provisional);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(
    Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, strum::EnumIter, strum::EnumString, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum SuspensionGround {
    /// A disciplinary measure (art. 48 lid 1 onder d).
    Disciplinary,
    /// A provisional suspension pending a disciplinary case (art. 48 lid 8).
    Provisional,
    /// Unfitness (art. 80).
    Unfitness,
}

crate::text::deserialize_by_code!(SuspensionGround);

/// Why a registration was struck off (doorhaling).
///
/// # Example
///
/// ```
/// use bevoegd::{Lang, StrikeOffGround};
///
/// assert_eq!(StrikeOffGround::MissedReregistration.name(Lang::En), "for missed re-registration");
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(
    Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, strum::EnumIter, strum::EnumString, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum StrikeOffGround {
    /// At the person's own request (art. 7 onder b).
    OnRequest,
    /// A disciplinary measure (art. 48 lid 1 onder f; art. 7 onder d).
    Disciplinary,
    /// Unfitness (art. 80 lid 1 onder c).
    Unfitness,
    /// A foreign measure (art. 7 onder e).
    ForeignMeasure,
    /// No re-registration within the five-year period (art. 8 and the Besluit periodieke
    /// registratie Wet BIG).
    MissedReregistration,
}

crate::text::deserialize_by_code!(StrikeOffGround);

/// Why the authority of a registration is restricted ([`RegistrationStatus::Restricted`]).
///
/// # Example
///
/// ```
/// use bevoegd::RestrictionGround;
///
/// assert_eq!(serde_json::to_string(&RestrictionGround::ForeignMeasure)?, r#""foreign_measure""#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(
    Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, strum::EnumIter, strum::EnumString, strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RestrictionGround {
    /// An order restricting the authority to practise (bevel inhoudende een inperking van de
    /// bevoegdheid), noted in the register under Wet BIG art. 9 lid 1 onder a.
    Order,
    /// A foreign measure that partly took away the right to practise, noted under art. 9 lid 2;
    /// it applies in the Netherlands too (art. 9 lid 4).
    ForeignMeasure,
    /// A disciplinary partial withdrawal of the right to practise (gedeeltelijke ontzegging,
    /// art. 48 lid 1 onder e) that reaches a group of patients or a place, recorded as a
    /// [`ScopedRestriction`](crate::ScopedRestriction). One that withdraws whole procedures is
    /// [`RegistrationStatus::PartiallyWithdrawn`].
    PartialWithdrawal,
}

crate::text::deserialize_by_code!(RestrictionGround);

/// A registration's state during one status period.
///
/// Warnings, reprimands and fines do not affect authority and have no state here. A conditional
/// suspension ([`ConditionalSuspension`](RegistrationStatus::ConditionalSuspension)) has no effect
/// until the disciplinary court orders it executed (art. 48 lid 6), from which day the history
/// records [`Suspended`](RegistrationStatus::Suspended). `#[non_exhaustive]`: the law adds measures.
///
/// # Example
///
/// ```
/// use bevoegd::{ProcedureSet, Procedure, RegistrationStatus};
///
/// let withdrawn = RegistrationStatus::PartiallyWithdrawn { procedures: ProcedureSet::only(Procedure::Anaesthesia) };
/// assert_eq!(serde_json::to_string(&withdrawn)?, r#"{"partially_withdrawn":{"procedures":["anaesthesia"]}}"#);
/// assert_eq!(serde_json::to_string(&RegistrationStatus::ConditionalSuspension)?, r#""conditional_suspension""#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum RegistrationStatus {
    /// Registered, no restriction.
    Active,
    /// Registered but suspended: counts as not registered (art. 4 lid 3).
    Suspended {
        /// The ground of the suspension.
        ground: SuspensionGround,
    },
    /// Struck off (doorhaling): not registered.
    StruckOff {
        /// The ground of the strike-off.
        ground: StrikeOffGround,
    },
    /// Registered, with the authority for the named procedures withdrawn (gedeeltelijke
    /// ontzegging, art. 48 lid 1 onder e; noted under art. 9 lid 1 onder f).
    PartiallyWithdrawn {
        /// The withdrawn procedures.
        procedures: ProcedureSet,
    },
    /// Registered, with the authority bound to special conditions (binding aan bijzondere
    /// voorwaarden, art. 80 lid 1 onder a; noted under art. 9 lid 1 onder e): the registration
    /// authorises only an act the context asserts complies with them
    /// ([`CaseFact::RegistrationConditionsMet`](crate::CaseFact::RegistrationConditionsMet)).
    ConditionsImposed,
    /// Registered, with the authority for the named procedures restricted by an order or a
    /// foreign measure.
    Restricted {
        /// The restricted procedures.
        procedures: ProcedureSet,
        /// The ground.
        ground: RestrictionGround,
    },
    /// Registered, under a conditional suspension not (yet) executed (art. 48 lid 6): no effect on
    /// authority.
    ConditionalSuspension,
    /// A measure is on record for these days that could not be read (an importer met a register
    /// entry whose description it cannot place). Stricter, never more permissive: on these days
    /// the registration grants nothing (the routes that rest on it, independence and functional
    /// independence, are not open) until someone checks the register and records the measure.
    UnknownMeasure,
}

/// One status period of a registration.
///
/// # Example
///
/// ```
/// use bevoegd::{Date, StatusPeriod};
///
/// let p = StatusPeriod::active_from(Date::new(2015, 9, 1)?);
/// assert_eq!(serde_json::to_string(&p)?, r#"{"period":{"from":"2015-09-01"},"status":"active"}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusPeriod {
    /// The days the status holds.
    pub period: Period,
    /// The status.
    pub status: RegistrationStatus,
}

impl StatusPeriod {
    /// An active period from `from`, open-ended.
    pub const fn active_from(from: Date) -> StatusPeriod {
        StatusPeriod { period: Period::starting(from), status: RegistrationStatus::Active }
    }
}

crate::text::name_from_table! {
    /// Why the registration was struck off, as a phrase that follows the date.
    StrikeOffGround::name = STRIKE_OFF_GROUND;
}

crate::text::name_from_table! {
    /// How the authority was restricted, as a phrase that follows the procedure.
    RestrictionGround::name = RESTRICTION_GROUND;
}
