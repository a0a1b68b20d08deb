//! BIG-register records (feature `big-register`): the result of the CIBG webservice's
//! `ListHcpApprox4` operation (and of its predecessor `ListHcpApprox3`) as typed records, and
//! their conversion into a [`Professional`].
//!
//! The records mirror the service's WSDL (`http://services.cibg.nl/ExternalUser`, element
//! names kept, so the SOAP body deserializes as is with any serde XML deserializer, and the same
//! shape in JSON); only serde derives, so the caller chooses the format. What the real responses
//! do, and how it is read:
//!
//! - An open-ended registration ends on `0001-01-01T00:00:00`; other absent dates are `xsi:nil`
//!   (read as empty). Dates are date-times without a time zone: the day is what counts; a time
//!   zone is an error, since it could move the day.
//! - One person can have several registrations, each with its own BIG number; measures and
//!   specialisms name the one they belong to (`ArticleNumber` on a judgment provision,
//!   `ArticleRegistrationNumber` elsewhere). Two registrations of one profession (a
//!   re-registration) become one [`Registration`](crate::Registration) with both periods.
//! - A look-up can return zero or several people ([`Response::people`]).
//! - Specialisms carry no dates in the fourth version (`SpecialismExtApp1`): a specialism is
//!   known to hold on the day of the look-up, so it counts from that day on (`looked_up_on`). The
//!   third version (`ListHcpApprox3Result`, `ListHcpApprox3`, `SpecialismExtApp`) carries
//!   `StartDate`/`EndDate` on a specialism, and those are used: a nurse specialist's category
//!   then counts from its start. Both versions read into the same records.
//! - Judgment provisions carry no type code, only `PublicDescription`. The measure is read from
//!   the caller's own placement first (a record's `measure`, then a [`MeasureMap`] of
//!   descriptions), else from the statutory name in it (Wet BIG art. 48 lid 1: waarschuwing,
//!   berisping, geldboete, schorsing, gedeeltelijke ontzegging, doorhaling; art. 48 lid 6
//!   voorwaardelijke schorsing; art. 80 lid 1 voorwaarden), exactly one of them. A description
//!   naming none or several, a partial ban (whose procedures the register does not list), and a
//!   clause (`TypeLimitationId` 2 to 6) not placed by the caller are an
//!   [`ImportProblem::UnplacedMeasure`] in [`Imported::errors`], and the registration keeps the
//!   measure as [`RegistrationStatus::UnknownMeasure`] for its dates: stricter on those days,
//!   unaffected on others.
//! - An element that cannot be placed leaves out its registration only (see [`Imported`]).
//!
//! ```
//! use bevoegd::big_register::Response;
//! use bevoegd::{decide, Context, Date, FieldOfCare, Procedure};
//!
//! let json = r#"{"ListHcpApprox":{"ListHcpApprox4":[{
//!   "MailingName":"J. Jansen",
//!   "ArticleRegistration":{"ArticleRegistrationExtApp":[{"ArticleRegistrationNumber":"79012345630",
//!     "ArticleRegistrationStartDate":"2012-05-01T00:00:00","ArticleRegistrationEndDate":"0001-01-01T00:00:00",
//!     "ProfessionalGroupCode":"30"}]},
//!   "Specialism":{"SpecialismExtApp1":[{"SpecialismId":"1","ArticleRegistrationNumber":"79012345630","TypeOfSpecialismId":"76"}]},
//!   "Mention":{}, "JudgmentProvision":{}, "Limitation":{}}]}}"#;
//! let response: Response = serde_json::from_str(json)?;
//! let [person] = response.people() else { return Err("one person".into()) };
//! let imported = person.to_professional(Date::new(2026, 1, 5)?)?;
//! assert_eq!(imported.professional.name(), "J. Jansen");
//! assert_eq!(imported.professional.qualifications().len(), 1);
//! let ctx = Context::builder(Date::new(2026, 1, 5)?, FieldOfCare::Medicine).build()?;
//! let _ = decide(&imported.professional, Procedure::Prescribing, &ctx);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The register's JSON form, a measure read from its statutory name, and a description that names
//! no measure (an error naming the element, never a guess):
//!
//! ```
//! use bevoegd::big_register::Person;
//! use bevoegd::import::ImportProblem;
//! use bevoegd::{Date, Profession, RegistrationStatus, SuspensionGround};
//!
//! // The register's JSON form mirrors its SOAP elements. An open-ended registration ends on
//! // 0001-01-01; dates are date-times without a zone; a measure is read from its statutory name.
//! let person: Person = serde_json::from_str(r#"{
//!   "MailingName": "A.B. Verhoeven",
//!   "ArticleRegistration": {"ArticleRegistrationExtApp": [{"ArticleRegistrationNumber": 39012345630,
//!      "ArticleRegistrationStartDate": "2009-07-01T00:00:00", "ArticleRegistrationEndDate": "0001-01-01T00:00:00",
//!      "ProfessionalGroupCode": "30"}]},
//!   "JudgmentProvision": {"JudgmentProvisionExtApp": [{"ArticleNumber": 39012345630, "Id": 77,
//!      "StartDate": "2025-02-03T09:12:44", "PublicDescription": "Schorsing van de inschrijving",
//!      "EndDate": "2025-05-02T00:00:00", "Public": true}]}
//! }"#)?;
//! let imported = person.to_professional(Date::new(2026, 1, 5)?)?;
//! let registration = &imported.professional.registrations()[0];
//! assert_eq!(registration.profession(), Profession::Nurse);
//! assert_eq!(registration.history()[1].status, RegistrationStatus::Suspended { ground: SuspensionGround::Disciplinary });
//!
//! // A description naming no measure is never a guess: an unknown measure for its days (on which
//! // the registration grants nothing), and an error naming the element.
//! let mut unclear = person.clone();
//! unclear.judgment_provision.items[0].public_description = Some("Zie uitspraak".into());
//! let imported = unclear.to_professional(Date::new(2026, 1, 5)?)?;
//! assert_eq!(imported.professional.registrations()[0].history()[1].status, RegistrationStatus::UnknownMeasure);
//! assert_eq!(imported.errors[0].path, "JudgmentProvision[0].PublicDescription");
//! assert!(matches!(imported.errors[0].problem, ImportProblem::UnplacedMeasure { .. }));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use serde::{Deserialize, Serialize};

