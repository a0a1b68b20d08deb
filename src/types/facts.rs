//! The facts of a concrete case that the law makes conditions: the field of care, the drug, the
//! technique, and the case facts a rule asks for.

use std::fmt;

use serde::{Deserialize, Serialize};
use strum::{EnumCount, EnumIter, EnumString, IntoStaticStr};

use crate::types::procedure::Procedure;

/// The field of care (deskundigheidsgebied) in which an act happens.
///
/// Dentists act within dentistry (Wet BIG art. 21), midwives within obstetrics (art. 31 with the
/// Besluit opleidingseisen en deskundigheidsgebied verloskundige 2008); physicians' field is the
/// whole of medicine (art. 19). Exhaustive: the law has these three fields for the professions with
/// a field limit in art. 36.
///
/// # Example
///
/// ```
/// use bevoegd::FieldOfCare;
///
/// assert_eq!("dentistry".parse::<FieldOfCare>()?, FieldOfCare::Dentistry);
/// assert_eq!(FieldOfCare::Obstetrics.name(bevoegd::Lang::Nl), "verloskunde");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, EnumIter, EnumCount, EnumString, IntoStaticStr, Serialize)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum FieldOfCare {
    /// Geneeskunst.
    Medicine,
    /// Tandheelkunst.
    Dentistry,
    /// Verloskunde.
    Obstetrics,
}

crate::text::deserialize_by_code!(FieldOfCare);

impl fmt::Display for FieldOfCare {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.into())
    }
}

/// The substance given or prescribed, as far as the law distinguishes substances.
///
/// Physicians, dentists, physician assistants and nurse specialists prescribe and inject without a
/// substance limit. Midwives prescribe, and prescribe and administer, only the medicines designated
/// for their field (Besluit opleidingseisen en deskundigheidsgebied verloskundige 2008 art. 5 lid 3
/// onder b; from 2014-09-01 the list of the Regeling nadere uitwerking deskundigheidsgebied
/// verloskundige 2008 art. 3 lid 1), inject local anaesthetics only when they contain no
/// epinephrine (art. 5 lid 3 onder c; Regeling art. 4) and give plasma or plasma substitutes,
/// oxytocin and ergot alkaloids intravenously in acute shock or postpartum haemorrhage (art. 5 lid
/// 3 onder o; Regeling art. 5). Designated nurses prescribe from one class each (Regeling
/// voorschrijfbevoegdheid verpleegkundigen arts. 3 and 7). `Other` is everything outside those
/// lists. `#[non_exhaustive]`: the lists change by decree.
///
/// # Example
///
/// ```
/// use bevoegd::{decide, law, DrugClass, Procedure};
///
/// let (midwife, ctx) = law::MIDWIFE_INJECTION.example_case()?;
/// let with = |d: DrugClass| ctx.to_builder().drug(d).build();
/// assert!(decide(&midwife, Procedure::Injection, &with(DrugClass::LocalAnaesthetic)?).is_independent());
/// assert!(!decide(&midwife, Procedure::Injection, &with(DrugClass::LocalAnaestheticWithEpinephrine)?).is_independent());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, EnumIter, EnumCount, EnumString, IntoStaticStr, Serialize)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
#[repr(u8)]
#[non_exhaustive]
pub enum DrugClass {
    /// Iron preparations (midwife list).
    Iron,
    /// Oxytocin (midwife list).
    Oxytocin,
    /// Ergot alkaloids (midwife list).
    ErgotAlkaloids,
    /// Anti-D immunoglobulin (midwife list).
    AntiDImmunoglobulin,
    /// Hepatitis B immunoglobulin (midwife list).
    HepatitisBImmunoglobulin,
    /// Hepatitis B vaccine (midwife list).
    HepatitisBVaccine,
    /// Vitamin K (midwife list).
    VitaminK,
    /// Medicinal oxygen (midwife list).
    MedicinalOxygen,
    /// A local anaesthetic that contains no epinephrine (adrenaline): the only kind a midwife may
    /// inject (Besluit opleidingseisen en deskundigheidsgebied verloskundige 2008 art. 5 lid 3
    /// onder c). Local anaesthetics are not on the midwife's prescribing list.
    LocalAnaesthetic,
    /// Blood-glucose-regulating medicines (diabetes nurse).
    BloodGlucoseRegulating,
    /// Inhaled medication (asthma/COPD nurse).
    InhaledMedication,
    /// Any other prescription-only medicine.
    Other,
    /// A local anaesthetic with epinephrine (adrenaline) added.
    LocalAnaestheticWithEpinephrine,
    /// The inhalation analgesic Relivopan (midwife list from 2014-09-01).
    InhalationAnalgesic,
    /// Oral contraceptives (midwife list from 2014-09-01).
    OralContraceptive,
    /// Hormonal intra-uterine devices (midwife list from 2014-09-01).
    HormonalIud,
    /// Every other hormonal contraceptive: implant, vaginal ring, injection, patch (midwife list
    /// from 2015-10-01).
    OtherHormonalContraceptive,
    /// Plasma or plasma substitutes, given intravenously (midwife, acute shock or postpartum
    /// haemorrhage).
    PlasmaSubstitute,
}

