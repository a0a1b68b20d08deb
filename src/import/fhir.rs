//! FHIR R4 `Practitioner` and `PractitionerRole` resources in the Dutch nl-core
//! HealthProfessional profiles (feature `fhir`), converted into a [`Professional`]; and a
//! decision's basis as a FHIR-friendly record ([`BasisRecord`]).
//!
//! Only the elements the conversion reads are typed; every other element and extension is
//! ignored, as FHIR requires of a reader (Nictiz extensions, `_family`/`_given` in JSON). Only serde
//! derives: the caller parses JSON (or XML, through `xml_to_json` with feature `fhir-xml`) into
//! these records.
//!
//! How the records are read:
//!
//! - The profession and specialism come from `PractitionerRole.specialty` (and, when it has none
//!   recognised, `PractitionerRole.code`, as some profiles put it there), coded in RoleCodeNL
//!   ([`ROLE_CODE_NL`], codes `PP.SSS`: `PP` the BIG professional group, `SSS` the specialism id)
//!   or in Vektis COD016 ([`VEKTIS_COD016`], four digits). A coding is recognised by its system
//!   and the code's pattern, never by its display text; codings of other systems (SNOMED CT, ...)
//!   are ignored. `Practitioner.qualification` codings of the same systems count too.
//! - A role counts during its `period` (from `as_of`, the day the resources were read, when it has
//!   no start); a role with `active: false` is skipped and listed.
//! - The BIG number is the identifier on system [`BIG_SYSTEM`], exactly 11 digits; the same
//!   digits under the UZI or AGB systems are other numbering systems and are not read. A value on
//!   that system that is not 11 digits grants nothing: it is skipped and listed.
//! - A role without a specialty (or code) the tables read is skipped and listed (`absent` when it
//!   has none). A role whose code or dates cannot be read is an [`ImportError`] in
//!   [`Imported::errors`], and only that role is left out. A role without a practitioner reference,
//!   or whose reference names no practitioner given, is an error of its own
//!   ([`PractitionerImport`] without id).
//! - Each registration and qualification carries its [`Provenance`]: the `PractitionerRole/{id}`
//!   (or `Practitioner/{id}` for a qualification) it was read from, on `as_of`;
//!   [`RoleOnly::Unconfirmed`] marks a registration known only from roles as unconfirmed.
//! - FHIR XML (feature `fhir-xml`): `xml_to_json` reads it into the JSON form these records
//!   deserialize from.
//!
//! ```
//! use bevoegd::fhir::{import_bundle, Bundle};
//! use bevoegd::{decide, Context, Date, FieldOfCare, Procedure};
//!
//! let bundle: Bundle = serde_json::from_str(r#"{"resourceType":"Bundle","type":"collection","entry":[
//!   {"resource":{"resourceType":"Practitioner","id":"p1",
//!     "identifier":[{"system":"http://fhir.nl/fhir/NamingSystem/big","value":"19012345601"}],
//!     "name":[{"text":"E. Bakker","family":"Bakker","_family":{"extension":[]}}]}},
//!   {"resource":{"resourceType":"PractitionerRole","practitioner":{"reference":"Practitioner/p1"},
//!     "period":{"start":"2015-06-01"},
//!     "specialty":[{"coding":[{"system":"http://fhir.nl/fhir/NamingSystem/uzi-rolcode","code":"01.015","display":"Huisarts"}]}]}}
//! ]}"#)?;
//! let imports = import_bundle(&bundle, Date::new(2026, 1, 5)?);
//! let [imported] = imports.as_slice() else { return Err("one".into()) };
//! let imported = imported.result.as_ref().map_err(|e| e.to_string())?;
//! assert_eq!(imported.professional.name(), "E. Bakker");
//! assert_eq!(imported.skipped[0].value, "01.015"); // the specialism "huisarts" grants nothing extra
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! A bundle imported, the hospital's competence record added, and the decision's basis kept as a
//! record naming the role code that granted it:
//!
//! ```
//! use bevoegd::fhir::{import_bundle, BasisRecord, Bundle};
//! use bevoegd::{decide, law, Competence, Date, Period, Procedure, Professional, Qualification};
//!
//! let bundle: Bundle = serde_json::from_str(include_str!("../../examples/data/fhir-bundle.json"))?;
//! let imports = import_bundle(&bundle, Date::new(2026, 1, 5)?);
//! let vs = imports[0].result.as_ref().map_err(|e| e.to_string())?;
//! assert_eq!(vs.professional.qualifications()[0].qualification, Qualification::NurseSpecialistGeneralHealthcare);
//!
//! // Add the hospital's competence record, decide, and store why the act was allowed.
//! let mut who = Professional::builder(vs.professional.name())
//!     .competence(Competence { procedure: Procedure::Prescribing, subdomain: None, valid: Period::starting(Date::new(2021, 3, 1)?) });
//! for r in vs.professional.registrations() { who = who.registration(r.clone()); }
//! for q in vs.professional.qualifications() { who = who.qualification(q.qualification, q.period); }
//! let who = who.build()?;
//! let (_, ctx) = law::NURSE_SPECIALIST_AGZ_PRESCRIBING.example_case()?;
//! let ctx = ctx.to_builder().date(Date::new(2026, 1, 5)?).build()?;
//! let record = BasisRecord::of(&decide(&who, Procedure::Prescribing, &ctx)).ok_or("permitted")?;
//! assert_eq!(record.granted_by_role.and_then(|c| c.code).as_deref(), Some("30.076"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use serde::{Deserialize, Serialize};

