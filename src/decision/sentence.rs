//! Every Dutch and English phrase of the crate, each pair side by side, so a translator or a
//! lawyer reviews all wording in one place: the names of procedures, professions, qualifications,
//! fields, substances, techniques and routes; each reason's sentence; the phrases that frame an
//! explanation.

use crate::decision::{Remedy, Unmet};
use crate::law::{self, Citation};
use crate::text::Lang;
use crate::types::date::Date;
use crate::types::facts::{DrugSet, TechniqueSet};
use crate::types::procedure::Procedure;
use crate::types::profession::{Profession, Qualification};
use crate::types::route::Route;
use crate::types::scope::ScopeKind;
use crate::types::subdomain::Subdomain;

/// `nl` or `en`, by `lang`; both written side by side at every use.
macro_rules! say {
    ($lang:expr, $nl:expr, $en:expr $(,)?) => {
        match $lang {
            Lang::Nl => $nl,
            Lang::En => $en,
        }
    };
}

/// How sentences name what the law leaves to the caller: subdomains, of which the law knows no
/// list, so that the caller's own labels are the only names there are. [`Names::CODES`] names
/// them by their codes; [`LabelsIn::names`](crate::LabelsIn::names) by a roster's labels in its
/// language.
///
/// # Example
///
/// ```
/// use std::collections::BTreeMap;
/// use bevoegd::{Lang, Names, Procedure, Remedy};
///
/// let labels = BTreeMap::from([("cardiology".parse()?, "Cardiologie".to_owned())]);
/// let r = Remedy::Competence { procedure: Procedure::Puncture, subdomain: Some("cardiology".parse()?) };
/// assert_eq!(r.describe_with(Lang::Nl, Names::subdomains(&labels)), "een bekwaamheidsverklaring voor puncties (Cardiologie)");
/// assert_eq!(r.describe_with(Lang::Nl, Names::CODES), r.describe(Lang::Nl));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Names<'a> {
    subdomains: Option<&'a std::collections::BTreeMap<Subdomain, String>>,
}

impl<'a> Names<'a> {
    /// Every subdomain by its code.
    pub const CODES: Names<'static> = Names { subdomains: None };

    /// Subdomains by the labels in `labels`, by code where unlabelled.
    pub const fn subdomains(labels: &'a std::collections::BTreeMap<Subdomain, String>) -> Names<'a> {
        Names { subdomains: Some(labels) }
    }

    /// The name of a subdomain.
    pub fn subdomain(&self, s: Subdomain) -> String {
        self.subdomains.and_then(|m| m.get(&s).cloned()).unwrap_or_else(|| s.to_string())
    }

    /// The name of an optional subdomain, `-` when none was given.
    fn sub(&self, s: Option<Subdomain>) -> String {
        s.map_or_else(|| "-".to_owned(), |s| self.subdomain(s))
    }
}

/// A holder: the qualification's name when there is one, else the profession's.
const fn holder(profession: Profession, qualification: Option<Qualification>, lang: Lang) -> &'static str {
    match qualification {
        Some(q) => q.name(lang),
        None => profession.name(lang),
    }
}

impl Unmet {
    /// The condition in words, without the citation; subdomains by code.
    pub fn describe(&self, lang: Lang) -> String {
        self.describe_with(lang, Names::CODES)
    }

