//! The conditions a rule can set, and a bitset of them.

use std::fmt;

use serde::{Deserialize, Serialize};
use strum::{EnumCount, EnumIter, IntoStaticStr};

/// One condition of a route to "may perform". The declaration order is the order in which unmet
/// conditions are reported, so two runs give byte-identical reasons.
///
/// # Example
///
/// ```
/// use bevoegd::law::{self, Condition};
///
/// let pa = &law::PHYSICIAN_ASSISTANT_INJECTION;
/// assert!(pa.all_conditions().contains(Condition::WithinTrainedSubdomain));
/// assert!(!law::PHYSICIAN_INJECTION.all_conditions().contains(Condition::Protocol));
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(
    Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, EnumIter, EnumCount, IntoStaticStr, Serialize, Deserialize,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
#[repr(u8)]
pub enum Condition {
    /// The registration (or title) is in force: registered, not suspended, not struck off, and the
    /// procedure not withdrawn.
    RegistrationInForce,
    /// The qualification the row needs (specialism, annotation, certificate) is held on the date.
    QualificationHeld,
    /// The act falls in the holder's field of care.
    WithinField,
    /// The act falls in the nurse specialist's own specialism.
    WithinSpecialism,
    /// The act falls in the subdomain the professional was trained in.
    WithinTrainedSubdomain,
    /// National guidelines and a local protocol derived from them cover the act.
    Protocol,
    /// Limited complexity.
    LimitedComplexity,
    /// Routine.
    Routine,
    /// Risks overseeable.
    RisksOverseeable,
    /// Part of a complex technical-medical act.
    ComplexTechnicalMedicalAct,
    /// Radiation-protection requirements met.
    RadiationRequirements,
    /// Diagnosis made by a physician.
    DiagnosisByPhysician,
    /// The drug is in the permitted class.
    DrugPermitted,
    /// The technique is one the row covers.
    TechniqueCovered,
    /// An instruction was given.
    Instructed,
    /// The instructor derives authority from art. 36/36a for the act.
    InstructorAuthorised,
    /// The instructor's directions were followed.
    DirectionsFollowed,
    /// The performer is competent.
    Competent,
}

impl fmt::Display for Condition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.into())
    }
}

crate::types::set::bitset! {
    /// A set of [`Condition`]s, one bit each; iterates in report order.
    ///
    /// # Example
    ///
    /// ```
    /// use bevoegd::law::{Condition, ConditionSet};
    ///
    /// let set = ConditionSet::of(&[Condition::Routine, Condition::Protocol]);
    /// assert_eq!(set.iter().collect::<Vec<_>>(), [Condition::Protocol, Condition::Routine]); // report order
    /// ```
    pub struct ConditionSet of Condition;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A condition displays as its wire code.
    #[test]
    fn a_condition_displays_as_its_code() {
        assert_eq!(Condition::WithinTrainedSubdomain.to_string(), "within_trained_subdomain");
        for c in <Condition as strum::IntoEnumIterator>::iter() {
            assert_eq!(c.to_string(), serde_json::to_value(c).unwrap_or_default().as_str().unwrap_or_default());
        }
    }
}