crate::text::deserialize_by_code!(DrugClass);

impl fmt::Display for DrugClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.into())
    }
}

crate::types::set::bitset! {
    /// A set of substances, one bit each.
    ///
    /// # Example
    ///
    /// ```
    /// use bevoegd::{DrugClass, DrugSet};
    ///
    /// let set = DrugSet::of(&[DrugClass::Oxytocin, DrugClass::VitaminK]);
    /// assert!(set.contains(DrugClass::VitaminK) && !set.contains(DrugClass::Iron));
    /// assert_eq!(set.len(), 2);
    /// ```
    pub struct DrugSet of DrugClass;
}

crate::types::set::serde_as_list!(DrugSet, DrugClass, "drug class");

/// The technique of an act, where the law narrows a procedure to one technique.
///
/// Functional independence (Besluit functionele zelfstandigheid arts. 2-4) and the registered
/// dental hygienist experiment cover only named techniques of a procedure: venepuncture, not any
/// puncture; bladder catheterisation in adults, not any catheterisation. The context carries the
/// technique; a rule that narrows checks it. Each technique belongs to one procedure
/// ([`Technique::procedure`]). `#[non_exhaustive]`: decrees add techniques.
///
/// # Example
///
/// ```
/// use bevoegd::{Procedure, Technique};
///
/// assert_eq!(Technique::Venepuncture.procedure(), Procedure::Puncture);
/// assert_eq!(Technique::Coniotomy.procedure(), Procedure::Surgery);
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, EnumIter, EnumCount, EnumString, IntoStaticStr, Serialize)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
#[repr(u8)]
#[non_exhaustive]
pub enum Technique {
    /// Subcutaneous injection.
    SubcutaneousInjection,
    /// Intramuscular injection.
    IntramuscularInjection,
    /// Intravenous injection.
    IntravenousInjection,
    /// Local anaesthesia by injection (dental).
    LocalAnaesthesiaInjection,
    /// Bladder catheterisation in an adult.
    BladderCatheterisationAdult,
    /// Bladder catheterisation in a child.
    BladderCatheterisationChild,
    /// Venepuncture.
    Venepuncture,
    /// Heel prick in a neonate.
    NeonatalHeelPrick,
    /// Drainage puncture of a tension pneumothorax.
    TensionPneumothoraxDrainage,
    /// Any other puncture.
    OtherPuncture,
    /// Coniotomy (a surgical act).
    Coniotomy,
    /// Treating primary caries by preparation for a plastic filling (a surgical act in dentistry).
    PrimaryCariesPreparation,
    /// Intraoral X-ray.
    IntraoralXray,
    /// Any other use of ionising radiation (panoramic, CBCT, ...).
    OtherRadiation,
}

crate::text::deserialize_by_code!(Technique);