use crate::import::{
    Draft, GroupMeaning, ImportError, ImportProblem, Imported, SPECIALISM_NO_EFFECT, Skipped, SpecialismMeaning, Text,
    big_number, date_of, end_of, finish, group_meaning, period, specialism_meaning,
};
use crate::input::professional::{BigNumber, Professional};
use crate::input::provenance::Provenance;
use crate::types::date::{Date, Period};
use crate::types::procedure::ProcedureSet;
use crate::types::profession::{Profession, Qualification};
use crate::types::status::{RegistrationStatus, StatusPeriod, StrikeOffGround, SuspensionGround};

/// A whole SOAP answer (`soap:Envelope`), for a serde XML reader given the service's bytes as
/// they arrive: `quick_xml::de::from_str::<Envelope>(xml)?.body.result`.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct Envelope {
    /// `soap:Body`.
    #[serde(rename = "Body")]
    pub body: SoapBody,
}

/// `soap:Body` of a `ListHcpApprox4` answer.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct SoapBody {
    /// The answer.
    #[serde(rename = "ListHcpApprox4Result", alias = "ListHcpApprox3Result")]
    pub result: Response,
}

/// The body of a `ListHcpApprox4` answer (`ListHcpApprox4Result`).
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct Response {
    /// The people found.
    #[serde(rename = "ListHcpApprox", default)]
    pub list: People,
}

impl Response {
    /// The people found: zero, one or several.
    pub fn people(&self) -> &[Person] {
        &self.list.people
    }
}

/// `ArrayOfListHcpApprox4`.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct People {
    /// One per person.
    #[serde(rename = "ListHcpApprox4", alias = "ListHcpApprox3", default)]
    pub people: Vec<Person>,
}

/// One person (`ListHcpApprox4`). Addresses and other elements are ignored.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Person {
    /// Birth surname.
    #[serde(default)]
    pub birth_surname: Option<String>,
    /// Name as on mail (used as the professional's display name).
    #[serde(default)]
    pub mailing_name: Option<String>,
    /// Surname prefix.
    #[serde(default)]
    pub prefix: Option<String>,
    /// Initials.
    #[serde(default)]
    pub initial: Option<String>,
    /// `M` or `V`.
    #[serde(default)]
    pub gender: Option<String>,
    /// Registrations (one per BIG number).
    #[serde(default)]
    pub article_registration: ArticleRegistrations,
    /// Specialisms.
    #[serde(default)]
    pub specialism: Specialisms,
    /// Mentions (annotations).
    #[serde(default)]
    pub mention: Mentions,
    /// Measures.
    #[serde(default)]
    pub judgment_provision: JudgmentProvisions,
    /// Limitations (clauses).
    #[serde(default)]
    pub limitation: Limitations,
}

/// `ArrayOfArticleRegistrationExtApp`.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct ArticleRegistrations {
    /// The registrations.
    #[serde(rename = "ArticleRegistrationExtApp", default)]
    pub items: Vec<ArticleRegistration>,
}

/// `ArticleRegistrationExtApp`: one registration.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ArticleRegistration {
    /// The BIG number.
    pub article_registration_number: Text,
    /// First day.
    pub article_registration_start_date: Text,
    /// Last day; `0001-01-01T00:00:00` when open-ended.
    #[serde(default)]
    pub article_registration_end_date: Option<Text>,
    /// The professional group (`01` arts, ... `82` klinisch technoloog).
    #[serde(default)]
    pub professional_group_code: Option<Text>,
}