#[cfg(feature = "fhir-xml")]
pub use crate::import::fhir_xml::{REPEATING, XmlError, xml_to_json};

use crate::decision::Decision;
use crate::import::{
    Draft, GroupMeaning, ImportError, ImportProblem, Imported, NURSE_SPECIALISMS, PROFESSIONAL_GROUPS,
    SPECIALISM_NO_EFFECT, Skipped, SpecialismMeaning, finish, group_meaning, specialism_meaning,
};
use crate::input::professional::{BigNumber, Professional};
use crate::input::provenance::Provenance;
use crate::types::date::{Date, Period};
use crate::types::profession::{Profession, Qualification};
use crate::types::route::Route;
use crate::types::status::{RegistrationStatus, StatusPeriod};

/// The identifier system of BIG numbers.
pub const BIG_SYSTEM: &str = "http://fhir.nl/fhir/NamingSystem/big";
/// The code system of RoleCodeNL (zorgverlenertype, personen), codes `PP.SSS`.
pub const ROLE_CODE_NL: &str = "http://fhir.nl/fhir/NamingSystem/uzi-rolcode";
/// The code system of Vektis COD016 (AGB medische specialismen), four-digit codes.
pub const VEKTIS_COD016: &str = "urn:oid:2.16.840.1.113883.2.4.6.7";

/// The Vektis COD016 codes by their first two digits (the kind of care provider), as far as a
/// public source settles them: the Nictiz R4 zib2024 examples (nl-core-CareTeam-zib-1 roles 1
/// to 5: 0101 "Huisartsen, niet nader gespecificeerd", 0313, 0320, 0335 "Medisch specialisten,
/// ...", 0200 "Apothekers"), checked 2026-12-01. The full COD016 list was not available (its
/// CodeSystem in the Nictiz packages has `content: not-present`); other prefixes are an
/// [`ImportProblem::UnknownCode`] and an open question in the README.
pub const VEKTIS_PREFIXES: &[(&str, Profession)] =
    &[("01", Profession::Physician), ("02", Profession::Pharmacist), ("03", Profession::Physician)];

/// A `Bundle` (only its entries are read).
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct Bundle {
    /// The entries.
    #[serde(default)]
    pub entry: Vec<BundleEntry>,
}

/// One `Bundle.entry`.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BundleEntry {
    /// The entry's full URL, which a reference may use.
    #[serde(default)]
    pub full_url: Option<String>,
    /// The resource.
    pub resource: Resource,
}

/// A resource in a bundle: the two kinds read, and every other kind ignored.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(tag = "resourceType")]
#[non_exhaustive]
pub enum Resource {
    /// A practitioner.
    Practitioner(Practitioner),
    /// A practitioner role.
    PractitionerRole(PractitionerRole),
    /// Any other resource (Organization, Location, ...): ignored.
    #[serde(other)]
    Other,
}