impl Technique {
    /// The procedure this technique is a form of.
    pub const fn procedure(self) -> Procedure {
        match self {
            Technique::SubcutaneousInjection
            | Technique::IntramuscularInjection
            | Technique::IntravenousInjection
            | Technique::LocalAnaesthesiaInjection => Procedure::Injection,
            Technique::BladderCatheterisationAdult | Technique::BladderCatheterisationChild => {
                Procedure::Catheterisation
            }
            Technique::Venepuncture
            | Technique::NeonatalHeelPrick
            | Technique::TensionPneumothoraxDrainage
            | Technique::OtherPuncture => Procedure::Puncture,
            Technique::Coniotomy | Technique::PrimaryCariesPreparation => Procedure::Surgery,
            Technique::IntraoralXray | Technique::OtherRadiation => Procedure::IonisingRadiation,
        }
    }
}

impl fmt::Display for Technique {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.into())
    }
}

crate::types::set::bitset! {
    /// A set of techniques, one bit each.
    ///
    /// # Example
    ///
    /// ```
    /// use bevoegd::{Technique, TechniqueSet};
    ///
    /// let set = TechniqueSet::of(&[Technique::Venepuncture, Technique::NeonatalHeelPrick]);
    /// assert_eq!(set.iter().collect::<Vec<_>>(), [Technique::Venepuncture, Technique::NeonatalHeelPrick]);
    /// ```
    pub struct TechniqueSet of Technique;
}

crate::types::set::serde_as_list!(TechniqueSet, Technique, "technique");

/// A part of the act that a request either names or says is not known yet: the medicine
/// ([`DrugClass`]) or the technique ([`Technique`]) of an act planned before the case is known.
///
/// On the wire the code of the class or technique, or `"unknown"`. Left out, a context has no
/// medicine or technique (as before this type existed): an authority that depends on one is then
/// denied. `Unknown` makes such an answer conditional, naming the classes or techniques that
/// would permit ([`Unmet::DrugUnknown`](crate::Unmet::DrugUnknown),
/// [`Unmet::TechniqueUnknown`](crate::Unmet::TechniqueUnknown)).
///
/// # Example
///
/// ```
/// use bevoegd::{DrugClass, Stated};
///
/// let known: Stated<DrugClass> = serde_json::from_str(r#""oxytocin""#)?;
/// assert_eq!(known, Stated::Known(DrugClass::Oxytocin));
/// let unknown: Stated<DrugClass> = serde_json::from_str(r#""unknown""#)?;
/// assert_eq!(unknown, Stated::Unknown);
/// assert_eq!(serde_json::to_string(&unknown)?, r#""unknown""#);
/// assert_eq!(unknown.known(), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Stated<T> {
    /// Named.
    Known(T),
    /// Not known yet (`"unknown"`).
    Unknown,
}

impl<T: Copy> Stated<T> {
    /// The value, when known.
    pub const fn known(self) -> Option<T> {
        match self {
            Stated::Known(t) => Some(t),
            Stated::Unknown => None,
        }
    }

    /// Whether it is not known yet.
    pub const fn is_unknown(self) -> bool {
        matches!(self, Stated::Unknown)
    }
}

impl<T: Serialize> Serialize for Stated<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Stated::Known(t) => t.serialize(s),
            Stated::Unknown => s.serialize_str("unknown"),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Stated<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Stated<T>, D::Error> {
        // The codes of classes and techniques are strings, and none of them is `unknown`: the
        // string is read once, then the type's own reader names what it expects.
        struct Visitor<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Visitor<T> {
            type Value = Stated<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a code or `\"unknown\"`")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Stated<T>, E> {
                if v == "unknown" {
                    return Ok(Stated::Unknown);
                }
                T::deserialize(serde::de::value::StrDeserializer::<E>::new(v)).map(Stated::Known)
            }
        }
        d.deserialize_str(Visitor(std::marker::PhantomData))
    }
}