/// `ArrayOfSpecialismExtApp1`.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct Specialisms {
    /// The specialisms.
    #[serde(rename = "SpecialismExtApp1", alias = "SpecialismExtApp", default)]
    pub items: Vec<Specialism>,
}

/// `SpecialismExtApp1`: a specialism on one registration.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Specialism {
    /// The record's id.
    pub specialism_id: Text,
    /// The registration it is on.
    pub article_registration_number: Text,
    /// The specialism (`15` huisartsgeneeskunde, `76` verpleegkundig specialist algemene
    /// gezondheidszorg, ...).
    pub type_of_specialism_id: Text,
    /// First day, when the response carries it (the WSDL has none).
    #[serde(default)]
    pub start_date: Option<Text>,
    /// Last day, when the response carries it.
    #[serde(default)]
    pub end_date: Option<Text>,
}

/// `ArrayOfMentionExtApp`.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct Mentions {
    /// The mentions.
    #[serde(rename = "MentionExtApp", default)]
    pub items: Vec<Mention>,
}

/// `MentionExtApp`: an annotation on a registration.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Mention {
    /// The record's id.
    pub mention_id: Text,
    /// The registration it is on.
    pub article_registration_number: Text,
    /// The kind ([`MENTIONS`]).
    pub type_of_mention_id: Text,
    /// First day.
    pub start_date: Text,
    /// Last day, if any.
    #[serde(default)]
    pub end_date: Option<Text>,
}

/// `ArrayOfJudgmentProvisionExtApp`.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct JudgmentProvisions {
    /// The measures.
    #[serde(rename = "JudgmentProvisionExtApp", default)]
    pub items: Vec<JudgmentProvision>,
}

/// `JudgmentProvisionExtApp`: a measure on a registration.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct JudgmentProvision {
    /// The BIG number of the registration (the register names it `ArticleNumber` here).
    pub article_number: Text,
    /// The record's id.
    pub id: Text,
    /// First day.
    pub start_date: Text,
    /// The public description, e.g. "Schorsing van de inschrijving".
    #[serde(default)]
    pub public_description: Option<String>,
    /// Last day, if any.
    #[serde(default)]
    pub end_date: Option<Text>,
    /// Whether the measure is public.
    #[serde(default)]
    pub public: Option<Text>,
    /// Not in the register's answer: the caller's own placement of the measure, which takes
    /// precedence over the description (required for a partial ban).
    #[serde(rename = "measure", default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<Measure>,
}

/// `ArrayOfLimitationExtApp`.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct Limitations {
    /// The limitations.
    #[serde(rename = "LimitationExtApp", default)]
    pub items: Vec<Limitation>,
}

/// `LimitationExtApp`: a clause on a registration.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Limitation {
    /// The record's id.
    pub limitation_id: Text,
    /// The registration it is on.
    pub article_registration_number: Text,
    /// The kind ([`LIMITATIONS`]).
    pub type_limitation_id: Text,
    /// The description.
    #[serde(default)]
    pub description: Option<String>,
    /// First day.
    #[serde(default)]
    pub start_date: Option<Text>,
    /// Last day.
    #[serde(default)]
    pub end_date: Option<Text>,
    /// When the clause expires.
    #[serde(default)]
    pub expiration_end_date: Option<Text>,
    /// Not in the register's answer: the caller's placement of the clause (required for a
    /// clausulated registration, whose limits the register does not list).
    #[serde(rename = "measure", default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<Measure>,
}

/// What a measure does to a registration, as the caller or the description places it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Measure {
    /// Schorsing (art. 48 lid 1 onder d): counts as not registered.
    Suspension,
    /// Voorlopige schorsing pending a disciplinary case (art. 48 lid 8): counts as not registered,
    /// recorded with [`SuspensionGround::Provisional`].
    ProvisionalSuspension,
    /// Voorwaardelijke schorsing (art. 48 lid 6): no effect until executed.
    ConditionalSuspension,
    /// Doorhaling (art. 48 lid 1 onder f).
    StrikeOff,
    /// Binding aan bijzondere voorwaarden (art. 80 lid 1 onder a).
    Conditions,
    /// Gedeeltelijke ontzegging (art. 48 lid 1 onder e) for the named procedures.
    PartialWithdrawal {
        /// The procedures withdrawn.
        procedures: ProcedureSet,
    },
    /// Waarschuwing, berisping, geldboete, or an unclausulated registration: no effect on
    /// authority.
    NoEffect,
}

/// The mention types (`TypeOfMentionId`) and their meaning: the nurse prescribing annotations of
/// Wet BIG art. 36 lid 14 onder d. Source: the code list as public clients of the webservice
/// publish it (1 astma/COPD, 2 diabetes mellitus, 3 oncologie), checked 2026-12-01; CIBG's own
/// list was not found (an open question in the README). `None`: read and skipped, the law table
/// has no row for it.
pub const MENTIONS: &[(u16, Option<Qualification>)] = &[
    (1, Some(Qualification::AsthmaCopdNursePrescribing)),
    (2, Some(Qualification::DiabetesNursePrescribing)),
    (3, None),
];

