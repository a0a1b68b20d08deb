//! Every holder × every procedure × every boundary date, against an expectation written straight
//! from the authorisation matrix of the domain reference (`wet-big.md` § 6), not from the table.
//!
//! Source: the team's domain reference `wet-big.md` (not part of this repository) §§ 1.2, 3, 5, 6; the
//! decree texts it cites.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail loudly")]

use bevoegd::law::{COVERAGE_START, LEGAL_BASIS_AS_OF, RULES};
use bevoegd::{
    CaseFacts, Competence, Context, Date, DrugClass, FieldOfCare, Period, Procedure, ProcedureSet, Profession,
    Professional, Protocol, Qualification, Registration, RegistrationStatus, Route, StatusPeriod, Subdomain,
    SuspensionGround, Technique, decide,
};

use Procedure::*;

/// A holder: a profession, optionally with a qualification on a nurse registration.
#[derive(Clone, Copy, Debug)]
struct Holder(Profession, Option<Qualification>);

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

/// (procedures, first day, last day) the holder may perform independently, per § 6.
fn expected_grants(h: Holder) -> Vec<(&'static [Procedure], &'static str, &'static str)> {
    const ALL: &[Procedure] = &Procedure::ALL;
    const EIGHT: &[Procedure] =
        &[Surgery, Endoscopy, Catheterisation, Injection, Puncture, ElectiveCardioversion, Defibrillation, Prescribing];
    const CHRONIC: &[Procedure] = &[Surgery, Endoscopy, Catheterisation, Injection, Puncture, Prescribing];
    const FOREVER: &str = "9999-12-31";
    const START: &str = "2010-11-01";
    match h {
        Holder(Profession::Physician, None) => vec![(ALL, START, FOREVER)],
        Holder(Profession::Dentist, None) => {
            vec![(&[Surgery, Injection, Anaesthesia, IonisingRadiation, Prescribing], START, FOREVER)]
        }
        Holder(Profession::Midwife, None) => {
            vec![(&[Surgery, Obstetrics, Catheterisation, Injection, Puncture, Prescribing], START, FOREVER)]
        }
        Holder(Profession::PhysicianAssistant, None) => vec![(EIGHT, "2012-01-01", FOREVER)],
        Holder(
            Profession::Nurse,
            Some(Qualification::NurseSpecialistAcuteCare | Qualification::NurseSpecialistIntensiveCare),
        ) => {
            vec![(EIGHT, "2012-01-01", "2020-12-31")]
        }
        Holder(Profession::Nurse, Some(Qualification::NurseSpecialistGeneralHealthcare)) => {
            vec![(EIGHT, "2021-01-01", FOREVER)]
        }
        Holder(Profession::Nurse, Some(Qualification::NurseSpecialistChronicCare)) => {
            vec![(CHRONIC, "2012-01-01", "2023-06-30")]
        }
        Holder(Profession::Nurse, Some(Qualification::NurseSpecialistPreventiveCare)) => {
            vec![(&[Injection, Prescribing], "2012-01-01", "2023-06-30")]
        }
        Holder(Profession::Nurse, Some(Qualification::NurseSpecialistMentalHealth)) => vec![
            (&[Injection, Puncture, Prescribing], "2012-01-01", FOREVER),
            (&[Defibrillation], "2012-01-01", "2018-08-31"),
        ],
        Holder(Profession::ClinicalTechnologist, None) => vec![
            (&[Surgery, Catheterisation, Injection, Puncture, IonisingRadiation], "2014-01-01", FOREVER),
            (&[Endoscopy, ElectiveCardioversion, Defibrillation, Lithotripsy], "2014-01-01", "2020-06-30"),
        ],
        Holder(Profession::RegisteredDentalHygienist, None) => {
            vec![(&[Surgery, Injection, IonisingRadiation], "2020-07-01", "2025-06-30")]
        }
        Holder(
            Profession::Nurse,
            Some(Qualification::DiabetesNursePrescribing | Qualification::AsthmaCopdNursePrescribing),
        ) => vec![(&[Prescribing], "2014-02-01", FOREVER)],
        _ => vec![],
    }
}

fn expected(h: Holder, p: Procedure, date: Date) -> bool {
    expected_grants(h).iter().any(|(ps, from, until)| ps.contains(&p) && d(from) <= date && date <= d(until))
}

fn holders() -> Vec<Holder> {
    let mut hs: Vec<Holder> = [
        Profession::Physician,
        Profession::Dentist,
        Profession::Midwife,
        Profession::Nurse,
        Profession::PhysicianAssistant,
        Profession::ClinicalTechnologist,
        Profession::Pharmacist,
        Profession::Physiotherapist,
        Profession::HealthcarePsychologist,
        Profession::Psychotherapist,
        Profession::RegisteredDentalHygienist,
        Profession::DentalHygienist,
        Profession::Radiographer,
        Profession::RadiotherapyTechnician,
    ]
    .into_iter()
    .map(|p| Holder(p, None))
    .collect();
    for q in [
        Qualification::NurseSpecialistAcuteCare,
        Qualification::NurseSpecialistIntensiveCare,
        Qualification::NurseSpecialistChronicCare,
        Qualification::NurseSpecialistPreventiveCare,
        Qualification::NurseSpecialistMentalHealth,
        Qualification::NurseSpecialistGeneralHealthcare,
        Qualification::DiabetesNursePrescribing,
        Qualification::AsthmaCopdNursePrescribing,
        Qualification::AmbulanceNurse,
    ] {
        hs.push(Holder(Profession::Nurse, Some(q)));
    }
    hs
}