/// A fact of the case that the law makes a condition, asserted (or not) by the caller.
///
/// The law leaves these judgements to the professionals (is this act routine? are the risks
/// overseeable?), so the engine takes them as given. `#[non_exhaustive]`: a new fact is not a
/// breaking change. The code is the field name in the wire form of [`CaseFacts`].
///
/// # Example
///
/// ```
/// use bevoegd::CaseFact;
///
/// assert_eq!("routine".parse::<CaseFact>()?, CaseFact::Routine);
/// assert_eq!(CaseFact::RadiationRequirementsMet.to_string(), "radiation_requirements_met");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(
    Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, EnumIter, EnumCount, EnumString, IntoStaticStr, Serialize,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
#[repr(u8)]
#[non_exhaustive]
pub enum CaseFact {
    /// The act is of limited complexity (beperkte complexiteit).
    LimitedComplexity,
    /// The act is routine (routinematig).
    Routine,
    /// The risks of the act can be overseen (risico's te overzien).
    RisksOverseeable,
    /// The act is part of a complex technical-medical act (clinical technologist).
    ComplexTechnicalMedicalAct,
    /// The radiation-protection requirements under the Kernenergiewet are met (art. 36 lid 8).
    RadiationRequirementsMet,
    /// The diagnosis for the patient was made by a physician (nurse prescribing).
    DiagnosisByPhysician,
    /// The act complies with the special conditions the professional's registration is bound to
    /// (Wet BIG art. 80 lid 1 onder a); read only for a registration with
    /// [`ConditionsImposed`](crate::RegistrationStatus::ConditionsImposed).
    RegistrationConditionsMet,
    /// The register confirms the registration (the hospital looked it up); read only for a
    /// registration known from a source the register has not confirmed
    /// ([`Provenance::unconfirmed`](crate::Provenance)). Left out, it is not known: such a
    /// registration's answers are conditional on it.
    RegistrationConfirmed,
    /// The patient is outside every group a restriction of the registration names
    /// ([`ScopedRestriction`](crate::ScopedRestriction)). Not a request key: it is read from the
    /// context's `patient_groups`, and an answer that waits on it asks for them.
    PatientGroup,
    /// The act takes place where the registration's restrictions allow. Not a request key: it is
    /// read from the context's `place`, and an answer that waits on it asks for it.
    Place,
}

crate::text::deserialize_by_code!(CaseFact);

impl fmt::Display for CaseFact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.into())
    }
}

crate::types::set::bitset! {
    /// A set of case facts, one bit each.
    ///
    /// # Example
    ///
    /// ```
    /// use bevoegd::{CaseFact, CaseFactSet, CaseFacts};
    ///
    /// let facts = CaseFacts::established(CaseFactSet::of(&[CaseFact::Routine, CaseFact::RisksOverseeable]));
    /// assert!(facts.is_established(CaseFact::Routine) && !facts.is_established(CaseFact::LimitedComplexity));
    /// ```
    pub struct CaseFactSet of CaseFact;
}

/// What the caller says of one case fact. On the wire: `true`, `false` or `"unknown"`.
///
/// # Example
///
/// ```
/// use bevoegd::FactValue;
///
/// assert_eq!(serde_json::from_str::<FactValue>("\"unknown\"")?, FactValue::Unknown);
/// assert_eq!(serde_json::from_str::<FactValue>("true")?, FactValue::Established);
/// assert!(serde_json::from_str::<FactValue>("\"maybe\"").is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub enum FactValue {
    /// The fact holds for this act.
    Established,
    /// Not established: the default for a fact nobody asserted.
    #[default]
    NotEstablished,
    /// Not known yet (a schedule made before the case is known). A decision that turns on it
    /// says so instead of assuming either way.
    Unknown,
}

impl Serialize for FactValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            FactValue::Established => s.serialize_bool(true),
            FactValue::NotEstablished => s.serialize_bool(false),
            FactValue::Unknown => s.serialize_str("unknown"),
        }
    }
}

