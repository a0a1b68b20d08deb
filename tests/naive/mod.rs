//! A deliberately naive second implementation, written straight from the domain reference
//! (`wet-big.md` §§ 1-6) with plain nested `if`s and no code shared with `src/` beyond the public
//! input types. `tests/oracle.rs` compares it with the engine; the benchmarks use it as baseline.
#![allow(clippy::unwrap_used, reason = "the dates below are literals")]
#![allow(unreachable_pub, reason = "shared by a test crate and the benchmarks")]

use bevoegd::{
    CaseFact, CaseFacts, Context, Date, DrugClass, FieldOfCare, Procedure, Profession, Professional, Qualification,
    RegistrationStatus, RestrictionGround, RestrictionScope, Route, Technique,
};

use Procedure::*;

fn day(s: &str) -> Date {
    s.parse().unwrap()
}

fn between(date: Date, from: &str, until: &str) -> bool {
    day(from) <= date && date <= day(until)
}

/// Registered as `profession` on `date` and not barred from `p`: an active status period (a
/// conditional suspension not executed counts as active, art. 48 lid 6), a partial withdrawal or
/// restriction that does not name `p` (art. 48, 80, 9), or conditions the act complies with
/// (art. 80 lid 1 onder a) (art. 4 lid 3 and 4).
fn registered(who: &Professional, profession: Profession, p: Procedure, ctx: &Context) -> bool {
    let date = ctx.date();
    for r in who.registrations() {
        if r.profession() == profession {
            // A restriction by patient group or place that reaches the act, or that the context
            // leaves open, bars it (art. 48 lid 1 onder e, art. 9).
            let scoped = r.restrictions().iter().any(|x| {
                x.period.contains(date)
                    && x.procedures.is_none_or(|ps| ps.contains(p))
                    && scope_reaches(&x.scope, ctx) != Some(false)
            });
            if scoped {
                return false;
            }
            for s in r.history() {
                if s.period.contains(date) {
                    return match s.status {
                        RegistrationStatus::Active | RegistrationStatus::ConditionalSuspension => true,
                        RegistrationStatus::PartiallyWithdrawn { procedures }
                        | RegistrationStatus::Restricted { procedures, .. } => !procedures.contains(p),
                        RegistrationStatus::ConditionsImposed => {
                            ctx.facts().is_established(CaseFact::RegistrationConditionsMet)
                        }
                        _ => false,
                    };
                }
            }
        }
    }
    false
}

/// The reason a restriction by patient group or place gives when the registration's status grants
/// the act: the first (by start) that reaches it; else, without a place, one that closes every
/// place (two places each the only one allowed, or the one allowed barred); else the first the
/// context leaves open, a patient group before a place.
fn scope_reason(reg: &bevoegd::Registration, p: Procedure, ctx: &Context) -> Option<(&'static str, RestrictionGround)> {
    let date = ctx.date();
    let in_force: Vec<&bevoegd::ScopedRestriction> = reg
        .restrictions()
        .iter()
        .filter(|x| x.period.contains(date) && x.procedures.is_none_or(|ps| ps.contains(p)))
        .collect();
    if let Some(x) = in_force.iter().find(|x| scope_reaches(&x.scope, ctx) == Some(true)) {
        return Some(("authority_restricted_in_scope", x.ground));
    }
    let group = in_force
        .iter()
        .find(|x| matches!(x.scope, RestrictionScope::PatientGroup { .. }) && scope_reaches(&x.scope, ctx).is_none());
    let place = in_force
        .iter()
        .find(|x| !matches!(x.scope, RestrictionScope::PatientGroup { .. }) && scope_reaches(&x.scope, ctx).is_none());
    if place.is_some() {
        let mut only: Option<&bevoegd::PlaceId> = None;
        for x in &in_force {
            if let RestrictionScope::OnlyPlace { place } = &x.scope {
                if only.is_some_and(|o| o != place) {
                    return Some(("authority_restricted_in_scope", x.ground));
                }
                only = Some(place);
            }
        }
        for x in &in_force {
            if let RestrictionScope::NotPlace { place } = &x.scope
                && only == Some(place)
            {
                return Some(("authority_restricted_in_scope", x.ground));
            }
        }
    }
    group.or(place).map(|x| ("restriction_scope_open", x.ground))
}