    /// The condition in words, without the citation; subdomains as `names` names them.
    pub fn describe_with(&self, lang: Lang, names: Names<'_>) -> String {
        let l = lang;
        match *self {
            Unmet::NotGranted { profession: Some(p), procedure, date } => say!(
                l,
                format!("een {} is op {date} niet bevoegd tot {}", p.name(l), procedure.name(l)),
                format!("a {} is not authorised for {} on {date}", p.name(l), procedure.name(l)),
            ),
            Unmet::NotGranted { profession: None, procedure, date } => say!(
                l,
                format!("geen beroep op naam is op {date} bevoegd tot {}", procedure.name(l)),
                format!("no profession on record is authorised for {} on {date}", procedure.name(l)),
            ),
            Unmet::NotDesignated { profession, qualification, procedure } => say!(
                l,
                format!("een {} is niet aangewezen voor {}", holder(profession, qualification, l), procedure.name(l)),
                format!("a {} is not designated for {}", holder(profession, qualification, l), procedure.name(l)),
            ),
            Unmet::DesignationEnded { profession, qualification, procedure, on } => say!(
                l,
                format!(
                    "de aanwijzing van de {} voor {} gold tot en met {on}",
                    holder(profession, qualification, l),
                    procedure.name(l)
                ),
                format!(
                    "the designation of the {} for {} ran up to and including {on}",
                    holder(profession, qualification, l),
                    procedure.name(l)
                ),
            ),
            Unmet::DesignationNotYet { profession, qualification, procedure, from } => say!(
                l,
                format!(
                    "de aanwijzing van de {} voor {} geldt pas vanaf {from}",
                    holder(profession, qualification, l),
                    procedure.name(l)
                ),
                format!(
                    "the designation of the {} for {} applies only from {from}",
                    holder(profession, qualification, l),
                    procedure.name(l)
                ),
            ),
            Unmet::NoPrescribingAnnotation => say!(
                l,
                "geen aantekening van voorschrijfbevoegdheid in het register".to_owned(),
                "no register annotation of prescribing authority".to_owned(),
            ),
            Unmet::NotRegistered { profession } => say!(
                l,
                format!("niet ingeschreven als {}", profession.name(l)),
                format!("not registered as {}", profession.name(l)),
            ),
            Unmet::Suspended { profession, until: Some(u) } => say!(
                l,
                format!("registratie als {} geschorst tot en met {u}", profession.name(l)),
                format!("registration as {} suspended up to and including {u}", profession.name(l)),
            ),
            Unmet::RegistrationUnconfirmed { profession } => say!(
                l,
                format!("registratie als {} niet bevestigd door het register", profession.name(l)),
                format!("registration as {} not confirmed by the register", profession.name(l)),
            ),
            Unmet::UnknownMeasure { profession, from, until } => {
                let through = match (until, l) {
                    (Some(u), Lang::Nl) => format!(" tot en met {u}"),
                    (Some(u), _) => format!(" through {u}"),
                    (None, Lang::Nl) => " zonder einddatum".to_owned(),
                    (None, _) => " without an end date".to_owned(),
                };
                say!(
                    l,
                    format!(
                        "een maatregel in het register op de registratie als {} van {from}{through} kon niet gelezen worden: raadpleeg het register",
                        profession.name(l)
                    ),
                    format!(
                        "a register measure on the registration as {} from {from}{through} could not be read: check the register",
                        profession.name(l)
                    ),
                )
            }
            Unmet::Suspended { profession, until: None } => say!(
                l,
                format!("registratie als {} geschorst, zonder einddatum", profession.name(l)),
                format!("registration as {} suspended, no end date", profession.name(l)),
            ),
            Unmet::StruckOff { profession, since, ground } => say!(
                l,
                format!("registratie als {} doorgehaald op {since} {}", profession.name(l), ground.name(l)),
                format!("registration as {} struck off on {since} {}", profession.name(l), ground.name(l)),
            ),
            Unmet::AuthorityWithdrawn { profession, procedure } => say!(
                l,
                format!("bevoegdheid als {} voor {} gedeeltelijk ontzegd", profession.name(l), procedure.name(l)),
                format!("authority as {} for {} partially withdrawn", profession.name(l), procedure.name(l)),
            ),
            Unmet::AuthorityRestricted { profession, procedure, ground } => say!(
                l,
                format!(
                    "bevoegdheid als {} voor {} ingeperkt {}",
                    profession.name(l),
                    procedure.name(l),
                    ground.name(l)
                ),
                format!("authority as {} for {} restricted {}", profession.name(l), procedure.name(l), ground.name(l)),
            ),
            Unmet::AuthorityRestrictedInScope { profession, procedure, ground, scope } => {
                let (p, act, by) = (profession.name(l), procedure.name(l), ground.name(l));
                match scope {
                    ScopeKind::PatientGroup { group } => say!(
                        l,
                        format!(
                            "bevoegdheid als {p} voor {act} ingeperkt {by} voor {}, en de patiënt hoort daartoe",
                            group.name(l)
                        ),
                        format!(
                            "authority as {p} for {act} restricted {by} for {}, and the patient is one of them",
                            group.name(l)
                        ),
                    ),
                    ScopeKind::OnlyPlace => say!(
                        l,
                        format!(
                            "bevoegdheid als {p} voor {act} {by} beperkt tot één plaats, en dit is een andere plaats"
                        ),
                        format!("authority as {p} for {act} restricted {by} to one place, and this is another place"),
                    ),
                    ScopeKind::NotPlace => say!(
                        l,
                        format!(
                            "bevoegdheid als {p} voor {act} ingeperkt {by} op één plaats, en de handeling vindt daar plaats"
                        ),
                        format!(
                            "authority as {p} for {act} restricted {by} in one place, and the act takes place there"
                        ),
                    ),
                }
            }
            Unmet::RestrictionScopeOpen { profession, procedure, ground, scope } => {
                let (p, act, by) = (profession.name(l), procedure.name(l), ground.name(l));
                match scope {
                    ScopeKind::PatientGroup { group } => say!(
                        l,
                        format!(
                            "bevoegdheid als {p} voor {act} ingeperkt {by} voor {}, en niet gegeven is of de patiënt \
                             daartoe hoort (`patient_groups`)",
                            group.name(l)
                        ),
                        format!(
                            "authority as {p} for {act} restricted {by} for {}, and it is not given whether the patient \
                             is one of them (`patient_groups`)",
                            group.name(l)
                        ),
                    ),
                    ScopeKind::OnlyPlace | ScopeKind::NotPlace => say!(
                        l,
                        format!(
                            "bevoegdheid als {p} voor {act} ingeperkt {by} naar plaats, en niet gegeven is waar de \
                             handeling plaatsvindt (`place`)"
                        ),
                        format!(
                            "authority as {p} for {act} restricted {by} by place, and it is not given where the act \
                             takes place (`place`)"
                        ),
                    ),
                }
            }
            Unmet::RegistrationConditionsNotMet { profession } => say!(
                l,
                format!(
                    "de bevoegdheid als {} is aan bijzondere voorwaarden gebonden en niet vastgesteld is dat de \
                     handeling daaraan voldoet",
                    profession.name(l)
                ),
                format!(
                    "the authority as {} is bound to special conditions and it is not established that the act \
                     complies with them",
                    profession.name(l)
                ),
            ),
            Unmet::QualificationNotHeld { qualification } => say!(
                l,
                format!("geen {} op deze datum", qualification.name(l)),
                format!("no {} on this date", qualification.name(l)),
            ),
            Unmet::OutsideField { required, actual } => say!(
                l,
                format!(
                    "buiten het deskundigheidsgebied {} (de handeling valt in {})",
                    required.name(l),
                    actual.name(l)
                ),
                format!("outside the field of {} (the act falls in {})", required.name(l), actual.name(l)),
            ),
            Unmet::OutsideSpecialism { required, actual } => say!(
                l,
                format!(
                    "buiten het deelgebied van de {} (de handeling valt in {})",
                    required.name(l),
                    actual.map_or("geen opgegeven specialisme", |q| q.name(l))
                ),
                format!(
                    "outside the sub-area of the {} (the act falls in {})",
                    required.name(l),
                    actual.map_or("no stated specialism", |q| q.name(l))
                ),
            ),
            Unmet::OutsideTrainedSubdomain { trained: None, actual, .. } => say!(
                l,
                format!("niet opgeleid in een deelgebied (de handeling valt in {})", names.sub(actual)),
                format!("not trained in any subdomain (the act falls in {})", names.sub(actual)),
            ),
            Unmet::OutsideTrainedSubdomain { trained: Some(t), also_trained: 0, actual } => say!(
                l,
                format!(
                    "buiten het deelgebied waarin opgeleid: {} (de handeling valt in {})",
                    names.subdomain(t),
                    names.sub(actual)
                ),
                format!(
                    "outside the subdomain trained in: {} (the act falls in {})",
                    names.subdomain(t),
                    names.sub(actual)
                ),
            ),
            Unmet::OutsideTrainedSubdomain { trained: Some(t), also_trained, actual } => say!(
                l,
                format!(
                    "buiten de deelgebieden waarin opgeleid: {} en {also_trained} andere (de handeling valt in {})",
                    names.subdomain(t),
                    names.sub(actual)
                ),
                format!(
                    "outside the subdomains trained in: {} and {also_trained} more (the act falls in {})",
                    names.subdomain(t),
                    names.sub(actual)
                ),
            ),
            Unmet::NoProtocol { procedure, subdomain } => say!(
                l,
                format!("geen protocol voor {} in {}", procedure.name(l), names.sub(subdomain)),
                format!("no protocol for {} in {}", procedure.name(l), names.sub(subdomain)),
            ),
            Unmet::NotLimitedComplexity => say!(
                l,
                "niet vastgesteld dat de handeling van beperkte complexiteit is".to_owned(),
                "not established that the act is of limited complexity".to_owned(),
            ),
            Unmet::NotRoutine => say!(
                l,
                "niet vastgesteld dat de handeling routinematig is".to_owned(),
                "not established that the act is routine".to_owned(),
            ),
            Unmet::RisksNotOverseeable => say!(
                l,
                "niet vastgesteld dat de risico's te overzien zijn".to_owned(),
                "not established that the risks are overseeable".to_owned(),
            ),
            Unmet::NotComplexTechnicalMedicalAct => say!(
                l,
                "geen onderdeel van een complexe technisch-medische handeling".to_owned(),
                "not part of a complex technical-medical act".to_owned(),
            ),
            Unmet::RadiationRequirementsNotMet => say!(
                l,
                "niet voldaan aan de eisen krachtens de Kernenergiewet".to_owned(),
                "the requirements under the Kernenergiewet are not met".to_owned(),
            ),
            Unmet::NoDiagnosisByPhysician => say!(
                l,
                "de diagnose is niet door een arts gesteld".to_owned(),
                "the diagnosis was not made by a physician".to_owned(),
            ),
            Unmet::DrugNotPermitted { drug: Some(d), procedure: Procedure::Prescribing } => say!(
                l,
                format!("{} vallen niet onder de voorschrijfbevoegdheid", d.name(l)),
                format!("{} are outside the prescribing authority", d.name(l)),
            ),
            Unmet::DrugNotPermitted { drug: Some(d), procedure } => say!(
                l,
                format!("{} vallen niet onder de bevoegdheid tot {}", d.name(l), procedure.name(l)),
                format!("{} are outside the authority for {}", d.name(l), procedure.name(l)),
            ),
            Unmet::DrugNotPermitted { drug: None, procedure: Procedure::Prescribing } => {
                say!(l, "geen geneesmiddelgroep opgegeven".to_owned(), "no drug class given".to_owned())
            }
            Unmet::DrugNotPermitted { drug: None, .. } => {
                say!(l, "geen middel opgegeven".to_owned(), "no substance given".to_owned())
            }
            Unmet::TechniqueNotCovered { technique: Some(t) } => say!(
                l,
                format!("{} valt niet onder de bevoegdheid", t.name(l)),
                format!("{} is outside the authority", t.name(l)),
            ),
            Unmet::TechniqueNotCovered { technique: None } => {
                say!(l, "geen techniek opgegeven".to_owned(), "no technique given".to_owned())
            }
            Unmet::DrugUnknown { procedure, permits } => say!(
                l,
                format!(
                    "het middel voor {} is nog niet bekend (toegestaan: {})",
                    procedure.name(l),
                    drug_list(permits, l)
                ),
                format!(
                    "the medicine for {} is not known yet (permitted: {})",
                    procedure.name(l),
                    drug_list(permits, l)
                ),
            ),
            Unmet::TechniqueUnknown { procedure, permits } => say!(
                l,
                format!(
                    "de techniek voor {} is nog niet bekend (toegestaan: {})",
                    procedure.name(l),
                    technique_list(permits, l)
                ),
                format!(
                    "the technique for {} is not known yet (permitted: {})",
                    procedure.name(l),
                    technique_list(permits, l)
                ),
            ),
            Unmet::TechniqueOfOtherProcedure { technique, procedure } => say!(
                l,
                format!("{} is geen vorm van {}", technique.name(l), procedure.name(l)),
                format!("{} is not a form of {}", technique.name(l), procedure.name(l)),
            ),
            Unmet::NoInstruction => {
                say!(l, "er is geen opdracht gegeven".to_owned(), "no instruction was given".to_owned())
            }
            Unmet::InstructorNotAuthorised => say!(
                l,
                "de opdrachtgever is hiertoe niet zelf bevoegd".to_owned(),
                "the instructor is not authorised for this act".to_owned(),
            ),
            Unmet::DirectionsNotFollowed => say!(
                l,
                "de aanwijzingen van de opdrachtgever zijn niet gevolgd".to_owned(),
                "the instructor's directions were not followed".to_owned(),
            ),
            Unmet::SupervisionNotEnsured => say!(
                l,
                "toezicht en mogelijkheid van tussenkomst zijn niet verzekerd".to_owned(),
                "supervision and the possibility of intervention are not ensured".to_owned(),
            ),
            Unmet::NotCompetent { procedure } => say!(
                l,
                format!("niet bekwaam voor {}", procedure.name(l)),
                format!("not competent for {}", procedure.name(l)),
            ),
            Unmet::CompetenceExpired { procedure, on } => say!(
                l,
                format!("bekwaamheid voor {} verlopen op {on}", procedure.name(l)),
                format!("competence for {} expired on {on}", procedure.name(l)),
            ),
            Unmet::RouteClosedForPrescribing { .. } => say!(
                l,
                "voorschrijven kan alleen zelfstandig: alleen dan is het een geldig recept".to_owned(),
                "prescribing is possible only independently: only then is it a valid prescription".to_owned(),
            ),
        }
    }
}