impl<'de> Deserialize<'de> for FactValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<FactValue, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = FactValue;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("`true`, `false` or `\"unknown\"`")
            }
            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<FactValue, E> {
                Ok(if v { FactValue::Established } else { FactValue::NotEstablished })
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<FactValue, E> {
                if v == "unknown" {
                    Ok(FactValue::Unknown)
                } else {
                    Err(E::invalid_value(serde::de::Unexpected::Str(v), &self))
                }
            }
        }
        d.deserialize_any(Visitor)
    }
}

/// The case facts of one act: which the caller establishes, and which are not known yet.
///
/// A fact not mentioned is not established: a rule that needs it denies with a reason naming it.
/// A fact marked unknown is neither: a decision that turns only on unknown facts says what would
/// have to hold. `Copy`, two bit sets.
///
/// ```
/// use bevoegd::{CaseFact, CaseFacts, FactValue};
///
/// let facts = CaseFacts::NONE.with(CaseFact::Routine).with_unknown(CaseFact::RisksOverseeable);
/// assert!(facts.is_established(CaseFact::Routine));
/// assert_eq!(facts.value(CaseFact::RisksOverseeable), FactValue::Unknown);
/// assert_eq!(facts.value(CaseFact::LimitedComplexity), FactValue::NotEstablished);
/// assert_eq!(serde_json::to_string(&facts)?, r#"{"routine":true,"risks_overseeable":"unknown"}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub struct CaseFacts {
    established: CaseFactSet,
    unknown: CaseFactSet,
}

impl CaseFacts {
    /// No fact established, none unknown.
    pub const NONE: CaseFacts = CaseFacts { established: CaseFactSet::EMPTY, unknown: CaseFactSet::EMPTY };
    /// Every fact a request states established (the facts read from other fields of the context,
    /// [`CaseFact::PatientGroup`] and [`CaseFact::Place`], are not stated).
    pub const ALL: CaseFacts = CaseFacts { established: STATED_FACTS, unknown: CaseFactSet::EMPTY };
    /// Every fact a request states unknown: a plan made before any patient's case is known, so
    /// that an answer resting on case facts comes out conditional.
    pub const UNKNOWN: CaseFacts = CaseFacts { established: CaseFactSet::EMPTY, unknown: STATED_FACTS };

    /// These facts established, the others not.
    pub const fn established(facts: CaseFactSet) -> CaseFacts {
        CaseFacts { established: facts, unknown: CaseFactSet::EMPTY }
    }

    /// These facts with `fact` established.
    #[must_use]
    pub const fn with(self, fact: CaseFact) -> CaseFacts {
        CaseFacts { established: self.established.with(fact), unknown: self.unknown.without(fact) }
    }

    /// These facts with `fact` not known.
    #[must_use]
    pub const fn with_unknown(self, fact: CaseFact) -> CaseFacts {
        CaseFacts { established: self.established.without(fact), unknown: self.unknown.with(fact) }
    }

    /// These facts with `fact` set to `value`.
    #[must_use]
    pub const fn set(self, fact: CaseFact, value: FactValue) -> CaseFacts {
        match value {
            FactValue::Established => self.with(fact),
            FactValue::Unknown => self.with_unknown(fact),
            FactValue::NotEstablished => {
                CaseFacts { established: self.established.without(fact), unknown: self.unknown.without(fact) }
            }
        }
    }

    /// Whether `fact` is established.
    #[inline]
    pub const fn is_established(self, fact: CaseFact) -> bool {
        self.established.contains(fact)
    }

    /// Whether `fact` is marked unknown.
    #[inline]
    pub const fn is_unknown(self, fact: CaseFact) -> bool {
        self.unknown.contains(fact)
    }

    /// What is said of `fact`.
    pub const fn value(self, fact: CaseFact) -> FactValue {
        if self.established.contains(fact) {
            FactValue::Established
        } else if self.unknown.contains(fact) {
            FactValue::Unknown
        } else {
            FactValue::NotEstablished
        }
    }

    /// The established facts.
    pub const fn established_set(self) -> CaseFactSet {
        self.established
    }

    /// The facts marked unknown.
    pub const fn unknown_set(self) -> CaseFactSet {
        self.unknown
    }
}