/// The limitation types (`TypeLimitationId`): 1 is an unclausulated registration (no effect);
/// 2 to 6 are clausulated registrations whose limits the register does not list, so they need the
/// caller's [`Measure`]. Source as for [`MENTIONS`].
pub const LIMITATIONS: &[(u16, bool)] = &[(1, false), (2, true), (3, true), (4, true), (5, true), (6, true)];

/// One registration as read: its number (as given and parsed), profession, days, the measures
/// and qualifications found on it, and whether an error left it out.
struct Read {
    raw: String,
    number: Option<BigNumber>,
    /// `None`: a professional group without reserved procedures (skipped, with its records).
    profession: Option<Profession>,
    group: String,
    from: Date,
    until: Option<Date>,
    /// An element that could grant or take away authority could not be placed: left out.
    failed: bool,
    /// The day of the look-up: the source of everything on it.
    looked_up_on: Date,
    measures: Vec<(String, StatusPeriod)>,
    qualifications: Vec<(Qualification, Period)>,
}

/// Where a record that names a registration by its BIG number belongs.
enum Belongs {
    /// To the registration at this index.
    To(usize),
    /// To a registration that is itself left out (skipped or failed): left out with it.
    LeftOut,
}

/// The caller's placement of register measures by their description: a JSON object from a
/// description (compared whole, ignoring case and runs of white space) to the [`Measure`] it is.
/// It is consulted before the statutory names the importer recognises by itself
/// ([`MEASURE_NAMES`]), for judgment provisions and limitations alike; a record's own `measure`
/// field comes first of all.
///
/// ```
/// use bevoegd::big_register::{Measure, MeasureMap, Person};
/// use bevoegd::{Date, RegistrationStatus};
///
/// let map: MeasureMap = serde_json::from_str(r#"{"Hello   WORLD": "no_effect"}"#)?;
/// let person: Person = serde_json::from_str(r#"{
///   "ArticleRegistration": {"ArticleRegistrationExtApp": [{"ArticleRegistrationNumber": "19012345601",
///      "ArticleRegistrationStartDate": "2010-01-01T00:00:00", "ProfessionalGroupCode": "01"}]},
///   "JudgmentProvision": {"JudgmentProvisionExtApp": [{"ArticleNumber": "19012345601", "Id": "1",
///      "StartDate": "2019-01-01T00:00:00", "EndDate": "2020-01-01T00:00:00", "PublicDescription": "Hello world"}]}
/// }"#)?;
/// // Unplaced, the measure is an unknown one for its dates, and an error to look at.
/// let unplaced = person.to_professional(Date::new(2026, 1, 5)?)?;
/// assert_eq!(unplaced.professional.registrations()[0].history()[1].status, RegistrationStatus::UnknownMeasure);
/// assert_eq!(unplaced.errors[0].path, "JudgmentProvision[0].PublicDescription");
/// // Placed by the caller's mapping, it is what the mapping says.
/// let placed = person.to_professional_with(Date::new(2026, 1, 5)?, &map)?;
/// assert!(placed.errors.is_empty());
/// assert_eq!(placed.professional.registrations()[0].history().len(), 1);
/// assert_eq!(map.get("hello world"), Some(Measure::NoEffect));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct MeasureMap(std::collections::BTreeMap<String, Measure>);

impl MeasureMap {
    /// An empty mapping: only the statutory names are recognised.
    pub fn new() -> MeasureMap {
        MeasureMap::default()
    }

    /// The mapping with `description` placed as `measure`.
    #[must_use]
    pub fn with(mut self, description: &str, measure: Measure) -> MeasureMap {
        self.0.insert(description.to_owned(), measure);
        self
    }

    /// The measure the mapping places `description` as.
    pub fn get(&self, description: &str) -> Option<Measure> {
        let wanted = normalised(description);
        self.0.iter().find(|(k, _)| normalised(k) == wanted).map(|(_, m)| *m)
    }