/// Whether a restriction's scope reaches the act: the patient in the group, the place not the
/// one allowed or the one barred; `None` when the context does not say.
pub fn scope_reaches(scope: &RestrictionScope, ctx: &Context) -> Option<bool> {
    match scope {
        RestrictionScope::PatientGroup { group } => ctx.patient_groups().member(*group),
        RestrictionScope::OnlyPlace { place } => ctx.place().map(|here| here != place),
        RestrictionScope::NotPlace { place } => ctx.place().map(|here| here == place),
        _ => Some(true),
    }
}

fn holds(who: &Professional, q: Qualification, date: Date) -> bool {
    who.qualifications().iter().any(|r| r.qualification == q && r.period.contains(date))
}

fn competent(who: &Professional, p: Procedure, ctx: &Context) -> bool {
    who.competences().iter().any(|c| {
        c.procedure == p && (c.subdomain.is_none() || c.subdomain == ctx.subdomain()) && c.valid.contains(ctx.date())
    })
}

fn protocol(ctx: &Context, p: Procedure) -> bool {
    ctx.subdomain().is_some_and(|s| ctx.protocols().iter().any(|pr| pr.subdomain == s && pr.procedures.contains(p)))
}

fn routine(f: CaseFacts) -> bool {
    f.is_established(CaseFact::LimitedComplexity)
        && f.is_established(CaseFact::Routine)
        && f.is_established(CaseFact::RisksOverseeable)
}