/// The first words of a permission on `route`.
pub(crate) const fn permitted(route: Route, lang: Lang) -> &'static str {
    let (nl, en) = match route {
        Route::Independent => ("zelfstandig bevoegd", "independently authorised"),
        Route::FunctionalIndependence => {
            ("bevoegd: functioneel zelfstandig, in opdracht", "authorised: functionally independent, on instruction")
        }
        Route::OnInstruction => ("bevoegd in opdracht", "authorised on instruction"),
        Route::Emergency => (
            "toegestaan: noodsituatie, het verbod geldt alleen buiten noodzaak",
            "allowed: emergency, the prohibition applies only outside necessity",
        ),
        Route::NotProfessional => (
            "toegestaan: niet beroepsmatig, het verbod geldt alleen beroepsmatig handelen",
            "allowed: not professionally, the prohibition applies only to professional acts",
        ),
    };
    say!(lang, nl, en)
}

/// The first words of a reason why `route` does not hold.
pub(crate) const fn not_on(route: Route, lang: Lang) -> &'static str {
    let (nl, en) = match route {
        Route::Independent => ("niet zelfstandig bevoegd", "not independently authorised"),
        Route::FunctionalIndependence => ("niet functioneel zelfstandig", "not functionally independent"),
        Route::OnInstruction => ("niet in opdracht", "not on instruction"),
        Route::Emergency => ("niet in noodsituatie", "not as an emergency"),
        Route::NotProfessional => ("niet buiten beroepsuitoefening", "not as a non-professional act"),
    };
    say!(lang, nl, en)
}