/// `Practitioner`.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct Practitioner {
    /// Logical id.
    #[serde(default)]
    pub id: Option<String>,
    /// Identifiers (BIG, UZI, AGB, ...).
    #[serde(default)]
    pub identifier: Vec<Identifier>,
    /// Names.
    #[serde(default)]
    pub name: Vec<HumanName>,
    /// Qualifications, often absent in the Dutch profiles.
    #[serde(default)]
    pub qualification: Vec<PractitionerQualification>,
}

/// `Practitioner.qualification`.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct PractitionerQualification {
    /// The qualification's code.
    #[serde(default)]
    pub code: CodeableConcept,
    /// When it is valid.
    #[serde(default)]
    pub period: Option<FhirPeriod>,
}

/// `PractitionerRole`.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct PractitionerRole {
    /// Logical id.
    #[serde(default)]
    pub id: Option<String>,
    /// Whether the role is in active use.
    #[serde(default)]
    pub active: Option<bool>,
    /// When the role is held.
    #[serde(default)]
    pub period: Option<FhirPeriod>,
    /// The practitioner holding it.
    #[serde(default)]
    pub practitioner: Option<Reference>,
    /// Roles (some profiles code the RoleCodeNL here).
    #[serde(default)]
    pub code: Vec<CodeableConcept>,
    /// Specialties (RoleCodeNL or COD016 in the Dutch profiles).
    #[serde(default)]
    pub specialty: Vec<CodeableConcept>,
}

/// `Identifier`.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct Identifier {
    /// The numbering system.
    #[serde(default)]
    pub system: Option<String>,
    /// The value.
    #[serde(default)]
    pub value: Option<String>,
}

/// `HumanName`.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct HumanName {
    /// The full name as text.
    #[serde(default)]
    pub text: Option<String>,
    /// Family name.
    #[serde(default)]
    pub family: Option<String>,
    /// Given names or initials.
    #[serde(default)]
    pub given: Vec<String>,
}

/// `CodeableConcept`.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct CodeableConcept {
    /// The codings.
    #[serde(default)]
    pub coding: Vec<Coding>,
}

/// `Coding`.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct Coding {
    /// The code system.
    #[serde(default)]
    pub system: Option<String>,
    /// The code.
    #[serde(default)]
    pub code: Option<String>,
    /// A display text (never read by the conversion).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
}

/// `Reference`.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct Reference {
    /// `Practitioner/{id}`, or a full URL of an entry.
    #[serde(default)]
    pub reference: Option<String>,
}

/// `Period` (dates or date-times; only the day is read).
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct FhirPeriod {
    /// First day.
    #[serde(default)]
    pub start: Option<String>,
    /// Last day.
    #[serde(default)]
    pub end: Option<String>,
}

/// The conversion of one practitioner of a bundle (or an error for a role that belongs to none).
#[derive(Clone, PartialEq, Eq, Debug)]
#[non_exhaustive]
pub struct PractitionerImport {
    /// The practitioner's logical id, if it has one.
    pub id: Option<String>,
    /// The professional, or why it cannot be built.
    pub result: Result<Imported, ImportError>,
}

/// What one recognised coding means.
enum Meaning {
    Profession(Profession),
    Qualification(Qualification),
    Skip(&'static str),
}

/// A recognised coding read from a role or qualification: its meaning and period.
struct Held {
    meaning: Meaning,
    path: String,
    code: String,
    period: Period,
    /// The resource it was read from: `PractitionerRole/{id}`, `Practitioner/{id}`, or the
    /// element's path when the resource has no id.
    source: String,
}

/// What a registration known only from a FHIR role (never looked up in the register) is worth.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RoleOnly {
    /// Trusted as a registration in force (the default).
    #[default]
    Trusted,
    /// Marked unconfirmed in its provenance: its answers are conditional on
    /// `registration_confirmed` until a request states that the register confirms it.
    Unconfirmed,
}

/// Converts every practitioner of a bundle, in entry order, with the roles that refer to it;
/// a role whose reference resolves to no practitioner comes last, as an error entry without id.
pub fn import_bundle(bundle: &Bundle, as_of: Date) -> Vec<PractitionerImport> {
    import_bundle_with(bundle, as_of, RoleOnly::Trusted)
}