/// The basis of independent authority, as its citation text, or `None`. The order of the checks is
/// the order the law lists the holders.
fn independent(who: &Professional, p: Procedure, ctx: &Context, need_competence: bool) -> Option<String> {
    let date = ctx.date();
    let f = ctx.facts();
    if need_competence && !competent(who, p, ctx) {
        return None;
    }
    // Physicians: all fourteen (art. 36), lid 8 only with the radiation requirements met.
    if registered(who, Profession::Physician, p, ctx) {
        let lid = p as u8 + 1;
        if p != IonisingRadiation || f.is_established(CaseFact::RadiationRequirementsMet) {
            return Some(if matches!(lid, 3 | 9 | 10 | 11 | 12 | 13) {
                format!("Wet BIG art. 36 lid {lid}")
            } else {
                format!("Wet BIG art. 36 lid {lid} onder a")
            });
        }
    }
    // Dentists: surgery, injections, narcosis, radiation and prescribing, all within dentistry
    // (art. 21 bounds lid 14 onder b too).
    if registered(who, Profession::Dentist, p, ctx) && ctx.field() == FieldOfCare::Dentistry {
        if p == Surgery {
            return Some("Wet BIG art. 36 lid 1 onder b".into());
        }
        if p == Injection {
            return Some("Wet BIG art. 36 lid 5 onder b".into());
        }
        if p == Anaesthesia {
            return Some("Wet BIG art. 36 lid 7 onder b".into());
        }
        if p == IonisingRadiation && f.is_established(CaseFact::RadiationRequirementsMet) {
            return Some("Wet BIG art. 36 lid 8 onder b".into());
        }
        if p == Prescribing {
            return Some("Wet BIG art. 36 lid 14 onder b".into());
        }
    }
    // Midwives, within obstetrics; prescribing from the closed list of the day, injecting only the
    // listed medicines, local anaesthetics without epinephrine and plasma (substitutes).
    if registered(who, Profession::Midwife, p, ctx) && ctx.field() == FieldOfCare::Obstetrics {
        use DrugClass::*;
        let mut list = vec![
            Iron,
            Oxytocin,
            ErgotAlkaloids,
            AntiDImmunoglobulin,
            HepatitisBImmunoglobulin,
            HepatitisBVaccine,
            VitaminK,
            MedicinalOxygen,
        ];
        if date >= day("2014-09-01") {
            list.extend([InhalationAnalgesic, OralContraceptive, HormonalIud]);
        }
        if date >= day("2015-10-01") {
            list.push(OtherHormonalContraceptive);
        }
        let mut injectable = vec![
            Iron,
            Oxytocin,
            ErgotAlkaloids,
            AntiDImmunoglobulin,
            HepatitisBImmunoglobulin,
            HepatitisBVaccine,
            VitaminK,
            LocalAnaesthetic,
            PlasmaSubstitute,
        ];
        if date >= day("2015-10-01") {
            injectable.push(OtherHormonalContraceptive);
        }
        let cite = match p {
            Surgery => Some("Wet BIG art. 36 lid 1 onder c"),
            Obstetrics => Some("Wet BIG art. 36 lid 2 onder b"),
            Catheterisation => Some("Wet BIG art. 36 lid 4 onder b"),
            Injection if ctx.drug().is_some_and(|d| injectable.contains(&d)) => Some("Wet BIG art. 36 lid 5 onder c"),
            Puncture => Some("Wet BIG art. 36 lid 6 onder b"),
            Prescribing if ctx.drug().is_some_and(|d| list.contains(&d)) => Some("Wet BIG art. 36 lid 14 onder c"),
            _ => None,
        };
        if let Some(c) = cite {
            return Some(c.into());
        }
    }
    let eight =
        [Surgery, Endoscopy, Catheterisation, Injection, Puncture, ElectiveCardioversion, Defibrillation, Prescribing];
    // Physician assistants: the eight, in the sub-area trained in, routine, protocol; the
    // experiment's title until 2018-08-31, the register from 2018-09-01.
    let pa_title = registered(who, Profession::PhysicianAssistantTitle, p, ctx);
    let pa_register = registered(who, Profession::PhysicianAssistant, p, ctx);
    if (pa_title || pa_register) && eight.contains(&p) && trained(who, ctx) && routine(f) && protocol(ctx, p) {
        if pa_title && between(date, "2012-01-01", "2018-08-31") {
            return Some("Tijdelijk besluit zelfstandige bevoegdheid physician assistant art. 7 lid 1".into());
        }
        if pa_register && date >= day("2018-09-01") {
            return Some(match p {
                Surgery => "Wet BIG art. 36 lid 1 onder d".into(),
                Endoscopy => "Wet BIG art. 36 lid 3 onder b".into(),
                Catheterisation => "Wet BIG art. 36 lid 4 onder c".into(),
                Injection => "Wet BIG art. 36 lid 5 onder d".into(),
                Puncture => "Wet BIG art. 36 lid 6 onder c".into(),
                ElectiveCardioversion => "Wet BIG art. 36 lid 9 onder b".into(),
                Defibrillation => "Wet BIG art. 36 lid 10 onder b".into(),
                _ => "Wet BIG art. 36 lid 14".into(),
            });
        }
    }
    // Nurse specialists: within their own specialism, routine, protocol.
    if registered(who, Profession::Nurse, p, ctx) && routine(f) && protocol(ctx, p) {
        use Qualification::*;
        let chronic = [Surgery, Endoscopy, Catheterisation, Injection, Puncture, Prescribing];
        let experiment = between(date, "2012-01-01", "2018-08-31");
        for (q, item) in [
            (NurseSpecialistAcuteCare, 1),
            (NurseSpecialistChronicCare, 2),
            (NurseSpecialistPreventiveCare, 3),
            (NurseSpecialistIntensiveCare, 4),
            (NurseSpecialistMentalHealth, 5),
        ] {
            if experiment && holds(who, q, date) && ctx.specialism() == Some(q) {
                let granted = match q {
                    NurseSpecialistAcuteCare | NurseSpecialistIntensiveCare => eight.contains(&p),
                    NurseSpecialistChronicCare => chronic.contains(&p),
                    NurseSpecialistPreventiveCare => matches!(p, Injection | Prescribing),
                    _ => matches!(p, Injection | Puncture | Defibrillation | Prescribing),
                };
                if granted {
                    return Some(format!(
                        "Tijdelijk besluit zelfstandige bevoegdheid verpleegkundig specialisten art. 3 onder f, {item}°"
                    ));
                }
            }
        }
        let regeling = "Regeling zelfstandige bevoegdheid verpleegkundig specialisten";
        for q in [NurseSpecialistAcuteCare, NurseSpecialistIntensiveCare] {
            if between(date, "2018-09-01", "2020-12-31")
                && holds(who, q, date)
                && ctx.specialism() == Some(q)
                && eight.contains(&p)
            {
                return Some(format!("{regeling} art. 2"));
            }
        }
        let q = NurseSpecialistGeneralHealthcare;
        if date >= day("2021-01-01") && holds(who, q, date) && ctx.specialism() == Some(q) && eight.contains(&p) {
            return Some(format!("{regeling} art. 2"));
        }
        let q = NurseSpecialistChronicCare;
        if between(date, "2018-09-01", "2023-06-30")
            && holds(who, q, date)
            && ctx.specialism() == Some(q)
            && chronic.contains(&p)
        {
            return Some(format!("{regeling} art. 3"));
        }
        let q = NurseSpecialistMentalHealth;
        if date >= day("2018-09-01")
            && holds(who, q, date)
            && ctx.specialism() == Some(q)
            && matches!(p, Injection | Puncture | Prescribing)
        {
            return Some(format!("{regeling} art. 4"));
        }
        let q = NurseSpecialistPreventiveCare;
        if between(date, "2018-09-01", "2023-06-30")
            && holds(who, q, date)
            && ctx.specialism() == Some(q)
            && matches!(p, Injection | Prescribing)
        {
            return Some(format!("{regeling} art. 5"));
        }
    }
    // Clinical technologists: complex technical-medical act in the trained sub-area, protocol; the
    // experiment's title until 2020-06-30, the register from 2020-07-01.
    let kt_title = registered(who, Profession::ClinicalTechnologistTitle, p, ctx);
    let kt_register = registered(who, Profession::ClinicalTechnologist, p, ctx);
    if (kt_title || kt_register)
        && trained(who, ctx)
        && f.is_established(CaseFact::ComplexTechnicalMedicalAct)
        && protocol(ctx, p)
    {
        if kt_title && between(date, "2014-01-01", "2020-06-30") {
            let letter = match p {
                Surgery => Some('a'),
                Endoscopy => Some('b'),
                Catheterisation => Some('c'),
                Injection => Some('d'),
                Puncture => Some('e'),
                ElectiveCardioversion => Some('f'),
                Defibrillation => Some('g'),
                IonisingRadiation => Some('h'),
                Lithotripsy => Some('i'),
                _ => None,
            };
            if let Some(l) = letter {
                return Some(format!(
                    "Tijdelijk besluit zelfstandige bevoegdheid klinisch technoloog art. 7 lid 1 onder {l}"
                ));
            }
        }
        if kt_register
            && date >= day("2020-07-01")
            && matches!(p, Surgery | Catheterisation | Injection | Puncture | IonisingRadiation)
        {
            return Some(format!("Wet BIG art. 36 lid {}", p as u8 + 1));
        }
    }
    // Registered dental hygienists, 2020-07-01 to 2025-06-30: three techniques within dentistry.
    if registered(who, Profession::RegisteredDentalHygienist, p, ctx)
        && between(date, "2020-07-01", "2025-06-30")
        && ctx.field() == FieldOfCare::Dentistry
    {
        let t = ctx.technique();
        if (p == Surgery && t == Some(Technique::PrimaryCariesPreparation))
            || (p == Injection && t == Some(Technique::LocalAnaesthesiaInjection))
            || (p == IonisingRadiation && t == Some(Technique::IntraoralXray))
        {
            return Some("Tijdelijk besluit zelfstandige bevoegdheid geregistreerd-mondhygiënist".into());
        }
    }
    // Nurse prescribing from 2014-02-01: annotation, physician's diagnosis, protocol, one class.
    if p == Prescribing
        && date >= day("2014-02-01")
        && registered(who, Profession::Nurse, p, ctx)
        && f.is_established(CaseFact::DiagnosisByPhysician)
        && protocol(ctx, p)
    {
        if holds(who, Qualification::DiabetesNursePrescribing, date)
            && ctx.drug() == Some(DrugClass::BloodGlucoseRegulating)
        {
            return Some("Wet BIG art. 36 lid 14 onder d".into());
        }
        if holds(who, Qualification::AsthmaCopdNursePrescribing, date)
            && ctx.drug() == Some(DrugClass::InhaledMedication)
        {
            return Some("Wet BIG art. 36 lid 14 onder d".into());
        }
    }
    None
}