/// What changed on the day an answer stopped holding.
pub(crate) fn describe_change(change: &super::Change, lang: Lang) -> String {
    use super::Change;
    match change {
        Change::RowEnds { rule } => say!(lang, format!("de regel {rule} eindigt"), format!("the row {rule} ends")),
        Change::RowBegins { rule } => say!(lang, format!("de regel {rule} begint"), format!("the row {rule} begins")),
        Change::RegistrationStatus => {
            say!(lang, "de registratie verandert".to_owned(), "the registration changes".to_owned())
        }
        Change::Competence => say!(lang, "de bekwaamheid verandert".to_owned(), "the competence changes".to_owned()),
        Change::Qualification => {
            say!(lang, "een kwalificatie verandert".to_owned(), "a qualification changes".to_owned())
        }
        Change::Instructor => say!(lang, "de opdrachtgever verandert".to_owned(), "the instructor changes".to_owned()),
        Change::Delegation => {
            say!(lang, "een delegatie begint of eindigt".to_owned(), "a delegation starts or ends".to_owned())
        }
        Change::LegalBasis => say!(
            lang,
            "de datum ligt na de laatste toetsing van de wettabel".to_owned(),
            "the date is after the law table was last checked".to_owned()
        ),
    }
}

/// The word before the facts a conditional answer needs.
pub(crate) const fn provided(lang: Lang) -> &'static str {
    say!(lang, "mits", "provided that")
}

