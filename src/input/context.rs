//! The concrete case: when and where the act happens, the protocols in force there, the case facts,
//! and the instruction if there is one.

use serde::{Deserialize, Serialize};

use crate::input::error::{Problem, ValidationError};
use crate::input::professional::Professional;
use crate::law::{COVERAGE_START, Condition, ConditionSet};
use crate::types::date::Date;
use crate::types::facts::{
    CaseFact, CaseFactSet, CaseFacts, DERIVED_FACTS, DrugClass, FactValue, FieldOfCare, Stated, Technique,
};
use crate::types::procedure::{Procedure, ProcedureSet};
use crate::types::profession::Qualification;
use crate::types::scope::{PatientGroups, PlaceId, Setting};
use crate::types::subdomain::Subdomain;

/// A local protocol derived from national guidelines, covering named procedures within one
/// subdomain.
///
/// Rules that demand "national guidelines, standards and the protocols derived from them"
/// (physician assistant, nurse specialist, clinical technologist, nurse prescribing) are met only
/// when a protocol in the context covers the procedure in the context's subdomain.
///
/// # Example
///
/// ```
/// use bevoegd::{Context, Date, FieldOfCare, Procedure, ProcedureSet, Protocol};
///
/// let ward = "cardiology".parse()?;
/// let protocol = Protocol { subdomain: ward, procedures: ProcedureSet::of(&[Procedure::Injection, Procedure::Puncture]) };
/// let ctx = Context::builder(Date::new(2025, 3, 3)?, FieldOfCare::Medicine).subdomain(ward).protocol(protocol).build()?;
/// assert!(ctx.has_protocol_for(Procedure::Puncture));
/// assert!(!ctx.has_protocol_for(Procedure::Surgery));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Protocol {
    /// The subdomain the protocol applies in.
    pub subdomain: Subdomain,
    /// The procedures it covers.
    pub procedures: ProcedureSet,
}

/// An instruction (opdracht) to perform the procedure: who gave it and how it is carried out
/// (Wet BIG art. 35 and 38).
///
/// # Example
///
/// ```
/// use bevoegd::{decide, law, Context, Date, FieldOfCare, Instruction, Procedure, Route};
///
/// // The example case of the nurse's functional independence for injections carries an instruction.
/// let (nurse, ctx) = law::NURSE_INJECTION.example_case()?;
/// let Some(instruction) = ctx.instruction() else { return Err("no instruction".into()) };
/// assert!(instruction.directions_followed && !instruction.supervision_ensured);
/// assert_eq!(decide(&nurse, Procedure::Injection, &ctx).route(), Some(Route::FunctionalIndependence));
/// // Directions not followed: the instruction no longer authorises.
/// let mut ins: Instruction = instruction.clone();
/// ins.directions_followed = false;
/// let ctx = ctx.to_builder().instruction(ins).build()?;
/// assert!(!decide(&nurse, Procedure::Injection, &ctx).is_permitted());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instruction {
    /// The professional who gave the instruction. They must derive authority from art. 36/36a for
    /// the procedure on the date, in this same context; they need not be competent themselves
    /// (art. 36 lid 15, second sentence, from 2011-07-01).
    pub instructor: Professional,
    /// Where the instructor gave directions (aanwijzingen), the performer followed them
    /// (art. 35 lid 1 onder c). `true` when no directions were given.
    pub directions_followed: bool,
    /// Supervision by the instructor and the possibility of intervention are ensured, or are not
    /// reasonably needed (art. 38 onder a). Functional independence does not need it (art. 39).
    pub supervision_ensured: bool,
}