    /// How many descriptions the mapping places.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the mapping places nothing.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

fn normalised(text: &str) -> String {
    text.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>().join(" ")
}

impl Person {
    /// The display name: `MailingName`, or initials, prefix and birth surname.
    pub fn display_name(&self) -> String {
        if let Some(n) = self.mailing_name.as_deref().filter(|n| !n.trim().is_empty()) {
            return n.trim().to_owned();
        }
        [&self.initial, &self.prefix, &self.birth_surname]
            .iter()
            .filter_map(|p| p.as_deref().map(str::trim).filter(|p| !p.is_empty()))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Converts the person into a [`Professional`], with the records left out and the records
    /// that could not be placed ([`Imported`]).
    ///
    /// `looked_up_on` is the day the register was consulted: a specialism without dates (the
    /// register's fourth version carries none) counts from it; one with a `StartDate` (the third
    /// version) from that day.
    ///
    /// # Errors
    ///
    /// [`ImportError`] only when nothing of the person is left: every registration was skipped
    /// or left out for an error (the first error, or [`ImportProblem::NoRegistration`]), a
    /// measure names a BIG number the person has no registration for (it could belong to any of
    /// them, so all are left out), or the registrations together contradict each other.
    pub fn to_professional(&self, looked_up_on: Date) -> Result<Imported, ImportError> {
        self.to_professional_with(looked_up_on, &MeasureMap::default())
    }

    /// [`to_professional`](Person::to_professional) with the caller's placement of measure
    /// descriptions.
    ///
    /// # Errors
    ///
    /// As [`to_professional`](Person::to_professional).
    pub fn to_professional_with(&self, looked_up_on: Date, measures: &MeasureMap) -> Result<Imported, ImportError> {
        let mut skipped = Vec::new();
        let mut errors = Vec::new();
        let mut regs = self.registrations(looked_up_on, &mut skipped, &mut errors);
        self.place_measures(&mut regs, measures, &mut skipped, &mut errors);
        self.place_specialisms(&mut regs, looked_up_on, &mut skipped, &mut errors);
        self.place_mentions(&mut regs, &mut skipped, &mut errors);
        let mut builder = Professional::builder(self.display_name());
        let mut drafts = Vec::new();
        for reg in regs {
            if reg.failed {
                continue;
            }
            let qualifications = reg.qualifications.clone();
            match reg.into_draft() {
                None => {}
                Some(Err(e)) => errors.push(e),
                Some(Ok(draft)) => {
                    for (q, p) in qualifications {
                        builder = builder.qualification_from(q, p, draft.provenance.clone());
                    }
                    drafts.push(draft);
                }
            }
        }
        if drafts.is_empty()
            && let Some(first) = errors.first()
        {
            return Err(first.clone());
        }
        let professional = finish(builder, drafts, "ArticleRegistration")?;
        Ok(Imported { professional, skipped, errors })
    }

    fn registrations(
        &self,
        looked_up_on: Date,
        skipped: &mut Vec<Skipped>,
        errors: &mut Vec<ImportError>,
    ) -> Vec<Read> {
        self.article_registration
            .items
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let path = format!("ArticleRegistration[{i}]");
                let raw = a.article_registration_number.as_str().trim().to_owned();
                let mut read = Read {
                    number: big_number("", &raw).ok(),
                    raw,
                    profession: None,
                    group: String::new(),
                    from: Date::MIN,
                    until: None,
                    failed: false,
                    looked_up_on,
                    measures: Vec::new(),
                    qualifications: Vec::new(),
                };
                match Self::registration(&path, a, skipped) {
                    Ok((profession, group, from, until)) => {
                        read.profession = profession;
                        read.group = group;
                        read.from = from;
                        read.until = until;
                    }
                    Err(e) => {
                        read.failed = true;
                        errors.push(e);
                    }
                }
                read
            })
            .collect()
    }

    /// One registration's number, profession and days.
    #[allow(clippy::type_complexity, reason = "one record's four parts, named where used")]
    fn registration(
        path: &str,
        a: &ArticleRegistration,
        skipped: &mut Vec<Skipped>,
    ) -> Result<(Option<Profession>, String, Date, Option<Date>), ImportError> {
        big_number(&format!("{path}.ArticleRegistrationNumber"), a.article_registration_number.as_str())?;
        let code_path = format!("{path}.ProfessionalGroupCode");
        let code = a.professional_group_code.as_ref().map(|c| c.as_str().trim()).unwrap_or_default();
        let profession = match group_meaning(code) {
            Some(GroupMeaning::Profession(p)) => Some(p),
            Some(GroupMeaning::NoEffect(why)) => {
                skipped.push(Skipped { path: code_path, value: code.to_owned(), why });
                None
            }
            Some(GroupMeaning::Unknown) => {
                return Err(ImportError::new(code_path, code, ImportProblem::ProfessionUnknown));
            }
            None => return Err(ImportError::new(code_path, code, ImportProblem::UnknownProfessionalGroup)),
        };
        let start_path = format!("{path}.ArticleRegistrationStartDate");
        let start = a.article_registration_start_date.as_str();
        if end_of(&start_path, Some(start))?.is_none() {
            return Err(ImportError::new(start_path, start, ImportProblem::MissingDate));
        }
        let from = date_of(&start_path, start)?;
        let end_path = format!("{path}.ArticleRegistrationEndDate");
        let until = end_of(&end_path, a.article_registration_end_date.as_ref().map(Text::as_str))?;
        period(&end_path, from, until)?;
        Ok((profession, code.to_owned(), from, until))
    }