/// [`import_bundle`], with registrations known only from a role marked as `role_only` says.
///
/// ```
/// use bevoegd::fhir::{import_bundle_with, Bundle, RoleOnly};
/// use bevoegd::{decide, law, CaseFact, Competence, Date, FactValue, Outcome, Period, Procedure};
///
/// let bundle: Bundle = serde_json::from_str(include_str!("../../examples/data/fhir-bundle.json"))?;
/// let day = Date::new(2026, 1, 5)?;
/// let imports = import_bundle_with(&bundle, day, RoleOnly::Unconfirmed);
/// let vs = &imports[0].result.as_ref().map_err(|e| e.to_string())?.professional;
/// assert!(vs.registrations()[0].is_unconfirmed());
/// let competent = Competence { procedure: Procedure::Prescribing, subdomain: None, valid: Period::starting(Date::new(2021, 3, 1)?) };
/// let vs = vs.to_builder().competence(competent).build()?;
/// let (_, ctx) = law::NURSE_SPECIALIST_AGZ_PRESCRIBING.example_case()?;
/// let facts = ctx.facts().set(CaseFact::RegistrationConfirmed, FactValue::NotEstablished);
/// let ctx = ctx.to_builder().date(day).facts(facts).build()?;
/// // Known only from a role: the answer waits on the register's confirmation.
/// let d = decide(&vs, Procedure::Prescribing, &ctx);
/// assert_eq!(d.outcome(), Outcome::Conditional);
/// assert_eq!(d.required_facts().iter().collect::<Vec<_>>(), [CaseFact::RegistrationConfirmed]);
/// assert_eq!(d.requires()[0].unmet.code(), "registration_unconfirmed");
/// // Once the request states it, the answer is the register's.
/// let confirmed = ctx.to_builder().facts(ctx.facts().with(CaseFact::RegistrationConfirmed)).build()?;
/// assert_eq!(decide(&vs, Procedure::Prescribing, &confirmed).outcome(), Outcome::Permitted);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn import_bundle_with(bundle: &Bundle, as_of: Date, role_only: RoleOnly) -> Vec<PractitionerImport> {
    let practitioners: Vec<(usize, &BundleEntry, &Practitioner)> = bundle
        .entry
        .iter()
        .enumerate()
        .filter_map(|(i, e)| match &e.resource {
            Resource::Practitioner(p) => Some((i, e, p)),
            _ => None,
        })
        .collect();
    let mut roles: Vec<Vec<(String, &PractitionerRole)>> = vec![Vec::new(); practitioners.len()];
    // A reference is resolved by a look-up, not a scan: a bundle of a whole hospital has thousands
    // of practitioners and roles. The first practitioner of an id or URL is the one referred to.
    let mut by_url: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut by_reference: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (i, (_, entry, p)) in practitioners.iter().enumerate() {
        if let Some(url) = entry.full_url.as_deref() {
            by_url.entry(url).or_insert(i);
        }
        if let Some(id) = p.id.as_deref() {
            by_reference.entry(format!("Practitioner/{id}")).or_insert(i);
        }
    }
    let mut out = Vec::new();
    for (i, e) in bundle.entry.iter().enumerate() {
        let Resource::PractitionerRole(role) = &e.resource else { continue };
        let path = format!("entry[{i}].resource");
        let Some(reference) = role.practitioner.as_ref().and_then(|r| r.reference.as_deref()) else {
            out.push(PractitionerImport {
                id: None,
                result: Err(ImportError::new(format!("{path}.practitioner"), "", ImportProblem::Missing)),
            });
            continue;
        };
        // `Practitioner/{id}`, an absolute URL ending in it, or an entry's `fullUrl`.
        let relative = reference.rfind("Practitioner/").map(|at| &reference[at..]);
        let target = by_url.get(reference).or_else(|| relative.and_then(|r| by_reference.get(r))).copied();
        match target.and_then(|t| roles.get_mut(t)) {
            Some(list) => list.push((path, role)),
            None => out.push(PractitionerImport {
                id: None,
                result: Err(ImportError::new(
                    format!("{path}.practitioner.reference"),
                    reference,
                    ImportProblem::UnresolvedReference,
                )),
            }),
        }
    }
    let mut converted: Vec<PractitionerImport> = practitioners
        .iter()
        .zip(roles)
        .map(|((i, _, p), roles)| PractitionerImport {
            id: p.id.clone(),
            result: p.to_professional_at(&format!("entry[{i}].resource"), &roles, as_of, role_only),
        })
        .collect();
    converted.extend(out);
    converted
}