/// The wire form: one optional field per fact, `deny_unknown_fields`, so a misspelt fact is an
/// error that lists the accepted ones.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct CaseFactsRepr {
    #[serde(skip_serializing_if = "Option::is_none")]
    limited_complexity: Option<FactValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    routine: Option<FactValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    risks_overseeable: Option<FactValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    complex_technical_medical_act: Option<FactValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    radiation_requirements_met: Option<FactValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    diagnosis_by_physician: Option<FactValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    registration_conditions_met: Option<FactValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    registration_confirmed: Option<FactValue>,
}

impl CaseFactsRepr {
    fn slots(&mut self) -> [(CaseFact, &mut Option<FactValue>); 8] {
        [
            (CaseFact::LimitedComplexity, &mut self.limited_complexity),
            (CaseFact::Routine, &mut self.routine),
            (CaseFact::RisksOverseeable, &mut self.risks_overseeable),
            (CaseFact::ComplexTechnicalMedicalAct, &mut self.complex_technical_medical_act),
            (CaseFact::RadiationRequirementsMet, &mut self.radiation_requirements_met),
            (CaseFact::DiagnosisByPhysician, &mut self.diagnosis_by_physician),
            (CaseFact::RegistrationConditionsMet, &mut self.registration_conditions_met),
            (CaseFact::RegistrationConfirmed, &mut self.registration_confirmed),
        ]
    }
}

/// The facts read from other fields of the context, not from `facts`.
pub(crate) const DERIVED_FACTS: CaseFactSet = CaseFactSet::of(&[CaseFact::PatientGroup, CaseFact::Place]);

/// The facts a request states in `facts`.
const STATED_FACTS: CaseFactSet = CaseFactSet::ALL.difference(DERIVED_FACTS);

const _: () = assert!(<CaseFact as EnumCount>::COUNT == 8 + DERIVED_FACTS.len(), "add the new fact to CaseFactsRepr");

impl Serialize for CaseFacts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut repr = CaseFactsRepr::default();
        for (fact, slot) in repr.slots() {
            let value = self.value(fact);
            // Not established is the default and is left out, as a caller would write it.
            *slot = (value != FactValue::NotEstablished).then_some(value);
        }
        repr.serialize(s)
    }
}

impl<'de> Deserialize<'de> for CaseFacts {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<CaseFacts, D::Error> {
        let mut repr = CaseFactsRepr::deserialize(d)?;
        let mut facts = CaseFacts::NONE;
        for (fact, slot) in repr.slots() {
            facts = facts.set(fact, slot.unwrap_or_default());
        }
        Ok(facts)
    }
}

crate::text::name_from_table! {
    /// The fact's name in `lang`.
    ///
    /// ```
    /// use bevoegd::{CaseFact, Lang};
    ///
    /// assert_eq!(CaseFact::Routine.name(Lang::Nl), "routinematig");
    /// assert_eq!(CaseFact::Routine.name(Lang::En), "routine");
    /// ```
    CaseFact::name = CASE_FACT;
}

crate::text::name_from_table! {
    /// The field of care's name in `lang`.
    FieldOfCare::name = FIELD_OF_CARE;
}
crate::text::deprecated_names!(FieldOfCare);

crate::text::name_from_table! {
    /// The substance's name in `lang`.
    DrugClass::name = DRUG_CLASS;
}
crate::text::deprecated_names!(DrugClass);

crate::text::name_from_table! {
    /// The technique's name in `lang`.
    Technique::name = TECHNIQUE;
}
crate::text::deprecated_names!(Technique);

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn every_drug_class_and_technique_fits_a_set_bit() {
        let all = DrugSet::of(&DrugClass::iter().collect::<Vec<_>>());
        assert!(DrugClass::iter().all(|d| all.contains(d)));
        let some = TechniqueSet::of(&[Technique::Venepuncture]);
        assert!(Technique::iter().all(|t| some.contains(t) == (t == Technique::Venepuncture)));
    }
}