    fn place_specialisms(
        &self,
        regs: &mut [Read],
        looked_up_on: Date,
        skipped: &mut Vec<Skipped>,
        errors: &mut Vec<ImportError>,
    ) {
        for (i, s) in self.specialism.items.iter().enumerate() {
            let path = format!("Specialism[{i}]");
            let Some(reg) = granting(regs, &s.article_registration_number, &path, errors) else { continue };
            let id_path = format!("{path}.TypeOfSpecialismId");
            let placed =
                number(&id_path, &s.type_of_specialism_id).and_then(|id| match specialism_meaning(&reg.group, id) {
                    SpecialismMeaning::Qualification(q) => {
                        let from = match &s.start_date {
                            Some(t) if end_of("", Some(t.as_str())).ok().flatten().is_some() => {
                                date_of(&format!("{path}.StartDate"), t.as_str())?
                            }
                            _ => looked_up_on,
                        };
                        let until = end_of(&format!("{path}.EndDate"), s.end_date.as_ref().map(Text::as_str))?;
                        Ok(Some((q, period(&format!("{path}.EndDate"), from, until)?)))
                    }
                    SpecialismMeaning::NoEffect => {
                        skipped.push(Skipped {
                            path: id_path.clone(),
                            value: s.type_of_specialism_id.to_string(),
                            why: SPECIALISM_NO_EFFECT,
                        });
                        Ok(None)
                    }
                    SpecialismMeaning::Unknown => Err(ImportError::new(
                        id_path.clone(),
                        s.type_of_specialism_id.as_str(),
                        ImportProblem::UnknownSpecialism { group: reg.group.clone() },
                    )),
                });
            settle(reg, placed, errors);
        }
    }

    fn place_mentions(&self, regs: &mut [Read], skipped: &mut Vec<Skipped>, errors: &mut Vec<ImportError>) {
        for (i, m) in self.mention.items.iter().enumerate() {
            let path = format!("Mention[{i}]");
            let Some(reg) = granting(regs, &m.article_registration_number, &path, errors) else { continue };
            let type_path = format!("{path}.TypeOfMentionId");
            let placed = number(&type_path, &m.type_of_mention_id).and_then(|id| {
                let Some((_, meaning)) = MENTIONS.iter().find(|(code, _)| *code == id) else {
                    return Err(ImportError::new(
                        type_path.clone(),
                        m.type_of_mention_id.as_str(),
                        ImportProblem::UnknownMention,
                    ));
                };
                let Some(q) = meaning else {
                    skipped.push(Skipped {
                        path: type_path.clone(),
                        value: m.type_of_mention_id.to_string(),
                        why: "an annotation the law table has no row for",
                    });
                    return Ok(None);
                };
                if reg.profession != Some(q.base_profession()) {
                    return Err(ImportError::new(
                        format!("{path}.ArticleRegistrationNumber"),
                        m.article_registration_number.as_str(),
                        ImportProblem::WrongRegistration {
                            found: reg.profession.unwrap_or(q.base_profession()),
                            needs: q.base_profession(),
                        },
                    ));
                }
                let from = date_of(&format!("{path}.StartDate"), m.start_date.as_str())?;
                let until = end_of(&format!("{path}.EndDate"), m.end_date.as_ref().map(Text::as_str))?;
                Ok(Some((*q, period(&format!("{path}.EndDate"), from, until)?)))
            });
            settle(reg, placed, errors);
        }
    }

    fn place_measures(
        &self,
        regs: &mut [Read],
        map: &MeasureMap,
        skipped: &mut Vec<Skipped>,
        errors: &mut Vec<ImportError>,
    ) {
        let judgments = self.judgment_provision.items.iter().enumerate().map(|(i, j)| {
            let path = format!("JudgmentProvision[{i}]");
            let description = j.public_description.as_deref().unwrap_or_default();
            let measure = match j.measure.or_else(|| map.get(description)) {
                Some(m) => Ok(m),
                None => measure_from_description(&path, description),
            };
            (path, &j.article_number, Some(j.start_date.as_str()), j.end_date.as_ref(), measure)
        });
        let limitations = self.limitation.items.iter().enumerate().map(|(i, l)| {
            let path = format!("Limitation[{i}]");
            let by_caller = l.measure.or_else(|| l.description.as_deref().and_then(|d| map.get(d)));
            let measure = match (by_caller, number(&format!("{path}.TypeLimitationId"), &l.type_limitation_id)) {
                (Some(m), _) => Ok(m),
                (None, Err(e)) => Err(e),
                (None, Ok(code)) => match LIMITATIONS.iter().find(|(c, _)| *c == code) {
                    Some((_, false)) => Ok(Measure::NoEffect),
                    Some((_, true)) => Err(ImportError::new(
                        format!("{path}.TypeLimitationId"),
                        l.type_limitation_id.as_str(),
                        ImportProblem::UnplacedMeasure { why: "the register does not list what a clause limits" },
                    )),
                    None => Err(ImportError::new(
                        format!("{path}.TypeLimitationId"),
                        l.type_limitation_id.as_str(),
                        ImportProblem::UnplacedMeasure { why: "a limitation type the table does not know" },
                    )),
                },
            };
            let end = l.end_date.as_ref().or(l.expiration_end_date.as_ref());
            (path, &l.article_registration_number, l.start_date.as_ref().map(Text::as_str), end, measure)
        });
        for (path, number_text, start, end, measure) in judgments.chain(limitations) {
            let at = match belongs(regs, number_text, &path) {
                Ok(Belongs::To(at)) => at,
                Ok(Belongs::LeftOut) => continue,
                // A measure that names no registration of the person could take authority away
                // from any of them: all are left out.
                Err(e) => {
                    for reg in regs.iter_mut() {
                        reg.failed = true;
                    }
                    errors.push(e);
                    continue;
                }
            };
            let Some(reg) = regs.get_mut(at) else { continue };
            let status = match measure {
                Ok(m) => match status_of(m) {
                    Some(status) => status,
                    None => {
                        skipped.push(Skipped {
                            path,
                            value: String::new(),
                            why: "a measure without effect on authority",
                        });
                        continue;
                    }
                },
                // A measure that cannot be read is kept as an unknown one for its dates.
                Err(e) if matches!(e.problem, ImportProblem::UnplacedMeasure { .. }) => {
                    errors.push(e);
                    RegistrationStatus::UnknownMeasure
                }
                Err(e) => {
                    fail(reg, e, errors);
                    continue;
                }
            };
            match measure_period(&path, start, end, status, reg) {
                Ok(period) => reg.measures.push((path, StatusPeriod { period, status })),
                Err(e) => fail(reg, e, errors),
            }
        }
    }
}