impl Practitioner {
    /// The display name: the first name's `text`, or its given names and family name.
    pub fn display_name(&self) -> String {
        let Some(n) = self.name.first() else { return String::new() };
        if let Some(t) = n.text.as_deref().filter(|t| !t.trim().is_empty()) {
            return t.trim().to_owned();
        }
        n.given.iter().map(String::as_str).chain(n.family.as_deref()).collect::<Vec<_>>().join(" ")
    }

    /// Converts the practitioner with its roles (each already known to refer to it).
    ///
    /// # Errors
    ///
    /// [`ImportError`] naming the element: a malformed BIG number, a role without a recognised
    /// coding, a code the tables do not know, a malformed date, or records that contradict each
    /// other.
    pub fn to_professional(&self, roles: &[&PractitionerRole], as_of: Date) -> Result<Imported, ImportError> {
        self.to_professional_with(roles, as_of, RoleOnly::Trusted)
    }

    /// [`to_professional`](Practitioner::to_professional), with registrations known only from
    /// a role marked as `role_only` says.
    ///
    /// # Errors
    ///
    /// As [`to_professional`](Practitioner::to_professional).
    pub fn to_professional_with(
        &self,
        roles: &[&PractitionerRole],
        as_of: Date,
        role_only: RoleOnly,
    ) -> Result<Imported, ImportError> {
        let roles: Vec<(String, &PractitionerRole)> =
            roles.iter().enumerate().map(|(i, r)| (format!("roles[{i}]"), *r)).collect();
        self.to_professional_at("practitioner", &roles, as_of, role_only)
    }