/// Every day on which some row starts or ends, the days beside them, and the table's edges.
fn boundary_dates() -> Vec<Date> {
    let mut days: Vec<Option<Date>> =
        [COVERAGE_START, d("2011-06-30"), d("2011-07-01"), LEGAL_BASIS_AS_OF, Date::MAX].map(Some).to_vec();
    for r in RULES {
        days.extend([Some(r.valid.from()), r.valid.from().previous_day()]);
        if let Some(u) = r.valid.until() {
            days.extend([Some(u), u.next_day()]);
        }
    }
    let mut days: Vec<Date> = days.into_iter().flatten().filter(|d| *d >= COVERAGE_START).collect();
    days.sort();
    days.dedup();
    days
}

/// A professional who holds everything the holder can hold, competent for everything, from the
/// table's first day on.
fn ideal(h: Holder, competent: bool, suspended_on: Option<Date>) -> Professional {
    let since = Period::starting(COVERAGE_START);
    let base = h.1.map_or(h.0, |q| q.base_profession());
    let registration = match suspended_on {
        None => Registration::active_from(base, COVERAGE_START),
        Some(day) => Registration::new(
            base,
            None,
            [StatusPeriod {
                period: Period::new(day, Some(day)).unwrap(),
                status: RegistrationStatus::Suspended { ground: SuspensionGround::Provisional },
            }],
        )
        .unwrap(),
    };
    let mut b = Professional::builder(format!("{h:?}")).registration(registration).trained_in(subdomain());
    if let Some(q) = h.1 {
        b = b.qualification(q, since);
    }
    if competent {
        for p in Procedure::ALL {
            b = b.competence(Competence { procedure: p, subdomain: None, valid: since });
        }
    }
    b.build().unwrap()
}

fn subdomain() -> Subdomain {
    "ward".parse().unwrap()
}

/// A context meeting every case condition the holder's rows can ask for.
fn ideal_context(h: Holder, p: Procedure, date: Date) -> Context {
    let field = match h.0 {
        Profession::Dentist | Profession::RegisteredDentalHygienist | Profession::DentalHygienist => {
            FieldOfCare::Dentistry
        }
        Profession::Midwife => FieldOfCare::Obstetrics,
        _ => FieldOfCare::Medicine,
    };
    let mut b = Context::builder(date, field)
        .subdomain(subdomain())
        .protocol(Protocol { subdomain: subdomain(), procedures: ProcedureSet::ALL })
        .facts(CaseFacts::ALL);
    if let Some(q) = h.1.filter(|q| q.is_nurse_specialism()) {
        b = b.specialism(q);
    }
    let drug = match h {
        Holder(Profession::Midwife, _) => DrugClass::Oxytocin,
        Holder(_, Some(Qualification::DiabetesNursePrescribing)) => DrugClass::BloodGlucoseRegulating,
        Holder(_, Some(Qualification::AsthmaCopdNursePrescribing)) => DrugClass::InhaledMedication,
        _ => DrugClass::Other,
    };
    b = b.drug(drug);
    if h.0 == Profession::RegisteredDentalHygienist {
        let t = match p {
            Surgery => Some(Technique::PrimaryCariesPreparation),
            Injection => Some(Technique::LocalAnaesthesiaInjection),
            IonisingRadiation => Some(Technique::IntraoralXray),
            _ => None,
        };
        if let Some(t) = t {
            b = b.technique(t);
        }
    }
    b.build().unwrap()
}

#[test]
fn every_holder_procedure_and_boundary_date_matches_the_reference_matrix() {
    let days = boundary_dates();
    let mut checked = 0;
    for h in holders() {
        let who = ideal(h, true, None);
        for p in Procedure::ALL {
            for &day in &days {
                let ctx = ideal_context(h, p, day);
                let decision = decide(&who, p, &ctx);
                assert_eq!(decision.is_independent(), expected(h, p, day), "{h:?} {p} {day}: {decision:?}");
                if decision.is_independent() {
                    let rule = decision.basis_rule().unwrap();
                    assert!(rule.valid.contains(day) && rule.procedure == p);
                    assert_eq!(decision.route(), Some(Route::Independent));
                } else {
                    assert!(!decision.independence_reasons().is_empty());
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 6_000, "{checked}");
}

#[test]
fn without_competence_or_while_suspended_nobody_is_independent() {
    // Art. 36 lid 15 and art. 4 lid 3, for every holder, procedure and boundary date.
    for h in holders() {
        let incompetent = ideal(h, false, None);
        for p in Procedure::ALL {
            for day in boundary_dates() {
                let ctx = ideal_context(h, p, day);
                assert!(!decide(&incompetent, p, &ctx).is_independent(), "{h:?} {p} {day}");
                let suspended = ideal(h, true, Some(day));
                let d = decide(&suspended, p, &ctx);
                assert!(!d.is_independent(), "{h:?} {p} {day}");
                if expected(h, p, day) {
                    assert_eq!(d.independence_reasons()[0].unmet.code(), "suspended");
                    assert_eq!(d.independence_reasons()[0].citation.to_string(), "Wet BIG art. 4 lid 3");
                }
            }
        }
    }
}