/// The registration status a placed measure puts a registration in; `None` for one without
/// effect on authority.
fn status_of(measure: Measure) -> Option<RegistrationStatus> {
    Some(match measure {
        Measure::NoEffect => return None,
        Measure::ConditionalSuspension => RegistrationStatus::ConditionalSuspension,
        Measure::Suspension => RegistrationStatus::Suspended { ground: SuspensionGround::Disciplinary },
        Measure::ProvisionalSuspension => RegistrationStatus::Suspended { ground: SuspensionGround::Provisional },
        Measure::StrikeOff => RegistrationStatus::StruckOff { ground: StrikeOffGround::Disciplinary },
        Measure::Conditions => RegistrationStatus::ConditionsImposed,
        Measure::PartialWithdrawal { procedures } => RegistrationStatus::PartiallyWithdrawn { procedures },
    })
}

/// The days a measure holds: from its start (required, not before the registration) to its end,
/// cut to the registration's end unless it is the strike-off that ended it.
fn measure_period(
    path: &str,
    start: Option<&str>,
    end: Option<&Text>,
    status: RegistrationStatus,
    reg: &Read,
) -> Result<Period, ImportError> {
    let start_path = format!("{path}.StartDate");
    let from = match end_of(&start_path, start)? {
        Some(_) => date_of(&start_path, start.unwrap_or_default())?,
        None => return Err(ImportError::new(start_path, start.unwrap_or_default(), ImportProblem::MissingDate)),
    };
    if from < reg.from {
        return Err(ImportError::new(
            start_path,
            start.unwrap_or_default(),
            ImportProblem::InconsistentDates(format!(
                "the measure starts before the registration `{}` it is on (from {})",
                reg.raw, reg.from
            )),
        ));
    }
    let end_path = format!("{path}.EndDate");
    let mut until = end_of(&end_path, end.map(Text::as_str))?;
    // A measure outlasting the registration ends with it, except a strike-off, which is what
    // ended it and says so afterwards.
    if !matches!(status, RegistrationStatus::StruckOff { .. })
        && let Some(reg_until) = reg.until
    {
        until = Some(until.map_or(reg_until, |u| u.min(reg_until)));
    }
    period(&end_path, from, until)
}

/// The registration a record that only grants (a specialism, a mention) is on; `None` when it is
/// left out with its registration, or names none of the person's (then listed in `errors`: the
/// record is left out, which is stricter, and the registrations stay).
fn granting<'a>(
    regs: &'a mut [Read],
    number: &Text,
    path: &str,
    errors: &mut Vec<ImportError>,
) -> Option<&'a mut Read> {
    match belongs(regs, number, path) {
        Ok(Belongs::To(at)) => regs.get_mut(at),
        Ok(Belongs::LeftOut) => None,
        Err(e) => {
            errors.push(e);
            None
        }
    }
}

/// A granting record placed on `reg` as a qualification, skipped (`None`), or, when it cannot be
/// placed, `reg` left out for it.
fn settle(reg: &mut Read, placed: Result<Option<(Qualification, Period)>, ImportError>, errors: &mut Vec<ImportError>) {
    match placed {
        Ok(Some(q)) => reg.qualifications.push(q),
        Ok(None) => {}
        Err(e) => fail(reg, e, errors),
    }
}

/// Leaves `reg` out for `error`, and lists the error.
fn fail(reg: &mut Read, error: ImportError, errors: &mut Vec<ImportError>) {
    reg.failed = true;
    errors.push(error);
}