    fn to_professional_at(
        &self,
        path: &str,
        roles: &[(String, &PractitionerRole)],
        as_of: Date,
        role_only: RoleOnly,
    ) -> Result<Imported, ImportError> {
        let mut skipped = Vec::new();
        let mut errors = Vec::new();
        let mut big: Option<BigNumber> = None;
        for (i, id) in self.identifier.iter().enumerate() {
            if id.system.as_deref() != Some(BIG_SYSTEM) {
                continue;
            }
            let value = id.value.as_deref().unwrap_or_default();
            // A number grants nothing by itself: one that is not a BIG number is left out.
            match value.parse::<BigNumber>() {
                Ok(number) if value.len() == 11 => big = big.or(Some(number)),
                _ => skipped.push(Skipped {
                    path: format!("{path}.identifier[{i}].value"),
                    value: crate::text::quoted(value),
                    why: if value.is_empty() { "absent" } else { "not a BIG number (11 digits)" },
                }),
            }
        }
        let mut held: Vec<Held> = Vec::new();
        for (role_path, role) in roles {
            if role.active == Some(false) {
                skipped.push(Skipped {
                    path: format!("{role_path}.active"),
                    value: "false".to_owned(),
                    why: "a role not in active use",
                });
                continue;
            }
            // A role grants only: one that cannot be read is left out, and listed.
            let source = role.id.as_deref().map_or_else(|| role_path.clone(), |id| format!("PractitionerRole/{id}"));
            let read = fhir_period(&format!("{role_path}.period"), role.period.as_ref(), as_of).and_then(|period| {
                let mut found = Vec::new();
                read_codings(&format!("{role_path}.specialty"), &role.specialty, period, &source, &mut found)?;
                if found.is_empty() {
                    read_codings(&format!("{role_path}.code"), &role.code, period, &source, &mut found)?;
                }
                Ok(found)
            });
            match read {
                Ok(found) if found.is_empty() => {
                    let absent = role.specialty.iter().chain(&role.code).all(|c| c.coding.is_empty());
                    skipped.push(Skipped {
                        path: format!("{role_path}.specialty"),
                        value: String::new(),
                        why: if absent { "absent" } else { "no RoleCodeNL or Vektis COD016 coding" },
                    });
                }
                Ok(found) => held.extend(found),
                Err(e) => errors.push(e),
            }
        }
        for (i, q) in self.qualification.iter().enumerate() {
            let q_path = format!("{path}.qualification[{i}]");
            let source = self.id.as_deref().map_or_else(|| q_path.clone(), |id| format!("Practitioner/{id}"));
            let read = fhir_period(&format!("{q_path}.period"), q.period.as_ref(), as_of).and_then(|period| {
                let mut found = Vec::new();
                read_codings(&format!("{q_path}.code"), std::slice::from_ref(&q.code), period, &source, &mut found)?;
                Ok(found)
            });
            match read {
                Ok(found) => held.extend(found),
                Err(e) => errors.push(e),
            }
        }
        let mut builder = Professional::builder(self.display_name());
        let mut periods: Vec<(Profession, Period)> = Vec::new();
        let mut quals: Vec<(Qualification, Period)> = Vec::new();
        // Where each profession and qualification was read, in source order, each resource once.
        let mut sources: Vec<(Result<Profession, Qualification>, String)> = Vec::new();
        let mut note = |of: Result<Profession, Qualification>, source: &str| {
            if !sources.iter().any(|(o, s)| *o == of && s == source) {
                sources.push((of, source.to_owned()));
            }
        };
        for h in held {
            match h.meaning {
                Meaning::Profession(p) => {
                    periods.push((p, h.period));
                    note(Ok(p), &h.source);
                }
                Meaning::Qualification(q) => {
                    periods.push((q.base_profession(), h.period));
                    quals.push((q, h.period));
                    note(Ok(q.base_profession()), &h.source);
                    note(Err(q), &h.source);
                }
                Meaning::Skip(why) => skipped.push(Skipped { path: h.path, value: h.code, why }),
            }
        }
        let provenance = |of: Result<Profession, Qualification>, unconfirmed: bool| {
            let ids: Vec<&str> = sources.iter().filter(|(o, _)| *o == of).map(|(_, s)| s.as_str()).collect();
            (!ids.is_empty()).then(|| {
                let p = Provenance::fhir(as_of, ids.join(","));
                if unconfirmed { p.unconfirmed() } else { p }
            })
        };
        // Several roles of one profession (a physician as huisarts and as SEH-arts) are one
        // registration over the union of their periods.
        let mut drafts = union_drafts(periods);
        for d in &mut drafts {
            d.provenance = provenance(Ok(d.profession), role_only == RoleOnly::Unconfirmed);
        }
        // A practitioner has one BIG identifier per registration; only with a single
        // registration is it certain which one it is.
        if let ([only], Some(n)) = (drafts.as_mut_slice(), big) {
            only.big_number = Some(n);
        }
        for (q, p) in union_by(quals) {
            builder = builder.qualification_from(q, p, provenance(Err(q), false));
        }
        if drafts.is_empty()
            && let Some(first) = errors.first()
        {
            return Err(first.clone());
        }
        let professional = finish(builder, drafts, path)?;
        Ok(Imported { professional, skipped, errors })
    }
}

/// Merges periods of one key that overlap or touch.
fn union_by<K: Copy + Ord>(mut items: Vec<(K, Period)>) -> Vec<(K, Period)> {
    items.sort_by_key(|(k, p)| (*k, p.from()));
    let mut out: Vec<(K, Period)> = Vec::new();
    for (k, p) in items {
        if let Some((lk, lp)) = out.last_mut() {
            let touches = lp.until().is_none_or(|u| u.next_day().is_none_or(|n| n >= p.from()));
            if *lk == k && touches {
                let until = match (lp.until(), p.until()) {
                    (Some(a), Some(b)) => Some(a.max(b)),
                    _ => None,
                };
                *lp = Period::new(lp.from(), until).unwrap_or(*lp);
                continue;
            }
        }
        out.push((k, p));
    }
    out
}

fn union_drafts(periods: Vec<(Profession, Period)>) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::new();
    for (p, period) in union_by(periods) {
        let status = StatusPeriod { period, status: RegistrationStatus::Active };
        match out.last_mut() {
            Some(d) if d.profession == p => d.history.push(status),
            _ => out.push(Draft { profession: p, big_number: None, history: vec![status], provenance: None }),
        }
    }
    out
}