/// The classes of a set by name, `, `-separated.
fn drug_list(set: DrugSet, lang: Lang) -> String {
    set.iter().map(|d| d.name(lang)).collect::<Vec<_>>().join(", ")
}

/// The techniques of a set by name, `, `-separated.
fn technique_list(set: TechniqueSet, lang: Lang) -> String {
    set.iter().map(|t| t.name(lang)).collect::<Vec<_>>().join(", ")
}

impl Unmet {
    /// The condition as a fact that must hold, for a conditional answer ("the act is routine").
    pub fn requirement(&self, lang: Lang) -> String {
        self.requirement_with(lang, Names::CODES)
    }

    /// [`requirement`](Unmet::requirement) with subdomains as `names` names them.
    pub fn requirement_with(&self, lang: Lang, names: Names<'_>) -> String {
        let l = lang;
        match *self {
            Unmet::NotLimitedComplexity => {
                say!(l, "de handeling van beperkte complexiteit is", "the act is of limited complexity").to_owned()
            }
            Unmet::NotRoutine => say!(l, "de handeling routinematig is", "the act is routine").to_owned(),
            Unmet::RisksNotOverseeable => {
                say!(l, "de risico's te overzien zijn", "the risks are overseeable").to_owned()
            }
            Unmet::NotComplexTechnicalMedicalAct => say!(
                l,
                "de handeling onderdeel is van een complexe technisch-medische handeling",
                "the act is part of a complex technical-medical act"
            )
            .to_owned(),
            Unmet::RadiationRequirementsNotMet => say!(
                l,
                "aan de eisen krachtens de Kernenergiewet is voldaan",
                "the requirements under the Kernenergiewet are met"
            )
            .to_owned(),
            Unmet::NoDiagnosisByPhysician => {
                say!(l, "de diagnose door een arts is gesteld", "the diagnosis was made by a physician").to_owned()
            }
            Unmet::DrugUnknown { permits, .. } => say!(
                l,
                format!("het middel een van deze is: {}", drug_list(permits, l)),
                format!("the medicine is one of: {}", drug_list(permits, l)),
            ),
            Unmet::TechniqueUnknown { permits, .. } => say!(
                l,
                format!("de techniek een van deze is: {}", technique_list(permits, l)),
                format!("the technique is one of: {}", technique_list(permits, l)),
            ),
            Unmet::RegistrationConditionsNotMet { .. } => say!(
                l,
                "de handeling voldoet aan de bijzondere voorwaarden van de registratie",
                "the act complies with the special conditions of the registration"
            )
            .to_owned(),
            Unmet::RegistrationUnconfirmed { profession } => say!(
                l,
                format!("het register de registratie als {} bevestigt", profession.name(l)),
                format!("the register confirms the registration as {}", profession.name(l)),
            ),
            Unmet::RestrictionScopeOpen { scope, ground, .. } => match scope {
                ScopeKind::PatientGroup { group } => say!(
                    l,
                    format!(
                        "de patiënt niet tot de {} hoort, voor wie de bevoegdheid is ingeperkt {} (`patient_groups`)",
                        group.name(l),
                        ground.name(l)
                    ),
                    format!(
                        "the patient is not one of the {} the authority is restricted for {} (`patient_groups`)",
                        group.name(l),
                        ground.name(l)
                    ),
                ),
                ScopeKind::OnlyPlace => say!(
                    l,
                    format!(
                        "de handeling plaatsvindt op de ene plaats die de inperking {} toelaat (`place`)",
                        ground.name(l)
                    ),
                    format!("the act takes place in the one place the restriction {} allows (`place`)", ground.name(l)),
                ),
                ScopeKind::NotPlace => say!(
                    l,
                    format!(
                        "de handeling niet plaatsvindt op de plaats die de inperking {} uitsluit (`place`)",
                        ground.name(l)
                    ),
                    format!(
                        "the act does not take place in the place the restriction {} bars (`place`)",
                        ground.name(l)
                    ),
                ),
            },
            _ => self.describe_with(l, names),
        }
    }
}