/// The context of one act: the date, the setting, the protocols in force, the case facts, and the
/// route-relevant circumstances (emergency, professional or not, instruction).
///
/// Built with [`Context::builder`] or parsed from JSON; both validate, and both precompute which
/// procedures a protocol covers here so that deciding does not scan the protocol list.
///
/// ```
/// use bevoegd::{CaseFact, CaseFacts, Context, Date, FieldOfCare, Procedure, ProcedureSet, Protocol};
///
/// let ward = "cardiology".parse()?;
/// let ctx = Context::builder(Date::new(2025, 3, 14)?, FieldOfCare::Medicine)
///     .subdomain(ward)
///     .protocol(Protocol { subdomain: ward, procedures: ProcedureSet::only(Procedure::Catheterisation) })
///     .facts(CaseFacts::NONE.with(CaseFact::Routine))
///     .build()?;
/// assert!(ctx.has_protocol_for(Procedure::Catheterisation));
/// assert!(!ctx.has_protocol_for(Procedure::Puncture));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(try_from = "ContextRepr", into = "ContextRepr")]
pub struct Context {
    date: Date,
    field: FieldOfCare,
    subdomain: Option<Subdomain>,
    specialism: Option<Qualification>,
    /// Inline for the one protocol a context usually has: building one does not allocate.
    protocols: Protocols,
    facts: CaseFacts,
    drug: Option<Stated<DrugClass>>,
    technique: Option<Stated<Technique>>,
    emergency: bool,
    professional: bool,
    /// Boxed: an instruction carries a whole professional, which would make every context large
    /// (and copied) for the few that have one.
    instruction: Option<Box<Instruction>>,
    patient_groups: PatientGroups,
    /// Boxed, as the instruction: two strings most contexts do not carry.
    place: Option<Box<PlaceId>>,
    /// Precomputed: the procedures a protocol covers in `subdomain`.
    covered: ProcedureSet,
    /// Precomputed: the case-fact conditions this context does not establish.
    fact_gaps: ConditionSet,
}

/// The case facts that are row conditions, and the condition each one meets.
pub(crate) const FACT_CONDITIONS: [(CaseFact, Condition); 6] = [
    (CaseFact::LimitedComplexity, Condition::LimitedComplexity),
    (CaseFact::Routine, Condition::Routine),
    (CaseFact::RisksOverseeable, Condition::RisksOverseeable),
    (CaseFact::ComplexTechnicalMedicalAct, Condition::ComplexTechnicalMedicalAct),
    (CaseFact::RadiationRequirementsMet, Condition::RadiationRequirements),
    (CaseFact::DiagnosisByPhysician, Condition::DiagnosisByPhysician),
];

impl Condition {
    /// The case fact that meets this condition, for the six conditions a case fact meets: what a
    /// [`Remedy::CaseFact`](crate::Remedy::CaseFact) asks to be established.
    ///
    /// ```
    /// use bevoegd::law::Condition;
    /// use bevoegd::CaseFact;
    ///
    /// assert_eq!(Condition::Routine.case_fact(), Some(CaseFact::Routine));
    /// assert_eq!(Condition::Protocol.case_fact(), None);
    /// ```
    pub fn case_fact(self) -> Option<CaseFact> {
        FACT_CONDITIONS.iter().find(|(_, c)| *c == self).map(|(f, _)| *f)
    }
}

const fn yes() -> bool {
    true
}

#[allow(clippy::trivially_copy_pass_by_ref, reason = "serde's skip_serializing_if passes a reference")]
fn is_true(b: &bool) -> bool {
    *b
}

#[allow(clippy::trivially_copy_pass_by_ref, reason = "serde's skip_serializing_if passes a reference")]
fn no_groups(g: &PatientGroups) -> bool {
    g.is_unknown()
}