fn read_codings(
    path: &str,
    concepts: &[CodeableConcept],
    period: Period,
    source: &str,
    held: &mut Vec<Held>,
) -> Result<(), ImportError> {
    for (i, concept) in concepts.iter().enumerate() {
        for (j, coding) in concept.coding.iter().enumerate() {
            let code_path = format!("{path}[{i}].coding[{j}].code");
            let code = coding.code.as_deref().unwrap_or_default();
            let (meaning, also) = match coding.system.as_deref() {
                Some(ROLE_CODE_NL) => role_code(&code_path, code)?,
                Some(VEKTIS_COD016) => (vektis(&code_path, code)?, None),
                _ => continue,
            };
            held.push(Held {
                meaning,
                path: code_path.clone(),
                code: code.to_owned(),
                period,
                source: source.to_owned(),
            });
            if let Some(why) = also {
                held.push(Held {
                    meaning: Meaning::Skip(why),
                    path: code_path,
                    code: code.to_owned(),
                    period,
                    source: source.to_owned(),
                });
            }
        }
    }
    Ok(())
}

/// What a RoleCodeNL code means, and a note when part of it (a specialism) is left out.
fn role_code(path: &str, code: &str) -> Result<(Meaning, Option<&'static str>), ImportError> {
    let b = code.as_bytes();
    let shaped =
        b.len() == 6 && b.get(2) == Some(&b'.') && b.iter().enumerate().all(|(i, c)| i == 2 || c.is_ascii_digit());
    if !shaped {
        return Err(ImportError::new(path, code, ImportProblem::Malformed { expected: "PP.SSS" }));
    }
    let (group, specialism) = (code.get(..2).unwrap_or_default(), code.get(3..).unwrap_or_default());
    let profession = match group_meaning(group) {
        Some(GroupMeaning::Profession(p)) => p,
        Some(GroupMeaning::NoEffect(why)) => return Ok((Meaning::Skip(why), None)),
        Some(GroupMeaning::Unknown) if specialism == "000" => {
            return Ok((
                Meaning::Skip("RoleCodeNL 99.000, another care provider: no profession of the law table"),
                None,
            ));
        }
        _ => return Err(ImportError::new(path, code, ImportProblem::UnknownCode)),
    };
    let id: u16 = specialism.parse().map_err(|_| ImportError::new(path, code, ImportProblem::UnknownCode))?;
    if id == 0 {
        return Ok((Meaning::Profession(profession), None));
    }
    match specialism_meaning(group, id) {
        SpecialismMeaning::Qualification(q) => Ok((Meaning::Qualification(q), None)),
        // A specialist is a registered member of the profession: the role proves that much, and
        // the specialism itself is left out.
        SpecialismMeaning::NoEffect => Ok((Meaning::Profession(profession), Some(SPECIALISM_NO_EFFECT))),
        SpecialismMeaning::Unknown => Err(ImportError::new(path, code, ImportProblem::UnknownCode)),
    }
}

fn vektis(path: &str, code: &str) -> Result<Meaning, ImportError> {
    if code.len() != 4 || !code.bytes().all(|c| c.is_ascii_digit()) {
        return Err(ImportError::new(path, code, ImportProblem::Malformed { expected: "four digits" }));
    }
    let prefix = code.get(..2).unwrap_or_default();
    VEKTIS_PREFIXES
        .iter()
        .find(|(p, _)| *p == prefix)
        .map(|(_, profession)| Meaning::Profession(*profession))
        .ok_or_else(|| ImportError::new(path, code, ImportProblem::UnknownCode))
}

/// A FHIR date or date-time's day: `YYYY-MM-DD` at its start (a date-time's day in its own
/// offset); a year or year-month alone does not say which day and is an error.
fn fhir_day(path: &str, text: &str) -> Result<Date, ImportError> {
    text.get(..10)
        .filter(|_| text.len() == 10 || text.as_bytes().get(10) == Some(&b'T'))
        .and_then(|d| d.parse().ok())
        .ok_or_else(|| ImportError::new(path, text, ImportProblem::Malformed { expected: "YYYY-MM-DD" }))
}