/// The route and basis text the law gives, per the reference's route table.
pub fn oracle(who: &Professional, p: Procedure, ctx: &Context) -> (Option<Route>, Option<String>) {
    let date = ctx.date();
    if let Some(basis) = independent(who, p, ctx, true) {
        return (Some(Route::Independent), Some(basis));
    }
    let instruction = ctx.instruction();
    // An instruction from someone who derives authority from art. 36/36a (their own competence
    // waived from 2011-07-01), directions followed, performer competent.
    let instructed = instruction.is_some_and(|i| {
        i.directions_followed && independent(&i.instructor, p, ctx, date < day("2011-07-01")).is_some()
    }) && competent(who, p, ctx);
    // Functional independence: no supervision needed.
    if instructed {
        let t = ctx.technique();
        let nurse = registered(who, Profession::Nurse, p, ctx);
        let ambulance = nurse && holds(who, Qualification::AmbulanceNurse, date);
        let bfz = "Besluit functionele zelfstandigheid";
        if nurse {
            use Technique::*;
            if p == Injection
                && matches!(t, Some(SubcutaneousInjection | IntramuscularInjection | IntravenousInjection))
            {
                return (Some(Route::FunctionalIndependence), Some(format!("{bfz} art. 2 onder a")));
            }
            if p == Catheterisation && t == Some(BladderCatheterisationAdult) {
                return (Some(Route::FunctionalIndependence), Some(format!("{bfz} art. 2 onder b")));
            }
            if p == Puncture && matches!(t, Some(Venepuncture | NeonatalHeelPrick)) {
                return (Some(Route::FunctionalIndependence), Some(format!("{bfz} art. 2 onder c")));
            }
        }
        if ambulance {
            let letter = match (p, t) {
                (ElectiveCardioversion, _) => Some('a'),
                (Defibrillation, _) => Some('b'),
                (Puncture, Some(Technique::TensionPneumothoraxDrainage)) => Some('d'),
                (Surgery, Some(Technique::Coniotomy)) => Some('e'),
                _ => None,
            };
            if let Some(l) = letter {
                return (Some(Route::FunctionalIndependence), Some(format!("{bfz} art. 3 onder {l}")));
            }
        }
        if registered(who, Profession::DentalHygienist, p, ctx)
            && ctx.field() == FieldOfCare::Dentistry
            && ((p == Injection && t == Some(Technique::LocalAnaesthesiaInjection))
                || (p == Surgery && t == Some(Technique::PrimaryCariesPreparation)))
        {
            return (Some(Route::FunctionalIndependence), Some(format!("{bfz} art. 4")));
        }
    }
    // Prescribing: only independently.
    if p == Prescribing {
        return (None, None);
    }
    if instructed && instruction.is_some_and(|i| i.supervision_ensured) {
        return (Some(Route::OnInstruction), Some("Wet BIG art. 35 lid 2".into()));
    }
    if ctx.is_emergency() {
        return (Some(Route::Emergency), Some("Wet BIG art. 35 lid 1".into()));
    }
    if !ctx.is_professional() {
        return (Some(Route::NotProfessional), Some("Wet BIG art. 35 lid 1".into()));
    }
    (None, None)
}