impl Remedy {
    /// What is missing, in words: what a ward manager would arrange.
    ///
    /// ```
    /// use bevoegd::{Lang, Procedure, Remedy};
    ///
    /// let r = Remedy::Competence { procedure: Procedure::Puncture, subdomain: Some("cardiology".parse()?) };
    /// assert_eq!(r.describe(Lang::Nl), "een bekwaamheidsverklaring voor puncties (cardiology)");
    /// assert_eq!(r.describe(Lang::En), "a competence record for punctures (cardiology)");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn describe(&self, lang: Lang) -> String {
        self.describe_with(lang, Names::CODES)
    }

    /// [`describe`](Remedy::describe) with subdomains as `names` names them.
    pub fn describe_with(&self, lang: Lang, names: Names<'_>) -> String {
        let l = lang;
        let in_sub = |s: Option<Subdomain>| s.map(|s| format!(" ({})", names.subdomain(s))).unwrap_or_default();
        match *self {
            Remedy::NotOpen { route } => {
                say!(
                    l,
                    format!("niets: de route {} is niet open", route.name(l)),
                    format!("nothing: {} is not open", route.name(l))
                )
            }
            Remedy::WaitUntil { date } => say!(l, format!("wachten tot {date}"), format!("waiting until {date}")),
            Remedy::EndOfSuspension => say!(l, "het einde van de schorsing", "the end of the suspension").to_owned(),
            Remedy::Registration { profession } => {
                say!(
                    l,
                    format!("registratie als {}", profession.name(l)),
                    format!("registration as {}", profession.name(l))
                )
            }
            Remedy::RegistrationConditionsMet => say!(
                l,
                "naleving van de bijzondere voorwaarden van de registratie",
                "compliance with the registration's special conditions"
            )
            .to_owned(),
            Remedy::RegistrationConfirmed => say!(
                l,
                "bevestiging van de registratie door het register (`registration_confirmed`)",
                "the register's confirmation of the registration (`registration_confirmed`)"
            )
            .to_owned(),
            Remedy::RegisterChecked { profession } => say!(
                l,
                format!(
                    "het register geraadpleegd en de maatregel op de registratie als {} vastgelegd",
                    profession.name(l)
                ),
                format!("the register checked and its measure on the registration as {} recorded", profession.name(l)),
            ),
            Remedy::OutsideScope { scope } => match scope {
                ScopeKind::PatientGroup { group } => say!(
                    l,
                    format!("de handeling voor een patiënt buiten de groep {}", group.name(l)),
                    format!("the act for a patient outside {}", group.name(l))
                ),
                ScopeKind::OnlyPlace => {
                    say!(l, "de handeling op de ene toegestane plaats", "the act in the one place allowed").to_owned()
                }
                ScopeKind::NotPlace => say!(
                    l,
                    "de handeling elders dan op de uitgesloten plaats",
                    "the act elsewhere than the place barred"
                )
                .to_owned(),
            },
            Remedy::ScopeStated { scope } => match scope {
                ScopeKind::PatientGroup { group } => say!(
                    l,
                    format!(
                        "opgave van de patiëntengroep (`patient_groups`), met de patiënt buiten de groep {}",
                        group.name(l)
                    ),
                    format!("the patient's groups given (`patient_groups`), the patient outside {}", group.name(l))
                ),
                ScopeKind::OnlyPlace | ScopeKind::NotPlace => say!(
                    l,
                    "opgave van de plaats (`place`), waar de inperking de handeling toelaat",
                    "the place given (`place`), where the restriction allows the act"
                )
                .to_owned(),
            },
            Remedy::RestoredAuthority { procedure } => say!(
                l,
                format!("herstel van de bevoegdheid tot {}", procedure.name(l)),
                format!("restored authority for {}", procedure.name(l))
            ),
            Remedy::Qualification { qualification } => say!(
                l,
                format!("de kwalificatie {}", qualification.name(l)),
                format!("the qualification {}", qualification.name(l))
            ),
            Remedy::ActInField { field } => {
                say!(l, format!("een handeling binnen {}", field.name(l)), format!("an act within {}", field.name(l)))
            }
            Remedy::ActInSpecialism { specialism } => say!(
                l,
                format!("een handeling binnen het deelgebied van {}", specialism.name(l)),
                format!("an act within the sub-area of {}", specialism.name(l))
            ),
            Remedy::TrainingInSubdomain { subdomain } => say!(
                l,
                format!("opleiding in het deelgebied{}", in_sub(subdomain)),
                format!("training in the subdomain{}", in_sub(subdomain))
            ),
            Remedy::Protocol { procedure, subdomain } => say!(
                l,
                format!("een protocol voor {}{}", procedure.name(l), in_sub(subdomain)),
                format!("a protocol for {}{}", procedure.name(l), in_sub(subdomain))
            ),
            Remedy::CaseFact { fact } => match fact_unmet(fact) {
                Some(u) => say!(
                    l,
                    format!("vaststellen dat {}", u.requirement(l)),
                    format!("establishing that {}", u.requirement(l))
                ),
                None => fact.to_string(),
            },
            Remedy::PermittedDrug => {
                say!(l, "een middel uit de toegestane groep", "a drug in the permitted class").to_owned()
            }
            Remedy::PermittedTechnique => {
                say!(l, "een techniek die de bevoegdheid dekt", "a technique the authority covers").to_owned()
            }
            Remedy::Instruction => say!(l, "een opdracht", "an instruction").to_owned(),
            Remedy::AuthorisedInstructor => {
                say!(l, "een bevoegde opdrachtgever", "an authorised instructor").to_owned()
            }
            Remedy::FollowDirections => {
                say!(l, "het volgen van de aanwijzingen", "following the instructor's directions").to_owned()
            }
            Remedy::Supervision => say!(
                l,
                "toezicht en de mogelijkheid van tussenkomst",
                "supervision and the possibility of intervention"
            )
            .to_owned(),
            Remedy::Competence { procedure, subdomain } => say!(
                l,
                format!("een bekwaamheidsverklaring voor {}{}", procedure.name(l), in_sub(subdomain)),
                format!("a competence record for {}{}", procedure.name(l), in_sub(subdomain))
            ),
        }
    }
}