/// The wire form of a context, and of a context without its date (a place's in a roster): one
/// list of fields for both, so that the two cannot drift apart.
macro_rules! context_form {
    ($(#[$meta:meta])* $vis:vis struct $name:ident { $($date:tt)* }) => {
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[derive(Clone, Serialize, Deserialize)]
        #[serde(deny_unknown_fields)]
        $(#[$meta])*
        $vis struct $name {
            $($date)*
            field: FieldOfCare,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            subdomain: Option<Subdomain>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            specialism: Option<Qualification>,
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            protocols: Vec<Protocol>,
            #[serde(default)]
            facts: CaseFacts,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            drug: Option<Stated<DrugClass>>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            technique: Option<Stated<Technique>>,
            #[serde(default, skip_serializing_if = "std::ops::Not::not")]
            emergency: bool,
            #[serde(default = "yes", skip_serializing_if = "is_true")]
            professional: bool,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            instruction: Option<Instruction>,
            /// What is said of the patient's membership of the groups a registration's
            /// restriction can name; a group left out is not known.
            #[serde(default, skip_serializing_if = "no_groups")]
            patient_groups: PatientGroups,
            /// Where the act takes place, for a registration restricted by place.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            place: Option<PlaceId>,
        }

        impl $name {
            /// The context these fields give on `date`.
            fn on(self, date: Date) -> Result<Context, ValidationError> {
                ContextBuilder {
                    date,
                    field: self.field,
                    subdomain: self.subdomain,
                    specialism: self.specialism,
                    protocols: Protocols::from_vec(self.protocols),
                    facts: self.facts,
                    drug: self.drug,
                    technique: self.technique,
                    emergency: self.emergency,
                    professional: self.professional,
                    instruction: self.instruction.map(Box::new),
                    patient_groups: self.patient_groups,
                    place: self.place.map(Box::new),
                }
                .build()
            }
        }
    };
}

/// Fills a wire form from a context: its fields, and `date` when the form has one.
macro_rules! context_form_of {
    ($name:ident, $c:expr, $($date:tt)*) => {{
        let c: Context = $c;
        $name {
            $($date)*
            field: c.field,
            subdomain: c.subdomain,
            specialism: c.specialism,
            protocols: c.protocols.into_vec(),
            facts: c.facts,
            drug: c.drug,
            technique: c.technique,
            emergency: c.emergency,
            professional: c.professional,
            instruction: c.instruction.map(|i| *i),
            patient_groups: c.patient_groups,
            place: c.place.map(|p| *p),
        }
    }};
}

context_form! {
    struct ContextRepr { date: Date, }
}

context_form! {
    /// A context without its date: the setting of a place in a roster file, whose days the roster
    /// sets. A `date` in it is an error saying so.
    #[cfg_attr(feature = "schema", schemars(rename = "PlaceContext"))]
    pub(crate) struct UndatedContext {
        #[serde(default, skip_serializing, deserialize_with = "no_date")]
        #[cfg_attr(feature = "schema", schemars(skip))]
        #[allow(dead_code, reason = "only there to refuse a date with a message saying why")]
        date: Option<Date>,
    }
}

/// Refuses a date where the days are set elsewhere.
fn no_date<'de, D: serde::Deserializer<'de>>(_: D) -> Result<Option<Date>, D::Error> {
    Err(serde::de::Error::custom("a place's context has no date: the roster's `from` and `through` set the days"))
}

impl UndatedContext {
    /// The place's context on `date`.
    pub(crate) fn dated(self, date: Date) -> Result<Context, ValidationError> {
        self.on(date)
    }

    /// A context's fields but its date.
    pub(crate) fn of(c: &Context) -> UndatedContext {
        context_form_of!(UndatedContext, c.clone(), date: None,)
    }
}

impl TryFrom<ContextRepr> for Context {
    type Error = ValidationError;
    fn try_from(r: ContextRepr) -> Result<Context, ValidationError> {
        let date = r.date;
        r.on(date)
    }
}

impl From<Context> for ContextRepr {
    fn from(c: Context) -> ContextRepr {
        let date = c.date;
        context_form_of!(ContextRepr, c, date,)
    }
}

/// A context's protocols: none, one inline, or several on the heap.
#[derive(Clone, PartialEq, Eq, Debug)]
enum Protocols {
    None,
    One(Protocol),
    Many(Vec<Protocol>),
}

impl Protocols {
    fn from_vec(mut v: Vec<Protocol>) -> Protocols {
        match v.len() {
            0 => Protocols::None,
            1 => v.pop().map_or(Protocols::None, Protocols::One),
            _ => Protocols::Many(v),
        }
    }

    #[inline]
    fn push(&mut self, p: Protocol) {
        match self {
            Protocols::None => *self = Protocols::One(p),
            Protocols::One(a) => {
                let first = *a;
                *self = Protocols::Many(vec![first, p]);
            }
            Protocols::Many(v) => v.push(p),
        }
    }

    fn as_slice(&self) -> &[Protocol] {
        match self {
            Protocols::None => &[],
            Protocols::One(p) => std::slice::from_ref(p),
            Protocols::Many(v) => v,
        }
    }

    fn into_vec(self) -> Vec<Protocol> {
        match self {
            Protocols::None => Vec::new(),
            Protocols::One(p) => vec![p],
            Protocols::Many(v) => v,
        }
    }
}

/// Builds a [`Context`]; see [`Context::builder`].
///
/// # Example
///
/// ```
/// use bevoegd::{CaseFact, CaseFacts, Context, Date, FieldOfCare};
///
/// let ctx = Context::builder(Date::new(2025, 3, 3)?, FieldOfCare::Medicine)
///     .subdomain("cardiology".parse()?)
///     .facts(CaseFacts::NONE.with(CaseFact::Routine))
///     .build()?;
/// assert_eq!(ctx.to_builder().build()?, ctx);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
#[must_use]
pub struct ContextBuilder {
    date: Date,
    field: FieldOfCare,
    subdomain: Option<Subdomain>,
    specialism: Option<Qualification>,
    protocols: Protocols,
    facts: CaseFacts,
    drug: Option<Stated<DrugClass>>,
    technique: Option<Stated<Technique>>,
    emergency: bool,
    professional: bool,
    instruction: Option<Box<Instruction>>,
    patient_groups: PatientGroups,
    place: Option<Box<PlaceId>>,
}

impl ContextBuilder {
    /// The date of the act.
    #[inline]
    pub fn date(mut self, d: Date) -> Self {
        self.date = d;
        self
    }

    /// The field of care.
    #[inline]
    pub fn field(mut self, f: FieldOfCare) -> Self {
        self.field = f;
        self
    }

    /// Removes the technique.
    #[inline]
    pub fn no_technique(mut self) -> Self {
        self.technique = None;
        self
    }

    /// The subdomain where the act happens.
    #[inline]
    pub fn subdomain(mut self, s: Subdomain) -> Self {
        self.subdomain = Some(s);
        self
    }

    /// The nurse-specialist category whose sub-area the act falls in (only nurse specialisms).
    #[inline]
    pub fn specialism(mut self, q: Qualification) -> Self {
        self.specialism = Some(q);
        self
    }

    /// Adds a protocol in force.
    #[inline]
    pub fn protocol(mut self, p: Protocol) -> Self {
        self.protocols.push(p);
        self
    }

    /// The case facts.
    #[inline]
    pub fn facts(mut self, f: CaseFacts) -> Self {
        self.facts = f;
        self
    }

    /// The class of the medicine, when prescribing.
    #[inline]
    pub fn drug(mut self, d: DrugClass) -> Self {
        self.drug = Some(Stated::Known(d));
        self
    }

    /// The medicine is not known yet (`"drug": "unknown"`): an answer that depends on it is
    /// conditional, naming the classes that would permit.
    ///
    /// ```
    /// use bevoegd::{decide, law, DrugClass, Outcome, Procedure};
    ///
    /// let (midwife, ctx) = law::MIDWIFE_INJECTION.example_case()?;
    /// let planned = ctx.to_builder().drug_unknown().build()?;
    /// let d = decide(&midwife, Procedure::Injection, &planned);
    /// assert_eq!(d.outcome(), Outcome::Conditional);
    /// assert!(d.required_drugs().contains(DrugClass::LocalAnaesthetic));
    /// assert!(!d.required_drugs().contains(DrugClass::LocalAnaestheticWithEpinephrine));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub fn drug_unknown(mut self) -> Self {
        self.drug = Some(Stated::Unknown);
        self
    }

    /// Removes the medicine.
    #[inline]
    pub fn no_drug(mut self) -> Self {
        self.drug = None;
        self
    }

    /// The technique of the act, where the law narrows a procedure to one.
    #[inline]
    pub fn technique(mut self, t: Technique) -> Self {
        self.technique = Some(Stated::Known(t));
        self
    }

    /// The technique is not known yet (`"technique": "unknown"`): an answer that depends on it is
    /// conditional, naming the techniques that would permit.
    ///
    /// ```
    /// use bevoegd::{decide, law, Outcome, Procedure, Technique};
    ///
    /// let (nurse, ctx) = law::NURSE_PUNCTURE.example_case()?;
    /// let planned = ctx.to_builder().technique_unknown().build()?;
    /// let d = decide(&nurse, Procedure::Puncture, &planned);
    /// assert_eq!(d.outcome(), Outcome::Conditional);
    /// assert!(d.required_techniques().contains(Technique::Venepuncture));
    /// assert!(!d.required_techniques().contains(Technique::TensionPneumothoraxDrainage));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub fn technique_unknown(mut self) -> Self {
        self.technique = Some(Stated::Unknown);
        self
    }

    /// A genuine emergency (noodzaak, art. 35).
    #[inline]
    pub fn emergency(mut self, yes: bool) -> Self {
        self.emergency = yes;
        self
    }

    /// Whether the act is done professionally (beroepsmatig, art. 35); `true` unless set.
    #[inline]
    pub fn professional(mut self, yes: bool) -> Self {
        self.professional = yes;
        self
    }

    /// The instruction under which the act is done.
    #[inline]
    pub fn instruction(mut self, i: Instruction) -> Self {
        self.instruction = Some(Box::new(i));
        self
    }

    /// What is said of the patient's groups, for a registration restricted by patient group
    /// ([`ScopedRestriction`](crate::ScopedRestriction)); a group not said is not known.
    #[inline]
    pub fn patient_groups(mut self, g: PatientGroups) -> Self {
        self.patient_groups = g;
        self
    }

    /// Where the act takes place, for a registration restricted by place.
    #[inline]
    pub fn place(mut self, p: PlaceId) -> Self {
        self.place = Some(Box::new(p));
        self
    }

    /// Checks and builds the context.
    ///
    /// # Errors
    ///
    /// [`ValidationError`] when the date is before [`COVERAGE_START`], `specialism` is not a
    /// nurse-specialist category, a protocol covers no procedure, or `facts` states a fact read
    /// from another field ([`CaseFact::PatientGroup`], [`CaseFact::Place`]).
    ///
    /// # Example
    ///
    /// ```
    /// use bevoegd::{Context, Date, FieldOfCare, Qualification};
    ///
    /// let early = Context::builder(Date::new(2009, 1, 1)?, FieldOfCare::Medicine).build();
    /// assert_eq!(early.unwrap_err().path, "date");
    /// let not_a_specialism = Context::builder(Date::new(2025, 1, 1)?, FieldOfCare::Medicine)
    ///     .specialism(Qualification::AmbulanceNurse)
    ///     .build();
    /// assert_eq!(not_a_specialism.unwrap_err().path, "specialism");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub fn build(self) -> Result<Context, ValidationError> {
        // Taken apart, not copied whole: the builder is moved once, field by field.
        let ContextBuilder {
            date,
            field,
            subdomain,
            specialism,
            mut protocols,
            facts,
            drug,
            technique,
            emergency,
            professional,
            instruction,
            patient_groups,
            place,
        } = self;
        if date < COVERAGE_START {
            return Err(ValidationError::at("date", Problem::BeforeCoverage { date, coverage_start: COVERAGE_START }));
        }
        if let Some(q) = specialism
            && !q.is_nurse_specialism()
        {
            return Err(ValidationError::at("specialism", Problem::NotASpecialism { qualification: q }));
        }
        for fact in DERIVED_FACTS.iter() {
            if facts.value(fact) != FactValue::NotEstablished {
                let field = if fact == CaseFact::Place { "place" } else { "patient_groups" };
                return Err(ValidationError::at(format!("facts.{fact}"), Problem::DerivedFact { fact, field }));
            }
        }
        for (i, p) in protocols.as_slice().iter().enumerate() {
            if p.procedures.is_empty() {
                return Err(ValidationError::at(format!("protocols[{i}]"), Problem::EmptyProtocol));
            }
        }
        if let Protocols::Many(mut v) = protocols {
            v.sort_by_key(|p| (p.subdomain, p.procedures));
            v.dedup();
            // Duplicates removed, one may be left: the same context in its one form.
            protocols = Protocols::from_vec(v);
        }
        let covered = protocols
            .as_slice()
            .iter()
            .filter(|p| Some(p.subdomain) == subdomain)
            .fold(ProcedureSet::EMPTY, |acc, p| acc.union(p.procedures));
        let fact_gaps = FACT_CONDITIONS
            .iter()
            .filter(|(fact, _)| !facts.is_established(*fact))
            .fold(ConditionSet::EMPTY, |acc, (_, c)| acc.with(*c));
        Ok(Context {
            date,
            field,
            subdomain,
            specialism,
            protocols,
            facts,
            drug,
            technique,
            emergency,
            professional,
            instruction,
            patient_groups,
            place,
            covered,
            fact_gaps,
        })
    }
}