/// The reasons independence fails, as (code, citation) pairs in report order, for the people the
/// reference describes one row at a time: someone whose only profession on record is physician,
/// dentist or midwife, with no qualification. `None` for anyone else (whose denial the engine
/// explains by comparing several rows), so the comparison covers what can be written down
/// naively.
#[allow(dead_code, reason = "the benchmarks share this module but compare routes only")]
pub fn independence_reasons(who: &Professional, p: Procedure, ctx: &Context) -> Option<Vec<(String, String)>> {
    let [reg] = who.registrations() else { return None };
    if !who.qualifications().is_empty() || ctx.technique().is_some_and(|t| t.procedure() != p) {
        return None;
    }
    let profession = reg.profession();
    let date = ctx.date();
    let lid = p as u8 + 1;
    let mut out: Vec<(String, String)> = Vec::new();
    let mut push = |code: &str, citation: String| out.push((code.to_owned(), citation));
    // Which paragraphs each holds (art. 36), and the letter under which it is named.
    let letter = match profession {
        Profession::Physician => Some(if matches!(lid, 3 | 9 | 10 | 11 | 12 | 13) { None } else { Some('a') }),
        Profession::Dentist => match lid {
            1 | 5 | 7 | 8 | 14 => Some(Some('b')),
            _ => None,
        },
        Profession::Midwife => match lid {
            1 => Some(Some('c')),
            2 | 4 | 6 => Some(Some('b')),
            5 | 14 => Some(Some('c')),
            _ => None,
        },
        _ => return None,
    };
    let Some(letter) = letter else {
        push("not_granted", format!("Wet BIG art. 36 lid {lid}"));
        return Some(out);
    };
    let grant = match letter {
        Some(l) => format!("Wet BIG art. 36 lid {lid} onder {l}"),
        None => format!("Wet BIG art. 36 lid {lid}"),
    };
    // Registration (art. 4 lid 3 and 4, 7, 8, 48, 80, 9).
    match reg.history().iter().find(|s| s.period.contains(date)) {
        None => push("not_registered", "Wet BIG art. 4 lid 4".into()),
        Some(s) => match s.status {
            RegistrationStatus::Active | RegistrationStatus::ConditionalSuspension => {}
            RegistrationStatus::Suspended { .. } => push("suspended", "Wet BIG art. 4 lid 3".into()),
            // A measure that could not be read: the registration is not shown to be in force.
            RegistrationStatus::UnknownMeasure => push("unknown_measure", "Wet BIG art. 4 lid 4".into()),
            RegistrationStatus::StruckOff { ground } => {
                let c = match ground {
                    bevoegd::StrikeOffGround::OnRequest => "Wet BIG art. 7 onder b",
                    bevoegd::StrikeOffGround::Disciplinary => "Wet BIG art. 48 lid 1 onder f",
                    bevoegd::StrikeOffGround::Unfitness => "Wet BIG art. 80 lid 1 onder c",
                    bevoegd::StrikeOffGround::ForeignMeasure => "Wet BIG art. 7 onder e",
                    _ => "Wet BIG art. 8 lid 1",
                };
                push("struck_off", c.into());
            }
            RegistrationStatus::PartiallyWithdrawn { procedures } if procedures.contains(p) => {
                push("authority_withdrawn", "Wet BIG art. 48 lid 1 onder e".into());
            }
            RegistrationStatus::Restricted { procedures, ground } if procedures.contains(p) => {
                let c = match ground {
                    bevoegd::RestrictionGround::Order => "Wet BIG art. 9 lid 1 onder a",
                    _ => "Wet BIG art. 9 lid 4",
                };
                push("authority_restricted", c.into());
            }
            RegistrationStatus::ConditionsImposed
                if !ctx.facts().is_established(CaseFact::RegistrationConditionsMet) =>
            {
                push("registration_conditions_not_met", "Wet BIG art. 80 lid 1 onder a".into());
            }
            _ => {}
        },
    }
    // The registration's status grants the act: a restriction by patient group or place may not.
    let status_grants = reg.history().iter().find(|s| s.period.contains(date)).is_some_and(|s| match s.status {
        RegistrationStatus::Active | RegistrationStatus::ConditionalSuspension => true,
        RegistrationStatus::PartiallyWithdrawn { procedures } | RegistrationStatus::Restricted { procedures, .. } => {
            !procedures.contains(p)
        }
        RegistrationStatus::ConditionsImposed => ctx.facts().is_established(CaseFact::RegistrationConditionsMet),
        _ => false,
    });
    if let Some((code, ground)) = scope_reason(reg, p, ctx).filter(|_| status_grants) {
        let c = match ground {
            RestrictionGround::Order => "Wet BIG art. 9 lid 1 onder a",
            RestrictionGround::ForeignMeasure => "Wet BIG art. 9 lid 4",
            _ => "Wet BIG art. 48 lid 1 onder e",
        };
        push(code, c.into());
    }
    // The field of expertise (dentists and midwives): the grant's proviso, with the field's article.
    let field = match profession {
        Profession::Dentist => Some(FieldOfCare::Dentistry),
        Profession::Midwife => Some(FieldOfCare::Obstetrics),
        _ => None,
    };
    if field.is_some_and(|f| f != ctx.field()) {
        // Lid 14 onder b states no field: art. 21 is what bounds the dentist's prescribing.
        let cite = if profession == Profession::Dentist && p == Prescribing {
            "Wet BIG art. 21".to_owned()
        } else {
            grant.clone()
        };
        push("outside_field", cite);
    }
    if p == IonisingRadiation && !ctx.facts().is_established(CaseFact::RadiationRequirementsMet) {
        push("radiation_requirements_not_met", grant.clone());
    }
    if profession == Profession::Midwife && matches!(p, Injection | Prescribing) {
        use DrugClass::*;
        let besluit = "Besluit opleidingseisen en deskundigheidsgebied verloskundige 2008 art. 5 lid 3";
        let regeling = "Regeling nadere uitwerking deskundigheidsgebied verloskundige 2008";
        let (list, cite): (Vec<DrugClass>, String) = if p == Injection {
            let mut l = vec![
                Iron,
                Oxytocin,
                ErgotAlkaloids,
                AntiDImmunoglobulin,
                HepatitisBImmunoglobulin,
                HepatitisBVaccine,
                VitaminK,
                LocalAnaesthetic,
                PlasmaSubstitute,
            ];
            if date >= day("2015-10-01") {
                l.push(OtherHormonalContraceptive);
                (l, regeling.into())
            } else {
                (l, besluit.into())
            }
        } else {
            let mut l = vec![
                Iron,
                Oxytocin,
                ErgotAlkaloids,
                AntiDImmunoglobulin,
                HepatitisBImmunoglobulin,
                HepatitisBVaccine,
                VitaminK,
                MedicinalOxygen,
            ];
            if date >= day("2014-09-01") {
                l.extend([InhalationAnalgesic, OralContraceptive, HormonalIud]);
                if date >= day("2015-10-01") {
                    l.push(OtherHormonalContraceptive);
                }
                (l, format!("{regeling} art. 3 lid 1"))
            } else {
                (l, format!("{besluit} onder b"))
            }
        };
        // A local anaesthetic with epinephrine is kept off the list by the Regeling's art. 4
        // ("voor zover zij geen epinefrine bevatten"), cited from the 2015 row on.
        let cite = if p == Injection && date >= day("2015-10-01") && ctx.drug() == Some(LocalAnaestheticWithEpinephrine)
        {
            format!("{regeling} art. 4")
        } else {
            cite
        };
        if !ctx.drug().is_some_and(|d| list.contains(&d)) {
            push("drug_not_permitted", cite);
        }
    }
    if !competent(who, p, ctx) {
        let expired = who.competences().iter().any(|c| {
            c.procedure == p
                && (c.subdomain.is_none() || c.subdomain == ctx.subdomain())
                && c.valid.until().is_some_and(|u| u < date)
        });
        push(if expired { "competence_expired" } else { "not_competent" }, "Wet BIG art. 36 lid 15".into());
    }
    Some(out)
}

/// Trained in the context's subdomain on its date: a plain code, or a completed record whose
/// completion day has come (an unfinished fellowship never counts).
fn trained(who: &Professional, ctx: &Context) -> bool {
    ctx.subdomain().is_some_and(|s| {
        who.trained_in().contains(&s)
            || who
                .training()
                .iter()
                .any(|t| t.discipline == s && t.completed && t.until.is_none_or(|u| u <= ctx.date()))
    })
}
