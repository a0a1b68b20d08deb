//! Professions (who someone is in law) and the qualifications recorded on top of a registration.

use std::fmt;

use serde::{Deserialize, Serialize};
use strum::{EnumCount, EnumIter, EnumString, IntoStaticStr};

/// How the law knows a profession: a BIG register, the temporary register for an experiment, a
/// protected title without a register (art. 34, or an art. 36a experiment's), or a status with no
/// title at all (a student, an assistant) whose only route is an instruction.
///
/// # Example
///
/// ```
/// use bevoegd::{Profession, ProfessionKind};
///
/// assert_eq!(Profession::Nurse.kind(), ProfessionKind::Register);
/// assert_eq!(Profession::ClinicalTechnologistTitle.kind(), ProfessionKind::ExperimentTitle);
/// assert_eq!(Profession::MedicalStudent.kind(), ProfessionKind::Trainee);
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ProfessionKind {
    /// A register of Wet BIG art. 3: the person counts as the profession only while entered and not
    /// suspended (art. 4 lid 3 and 4).
    Register,
    /// The temporary register of Wet BIG art. 36b for an art. 36a experiment.
    TemporaryRegister,
    /// A training title protected under Wet BIG art. 34; no register.
    TrainingTitle,
    /// The title an art. 36a experiment gave to those who completed the designated training
    /// (art. 36a lid 3), before the profession had a register.
    ExperimentTitle,
    /// Someone in training or in a supporting role: no register, no title, no reserved procedure
    /// of their own; they act on the instruction of an authorised professional (art. 35, 38).
    Trainee,
}

/// A profession the law names.
///
/// Covers the art. 3 register professions, the art. 36b temporary register of the registered
/// dental hygienist experiment, and the art. 34 titles that have a route to reserved procedures
/// (dental hygienist, radiographers). It is `#[non_exhaustive]` because the law keeps adding
/// professions (the physician assistant in 2018, the clinical technologist in 2020, a bill for the
/// medical assistance practitioner is pending).
///
/// The physician assistant and the clinical technologist each have two records: the experiment's
/// title ([`PhysicianAssistantTitle`](Profession::PhysicianAssistantTitle),
/// [`ClinicalTechnologistTitle`](Profession::ClinicalTechnologistTitle); art. 36a lid 3 with the
/// temporary decrees' art. 3), which carried the experiment's designation, and the art. 3 register
/// entry from the day the register opened (2018-09-01 and 2020-07-01). A graduate who never
/// registered holds only the title and is not independently authorised after the experiment. An
/// older register record that starts before the register opened is read as the title up to that
/// day and the register entry from it ([`ProfessionalBuilder::build`](crate::ProfessionalBuilder::build)
/// records the split), so such records keep their meaning.
///
/// # Example
///
/// ```
/// use bevoegd::Profession;
///
/// let p: Profession = "clinical_technologist".parse()?;
/// assert_eq!(p.name(bevoegd::Lang::Nl), "klinisch technoloog");
/// assert_eq!(p.experiment_title(), Some(Profession::ClinicalTechnologistTitle));
/// assert_eq!(Profession::ClinicalTechnologistTitle.register_profession(), p);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(
    Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, EnumIter, EnumCount, EnumString, IntoStaticStr, Serialize,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Profession {
    /// Arts (art. 3).
    Physician,
    /// Tandarts (art. 3).
    Dentist,
    /// Verloskundige (art. 3).
    Midwife,
    /// Verpleegkundige (art. 3).
    Nurse,
    /// Physician assistant (art. 3 since 2018-09-01; experiment title 2012-2018).
    PhysicianAssistant,
    /// Klinisch technoloog (art. 3 since 2020-07-01; experiment title 2014-2020).
    ClinicalTechnologist,
    /// Apotheker (art. 3); no reserved procedure of art. 36.
    Pharmacist,
    /// Fysiotherapeut (art. 3); no reserved procedure of art. 36.
    Physiotherapist,
    /// Gezondheidszorgpsycholoog (art. 3); no reserved procedure of art. 36.
    HealthcarePsychologist,
    /// Psychotherapeut (art. 3); no reserved procedure of art. 36.
    Psychotherapist,
    /// Geregistreerd-mondhygiënist (art. 36b temporary register, 2020-07-01 to 2025-06-30).
    RegisteredDentalHygienist,
    /// Mondhygiënist (art. 34 title).
    DentalHygienist,
    /// Radiodiagnostisch laborant (art. 34 title).
    Radiographer,
    /// Radiotherapeutisch laborant (art. 34 title).
    RadiotherapyTechnician,
    /// The physician assistant title of the experiment (Tijdelijk besluit zelfstandige bevoegdheid
    /// physician assistant art. 3; Wet BIG art. 36a lid 3), 2012-01-01 to 2018-08-31.
    PhysicianAssistantTitle,
    /// The clinical technologist title of the experiment (Tijdelijk besluit zelfstandige
    /// bevoegdheid klinisch technoloog art. 3; Wet BIG art. 36a lid 3), 2014-01-01 to 2020-06-30.
    ClinicalTechnologistTitle,
    /// A medical student in the clinical phase (coassistent): acts on instruction (art. 35, 38).
    MedicalStudent,
    /// A student of clinical technology or technical medicine: acts on instruction (art. 35, 38).
    ClinicalTechnologyStudent,
    /// A registered nurse in training to become a nurse specialist (verpleegkundig specialist in
    /// opleiding): a nurse, without a nurse-specialist designation until entered in the specialist
    /// register (art. 14); acts as a nurse and on instruction.
    NurseSpecialistTrainee,
    /// A dental assistant (tandartsassistent): acts on the instruction of a dentist (art. 35, 38).
    DentalAssistant,
    /// A prevention assistant (preventieassistent) in dental care: acts on the instruction of a
    /// dentist (art. 35, 38).
    PreventionAssistant,
}