impl Context {
    /// Starts a context on `date` in `field`; everything else is optional.
    #[inline]
    pub fn builder(date: Date, field: FieldOfCare) -> ContextBuilder {
        ContextBuilder {
            date,
            field,
            subdomain: None,
            specialism: None,
            protocols: Protocols::None,
            facts: CaseFacts::default(),
            drug: None,
            technique: None,
            emergency: false,
            professional: true,
            instruction: None,
            patient_groups: PatientGroups::UNKNOWN,
            place: None,
        }
    }

    /// A builder holding this context's values, to derive a variant.
    pub fn to_builder(&self) -> ContextBuilder {
        let c = self.clone();
        ContextBuilder {
            date: c.date,
            field: c.field,
            subdomain: c.subdomain,
            specialism: c.specialism,
            protocols: c.protocols,
            facts: c.facts,
            drug: c.drug,
            technique: c.technique,
            emergency: c.emergency,
            professional: c.professional,
            instruction: c.instruction,
            patient_groups: c.patient_groups,
            place: c.place,
        }
    }

    /// The date.
    #[inline]
    pub fn date(&self) -> Date {
        self.date
    }
    /// The field of care.
    #[inline]
    pub fn field(&self) -> FieldOfCare {
        self.field
    }
    /// The subdomain, if given.
    #[inline]
    pub fn subdomain(&self) -> Option<Subdomain> {
        self.subdomain
    }
    /// The nurse-specialist category of the sub-area, if given.
    #[inline]
    pub fn specialism(&self) -> Option<Qualification> {
        self.specialism
    }
    /// The protocols in force.
    pub fn protocols(&self) -> &[Protocol] {
        self.protocols.as_slice()
    }
    /// The case facts.
    #[inline]
    pub fn facts(&self) -> CaseFacts {
        self.facts
    }
    /// What is said of the patient's groups.
    #[inline]
    pub fn patient_groups(&self) -> PatientGroups {
        self.patient_groups
    }
    /// Where the act takes place, if given.
    #[inline]
    pub fn place(&self) -> Option<&PlaceId> {
        self.place.as_deref()
    }
    /// What a restriction by patient group or place is read against.
    #[inline]
    pub(crate) fn setting(&self) -> Setting<'_> {
        Setting { patient: self.patient_groups, place: self.place() }
    }
    /// The drug class, if given (`None` also when it is given as not known yet: see
    /// [`drug_stated`](Context::drug_stated)).
    #[inline]
    pub fn drug(&self) -> Option<DrugClass> {
        self.drug.and_then(Stated::known)
    }
    /// The medicine as given: a class, not known yet, or (`None`) not given.
    #[inline]
    pub fn drug_stated(&self) -> Option<Stated<DrugClass>> {
        self.drug
    }
    /// The technique as given: a technique, not known yet, or (`None`) not given.
    #[inline]
    pub fn technique_stated(&self) -> Option<Stated<Technique>> {
        self.technique
    }
    /// The technique, if given.
    #[inline]
    pub fn technique(&self) -> Option<Technique> {
        self.technique.and_then(Stated::known)
    }
    /// Whether this is a genuine emergency.
    #[inline]
    pub fn is_emergency(&self) -> bool {
        self.emergency
    }
    /// Whether the act is done professionally ("beroepsmatig", art. 35 lid 1).
    #[inline]
    pub fn is_professional(&self) -> bool {
        self.professional
    }
    /// The instruction, if any.
    #[inline]
    pub fn instruction(&self) -> Option<&Instruction> {
        self.instruction.as_deref()
    }
    /// The case-fact conditions this context does not establish, when the facts in `assumed` are
    /// taken as established too (the engine's "what if the unknown facts hold").
    #[inline]
    pub(crate) fn fact_gaps_assuming(&self, assumed: CaseFactSet) -> ConditionSet {
        if assumed.is_empty() {
            return self.fact_gaps;
        }
        FACT_CONDITIONS
            .iter()
            .filter(|(fact, _)| assumed.contains(*fact))
            .fold(self.fact_gaps, |acc, (_, c)| acc.without(*c))
    }

    /// Whether a protocol covers `p` in this context's subdomain.
    #[inline]
    pub fn has_protocol_for(&self, p: Procedure) -> bool {
        self.covered.contains(p)
    }
}