impl Read {
    /// The registration's history: its measures, and active days between them; `None` for a
    /// registration of a group without reserved procedures.
    fn into_draft(mut self) -> Option<Result<Draft, ImportError>> {
        let profession = self.profession?;
        self.measures.sort_by_key(|(_, s)| s.period.from());
        let mut history = Vec::new();
        let mut next_free = Some(self.from);
        for (path, s) in &self.measures {
            let Some(free) = next_free else {
                return Some(Err(overlap(path, s)));
            };
            if s.period.from() < free {
                return Some(Err(overlap(path, s)));
            }
            if s.period.from() > free {
                let last = s.period.from().previous_day().unwrap_or(free);
                let until = self.until.map_or(last, |u| u.min(last));
                if until >= free {
                    history.push(StatusPeriod {
                        period: Period::between(free, until),
                        status: RegistrationStatus::Active,
                    });
                }
            }
            history.push(*s);
            next_free = s.period.until().and_then(Date::next_day);
        }
        if let Some(free) = next_free
            && self.until.is_none_or(|u| u >= free)
        {
            history.push(StatusPeriod {
                period: Period::new(free, self.until).unwrap_or(Period::starting(free)),
                status: RegistrationStatus::Active,
            });
        }
        let provenance = Some(Provenance::register(self.looked_up_on, self.number.map_or(self.raw, |n| n.to_string())));
        Some(Ok(Draft { profession, big_number: self.number, history, provenance }))
    }
}

fn overlap(path: &str, s: &StatusPeriod) -> ImportError {
    ImportError::new(
        format!("{path}.StartDate"),
        &s.period.from().to_string(),
        ImportProblem::InconsistentDates("the measure overlaps another measure on the same registration".to_owned()),
    )
}

fn belongs(regs: &[Read], number_text: &Text, path: &str) -> Result<Belongs, ImportError> {
    let number_path = format!("{path}.ArticleRegistrationNumber");
    let raw = number_text.as_str().trim();
    let number = big_number(&number_path, raw);
    let at = regs.iter().position(|r| r.raw == raw || (number.is_ok() && r.number == number.as_ref().ok().copied()));
    match at.and_then(|i| regs.get(i).map(|r| (i, r))) {
        // A record on a registration that is itself left out goes with it.
        Some((_, r)) if r.failed || (r.profession.is_none()) => Ok(Belongs::LeftOut),
        Some((i, _)) => Ok(Belongs::To(i)),
        None => {
            number?;
            Err(ImportError::new(number_path, number_text.as_str(), ImportProblem::UnknownBigNumber))
        }
    }
}

fn number(path: &str, t: &Text) -> Result<u16, ImportError> {
    let s = t.as_str().trim();
    s.strip_suffix(".0")
        .unwrap_or(s)
        .parse()
        .map_err(|_| ImportError::new(path, t.as_str(), ImportProblem::Malformed { expected: "a whole number" }))
}

/// The statutory measure names the importer recognises by itself, as they appear (lowercase) in a
/// public description, and the measure each means (`None`: a partial ban, whose procedures the
/// register does not list). A description must name exactly one of them once the longer names
/// are taken out. Sources: Wet BIG art. 48 lid 1 (waarschuwing, berisping, geldboete, schorsing,
/// gedeeltelijke ontzegging, doorhaling), art. 48 lid 6 (voorwaardelijke schorsing), art. 48 lid 8
/// (voorlopige schorsing), art. 80 lid 1 (voorwaarden). A caller places others with a
/// [`MeasureMap`].
pub const MEASURE_NAMES: &[(&str, Option<Measure>)] = &[
    ("voorwaardelijke schorsing", Some(Measure::ConditionalSuspension)),
    ("voorlopige schorsing", Some(Measure::ProvisionalSuspension)),
    ("schorsing", Some(Measure::Suspension)),
    ("doorhaling", Some(Measure::StrikeOff)),
    ("gedeeltelijke ontzegging", None),
    ("gedeeltelijk verbod", None),
    ("voorwaarden", Some(Measure::Conditions)),
    ("waarschuwing", Some(Measure::NoEffect)),
    ("berisping", Some(Measure::NoEffect)),
    ("geldboete", Some(Measure::NoEffect)),
];

fn measure_from_description(path: &str, description: &str) -> Result<Measure, ImportError> {
    let mut text = description.to_lowercase();
    let mut found: Vec<Option<Measure>> = Vec::new();
    for (name, measure) in MEASURE_NAMES {
        if text.contains(name) {
            found.push(*measure);
            text = text.replace(name, " ");
        }
    }
    let field = format!("{path}.PublicDescription");
    match found.as_slice() {
        [Some(m)] => Ok(*m),
        [None] => Err(ImportError::new(
            field,
            description,
            ImportProblem::UnplacedMeasure { why: "a partial ban, whose procedures the register does not list" },
        )),
        [] => Err(ImportError::new(
            field,
            description,
            ImportProblem::UnplacedMeasure { why: "the description names no measure of art. 48 or 80" },
        )),
        _ => Err(ImportError::new(
            field,
            description,
            ImportProblem::UnplacedMeasure { why: "the description names several measures" },
        )),
    }
}