crate::text::deserialize_by_code!(Profession);

impl Profession {
    /// How the law knows this profession.
    pub const fn kind(self) -> ProfessionKind {
        match self {
            Profession::RegisteredDentalHygienist => ProfessionKind::TemporaryRegister,
            Profession::DentalHygienist | Profession::Radiographer | Profession::RadiotherapyTechnician => {
                ProfessionKind::TrainingTitle
            }
            Profession::PhysicianAssistantTitle | Profession::ClinicalTechnologistTitle => {
                ProfessionKind::ExperimentTitle
            }
            Profession::MedicalStudent
            | Profession::ClinicalTechnologyStudent
            | Profession::NurseSpecialistTrainee
            | Profession::DentalAssistant
            | Profession::PreventionAssistant => ProfessionKind::Trainee,
            _ => ProfessionKind::Register,
        }
    }

    /// The stable snake_case code.
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// For an experiment title, the register profession that succeeded it; otherwise itself.
    pub const fn register_profession(self) -> Profession {
        match self {
            Profession::PhysicianAssistantTitle => Profession::PhysicianAssistant,
            Profession::ClinicalTechnologistTitle => Profession::ClinicalTechnologist,
            other => other,
        }
    }

    /// For a register profession that succeeded an experiment, the experiment's title.
    pub const fn experiment_title(self) -> Option<Profession> {
        match self {
            Profession::PhysicianAssistant => Some(Profession::PhysicianAssistantTitle),
            Profession::ClinicalTechnologist => Some(Profession::ClinicalTechnologistTitle),
            _ => None,
        }
    }
}

impl fmt::Display for Profession {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A dated qualification recorded on top of a nurse's registration: a recognised specialism
/// (art. 14), a register annotation for prescribing (art. 5 lid 1, art. 36 lid 14 onder d), or the
/// ambulance-nurse certificate (Besluit functionele zelfstandigheid art. 1 onder b).
///
/// All of these belong to nurses ([`Qualification::base_profession`]); a qualification counts only
/// while the nurse registration is in force. `#[non_exhaustive]`: the minister designates new
/// categories by regulation.
///
/// # Example
///
/// ```
/// use bevoegd::{Profession, Qualification};
///
/// let q: Qualification = "nurse_specialist_general_healthcare".parse()?;
/// assert!(q.is_nurse_specialism());
/// assert_eq!(q.base_profession(), Profession::Nurse);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(
    Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, EnumIter, EnumCount, EnumString, IntoStaticStr, Serialize,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Qualification {
    /// Verpleegkundig specialist acute zorg bij somatische aandoeningen (designated until 2020-12-31).
    NurseSpecialistAcuteCare,
    /// Verpleegkundig specialist intensieve zorg bij somatische aandoeningen (until 2020-12-31).
    NurseSpecialistIntensiveCare,
    /// Verpleegkundig specialist chronische zorg bij somatische aandoeningen (until 2023-06-30).
    NurseSpecialistChronicCare,
    /// Verpleegkundig specialist preventieve zorg bij somatische aandoeningen (until 2023-06-30).
    NurseSpecialistPreventiveCare,
    /// Verpleegkundig specialist geestelijke gezondheidszorg (GGZ).
    NurseSpecialistMentalHealth,
    /// Verpleegkundig specialist algemene gezondheidszorg (AGZ), from 2021-01-01.
    NurseSpecialistGeneralHealthcare,
    /// Register annotation: diabetes nurse prescribing (Regeling voorschrijfbevoegdheid
    /// verpleegkundigen).
    DiabetesNursePrescribing,
    /// Register annotation: asthma/COPD nurse prescribing.
    AsthmaCopdNursePrescribing,
    /// Ambulance-nurse certificate (Besluit functionele zelfstandigheid art. 1 onder b, art. 3).
    AmbulanceNurse,
}

crate::text::deserialize_by_code!(Qualification);

impl Qualification {
    /// The registration a qualification sits on: always the nurse register.
    pub const fn base_profession(self) -> Profession {
        Profession::Nurse
    }

    /// Whether this is a nurse-specialist category (art. 14 recognised specialism).
    pub const fn is_nurse_specialism(self) -> bool {
        matches!(
            self,
            Qualification::NurseSpecialistAcuteCare
                | Qualification::NurseSpecialistIntensiveCare
                | Qualification::NurseSpecialistChronicCare
                | Qualification::NurseSpecialistPreventiveCare
                | Qualification::NurseSpecialistMentalHealth
                | Qualification::NurseSpecialistGeneralHealthcare
        )
    }

    /// The stable snake_case code.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

impl fmt::Display for Qualification {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

crate::text::name_from_table! {
    /// The profession's name in `lang`.
    Profession::name = PROFESSION;
}
crate::text::deprecated_names!(Profession);

crate::text::name_from_table! {
    /// The qualification's name in `lang`.
    Qualification::name = QUALIFICATION;
}
crate::text::deprecated_names!(Qualification);