/// The unmet case fact a condition names, for its wording as a requirement.
const fn fact_unmet(c: law::Condition) -> Option<Unmet> {
    use law::Condition as C;
    Some(match c {
        C::LimitedComplexity => Unmet::NotLimitedComplexity,
        C::Routine => Unmet::NotRoutine,
        C::RisksOverseeable => Unmet::RisksNotOverseeable,
        C::ComplexTechnicalMedicalAct => Unmet::NotComplexTechnicalMedicalAct,
        C::RadiationRequirements => Unmet::RadiationRequirementsNotMet,
        C::DiagnosisByPhysician => Unmet::NoDiagnosisByPhysician,
        _ => return None,
    })
}

/// The word that joins a citation to the one cited beside it.
pub(crate) const fn with(lang: Lang) -> &'static str {
    say!(lang, "met", "with")
}

/// How a citation's change is named beside it: "as changed by X from D".
pub(crate) fn changed_by(changed: crate::law::ChangedBy, lang: Lang) -> String {
    let (citation, on) = (changed.citation, changed.on);
    say!(lang, format!("gewijzigd bij {citation} per {on}"), format!("as changed by {citation} from {on}"))
}

/// The first sentence of an answer dated after the law table was last checked.
pub(crate) fn forecast(date: Date, lang: Lang) -> String {
    let as_of = law::LEGAL_BASIS_AS_OF;
    say!(
        lang,
        format!(
            "let op: {date} ligt na {as_of}, de dag waarop de wettabel laatst aan haar bronnen is getoetst; \
             dit antwoord past het recht van die dag toe en is een voorspelling, niet het geldende recht op {date}"
        ),
        format!(
            "note: {date} is after {as_of}, the day the law table was last checked against its sources; \
             this answer applies the law of that day and is a forecast, not the law in force on {date}"
        ),
    )
}

/// The answer for an act art. 36 does not reserve, with its citation.
pub(crate) fn not_reserved(citation: Citation, lang: Lang) -> String {
    say!(
        lang,
        format!(
            "niet voorbehouden: artikel 36 wijst deze handeling niet aan, dus het verbod van artikel 35 geldt niet; \
             wie bekwaam is mag haar verrichten, binnen de regels van de werkgever ({citation})"
        ),
        format!(
            "not reserved: art. 36 does not list this act, so the prohibition of art. 35 does not apply; whoever \
             is competent may perform it, within the employer's rules ({citation})"
        ),
    )
}