fn fhir_period(path: &str, period: Option<&FhirPeriod>, as_of: Date) -> Result<Period, ImportError> {
    let from = match period.and_then(|p| p.start.as_deref()) {
        Some(s) => fhir_day(&format!("{path}.start"), s)?,
        None => as_of,
    };
    let until = period.and_then(|p| p.end.as_deref()).map(|e| fhir_day(&format!("{path}.end"), e)).transpose()?;
    Period::new(from, until).map_err(|e| {
        ImportError::new(
            format!("{path}.end"),
            &until.map(|d| d.to_string()).unwrap_or_default(),
            ImportProblem::InconsistentDates(e.to_string()),
        )
    })
}

/// A decision's basis in a form a FHIR system can store (e.g. in a `Provenance` or an
/// extension): the procedure, the day, the route and law-table row, the citation, and the role
/// or qualification that granted it as a coding.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BasisRecord {
    /// The procedure's wire code.
    pub procedure: String,
    /// The day decided.
    pub date: Date,
    /// The route, when a law-table row or an instruction grants it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<Route>,
    /// The law-table row.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// The provision the permission rests on.
    pub citation: String,
    /// Its Juriconnect BWB reference (`jci1.3:c:BWBR0006251&artikel=36&lid=1&o=a`), when its
    /// instrument has a BWB identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citation_jci: Option<String>,
    /// The address of its text valid on `date`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citation_url: Option<String>,
    /// The role that granted it: RoleCodeNL `PP.000` of the profession, or `30.SSS` of a
    /// nurse-specialist category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub granted_by_role: Option<Coding>,
    /// A qualification without a RoleCodeNL code (a prescribing annotation, the ambulance
    /// certificate), coded in this crate's own system `urn:bevoegd:qualification`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub granted_by_qualification: Option<Coding>,
}

/// The code system of [`BasisRecord::granted_by_qualification`].
pub const QUALIFICATION_SYSTEM: &str = "urn:bevoegd:qualification";

impl BasisRecord {
    /// The record of a permitted decision; `None` for a denial.
    ///
    /// ```
    /// use bevoegd::{decide, law};
    /// use bevoegd::fhir::BasisRecord;
    ///
    /// let rule = &law::NURSE_SPECIALIST_AGZ_PRESCRIBING;
    /// let (vs, ctx) = rule.example_case()?;
    /// let record = BasisRecord::of(&decide(&vs, rule.procedure, &ctx)).ok_or("permitted")?;
    /// assert_eq!(record.granted_by_role.and_then(|c| c.code).as_deref(), Some("30.076"));
    /// assert_eq!(record.rule.as_deref(), Some(rule.name));
    /// assert_eq!(record.citation_jci.as_deref(), Some("jci1.3:c:BWBR0041163&artikel=2"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn of(decision: &Decision) -> Option<BasisRecord> {
        if !decision.is_permitted() {
            return None;
        }
        let rule = decision.basis_rule();
        let basis = decision.basis()?;
        let (mut role, mut qualification) = (None, None);
        if let Some(r) = rule {
            match r.qualification {
                Some(q) => match NURSE_SPECIALISMS.iter().find(|(_, n)| *n == q) {
                    Some((id, _)) => role = Some(role_coding(&format!("30.{id:03}"))),
                    None => {
                        qualification = Some(Coding {
                            system: Some(QUALIFICATION_SYSTEM.to_owned()),
                            code: Some(q.code().to_owned()),
                            display: None,
                        });
                        role = profession_coding(r.profession);
                    }
                },
                None => role = profession_coding(r.profession),
            }
        }
        Some(BasisRecord {
            procedure: decision.procedure().code().to_owned(),
            date: decision.date(),
            route: decision.route(),
            rule: rule.map(|r| r.name.to_owned()),
            citation: basis.to_string(),
            citation_jci: basis.jci().map(|j| j.to_string()),
            citation_url: basis.url_on(decision.date()).map(|u| u.to_string()),
            granted_by_role: role,
            granted_by_qualification: qualification,
        })
    }
}

fn role_coding(code: &str) -> Coding {
    Coding { system: Some(ROLE_CODE_NL.to_owned()), code: Some(code.to_owned()), display: None }
}

fn profession_coding(p: Profession) -> Option<Coding> {
    let p = p.register_profession();
    PROFESSIONAL_GROUPS
        .iter()
        .find(|(_, m)| *m == GroupMeaning::Profession(p))
        .map(|(group, _)| role_coding(&format!("{group}.000")))
}
