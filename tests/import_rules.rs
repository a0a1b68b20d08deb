//! Issue 27's rules for the importers, each on a sample that failed before and imports right now:
//! an element that grants nothing is skipped, an error leaves out only its registration (or role),
//! an unreadable measure is a dated unknown that a caller's mapping can place, the register's third
//! version reads with its specialism dates, and every registration says where it came from (an
//! unconfirmed one waits on the register's confirmation). Fictional people throughout.
#![cfg(feature = "import")]
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail loudly")]

use bevoegd::big_register::{Envelope, Measure, MeasureMap, Person};
use bevoegd::fhir::{BIG_SYSTEM, ROLE_CODE_NL, RoleOnly};
use bevoegd::import::{ImportProblem, Imported};
use bevoegd::staff::{ImportLine, ImportOptions, import_big_register_with, import_fhir, import_fhir_with};
use bevoegd::*;
use serde_json::json;

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

const AS_OF: &str = "2026-01-05";

fn register(xml: &str) -> Vec<Person> {
    quick_xml::de::from_str::<Envelope>(xml).unwrap().body.result.people().to_vec()
}

fn staff(lines: &[ImportLine]) -> Vec<&bevoegd::staff::StaffLine> {
    lines
        .iter()
        .map(|l| match l {
            ImportLine::Staff(s) => &**s,
            other => panic!("an error line: {other:?}"),
        })
        .collect()
}

fn with_competence(who: &Professional) -> Professional {
    let mut b = who.to_builder();
    for p in Procedure::ALL {
        b = b.competence(Competence { procedure: p, subdomain: None, valid: Period::starting(d("2000-01-01")) });
    }
    b.build().unwrap()
}

// ---- FHIR: skip, never sink ----

fn fhir_bundle(practitioner: serde_json::Value, roles: Vec<serde_json::Value>) -> String {
    let mut entry = vec![json!({"resource": practitioner})];
    entry.extend(roles.into_iter().map(|r| json!({"resource": r})));
    json!({"resourceType": "Bundle", "type": "collection", "entry": entry}).to_string()
}

fn role(id: &str, code: Option<&str>) -> serde_json::Value {
    let mut r = json!({"resourceType": "PractitionerRole", "id": id, "practitioner": {"reference": "Practitioner/p"},
        "period": {"start": "2015-06-01"}});
    if let Some(code) = code {
        r["specialty"] = json!([{"coding": [{"system": ROLE_CODE_NL, "code": code}]}]);
    }
    r
}

#[test]
fn an_identifier_that_is_not_a_big_number_is_skipped_and_the_role_places_the_person() {
    // As in the nl-core example resources: a value on the BIG system that has 8 digits.
    let p = json!({"resourceType": "Practitioner", "id": "p", "name": [{"text": "N. Visser"}],
        "identifier": [{"system": BIG_SYSTEM, "value": "12345678"}]});
    let lines = import_fhir(&fhir_bundle(p, vec![role("r1", Some("01.026"))]), d(AS_OF), None);
    let [line] = staff(&lines)[..] else { panic!("one person") };
    let reg = &line.professional.registrations()[0];
    assert_eq!((reg.profession(), reg.big_number()), (Profession::Physician, None));
    let skipped: Vec<_> = line.skipped.iter().map(|s| (s.path.as_str(), s.value.as_str(), s.why)).collect();
    assert_eq!(
        skipped,
        [
            ("entry[0].resource.identifier[0].value", "12345678", "not a BIG number (11 digits)"),
            ("entry[1].resource.specialty[0].coding[0].code", "01.026", "a specialism the law table grants nothing by"),
        ]
    );
    assert!(line.errors.is_empty());
}

#[test]
fn a_role_without_a_specialty_is_skipped_as_absent_and_an_unreadable_role_leaves_out_itself_only() {
    let p = json!({"resourceType": "Practitioner", "id": "p", "name": [{"text": "N. Visser"}]});
    let lines = import_fhir(
        &fhir_bundle(p, vec![role("r1", None), role("r2", Some("30.999")), role("r3", Some("01.000"))]),
        d(AS_OF),
        None,
    );
    let [line] = staff(&lines)[..] else { panic!("one person") };
    assert_eq!(line.professional.registrations().len(), 1);
    assert_eq!(line.professional.registrations()[0].profession(), Profession::Physician);
    assert_eq!((line.skipped[0].path.as_str(), line.skipped[0].why), ("entry[1].resource.specialty", "absent"));
    let [err] = &line.errors[..] else { panic!("one error: {:?}", line.errors) };
    assert_eq!(
        (err.path.as_str(), err.value.as_str(), &err.problem),
        ("entry[2].resource.specialty[0].coding[0].code", "30.999", &ImportProblem::UnknownCode)
    );
    assert_eq!(
        serde_json::to_value(err).unwrap(),
        json!({"path": "entry[2].resource.specialty[0].coding[0].code", "value": "30.999", "message": "a code the tables do not know"})
    );
    // The registration says which role it came from.
    let provenance = line.professional.registrations()[0].provenance().unwrap();
    assert_eq!(provenance, &Provenance::fhir(d(AS_OF), "PractitionerRole/r3"));
}

#[test]
fn a_resource_that_does_not_read_is_an_error_line_of_its_own() {
    let good = json!({"resourceType": "Practitioner", "id": "p", "name": [{"text": "N. Visser"}]});
    let bad = json!({"resourceType": "Practitioner", "id": "q", "name": "not a list"});
    let text = json!([good, role("r1", Some("01.000")), bad]).to_string();
    let lines = import_fhir(&text, d(AS_OF), None);
    assert_eq!(lines.len(), 2, "{lines:?}");
    let ImportLine::Error { error } = &lines[0] else { panic!("the bad resource first: {lines:?}") };
    assert_eq!(error.path, "entry[2].resource.name");
    assert!(matches!(&lines[1], ImportLine::Staff(s) if s.id == "p"));
}

// ---- The register: one bad element, one registration ----

fn person(registrations: serde_json::Value, more: serde_json::Value) -> Person {
    let mut v =
        json!({"MailingName": "J. Mulder", "ArticleRegistration": {"ArticleRegistrationExtApp": registrations}});
    if let (Some(o), Some(m)) = (v.as_object_mut(), more.as_object()) {
        o.extend(m.clone());
    }
    serde_json::from_value(v).unwrap()
}

fn registration(number: &str, group: &str) -> serde_json::Value {
    json!({"ArticleRegistrationNumber": number, "ArticleRegistrationStartDate": "2010-01-01T00:00:00",
        "ArticleRegistrationEndDate": "0001-01-01T00:00:00", "ProfessionalGroupCode": group})
}

#[test]
fn an_error_leaves_out_its_registration_and_the_others_stay() {
    let p = person(
        json!([registration("19012345601", "01"), registration("39012345630", "30")]),
        json!({"Specialism": {"SpecialismExtApp1": [
            {"SpecialismId": "1", "ArticleRegistrationNumber": "39012345630", "TypeOfSpecialismId": "999"}]}}),
    );
    let imported: Imported = p.to_professional(d(AS_OF)).unwrap();
    let professions: Vec<_> = imported.professional.registrations().iter().map(Registration::profession).collect();
    assert_eq!(professions, [Profession::Physician]);
    let [err] = &imported.errors[..] else { panic!("one error") };
    assert_eq!(err.path, "Specialism[0].TypeOfSpecialismId");
    assert_eq!(err.problem, ImportProblem::UnknownSpecialism { group: "30".to_owned() });
    // An unknown group on one registration, a bad date on another: the third stays.
    let mut bad_date = registration("49012345601", "02");
    bad_date["ArticleRegistrationStartDate"] = json!("2010-01-01T00:00:00+02:00");
    let p = person(json!([registration("19012345601", "01"), registration("29012345601", "77"), bad_date]), json!({}));
    let imported = p.to_professional(d(AS_OF)).unwrap();
    assert_eq!(imported.professional.registrations().len(), 1);
    let paths: Vec<_> = imported.errors.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(
        paths,
        ["ArticleRegistration[1].ProfessionalGroupCode", "ArticleRegistration[2].ArticleRegistrationStartDate"]
    );
}

#[test]
fn a_measure_on_a_registration_the_person_does_not_have_leaves_nothing() {
    let p = person(
        json!([registration("19012345601", "01")]),
        json!({"JudgmentProvision": {"JudgmentProvisionExtApp": [{"ArticleNumber": "29999999901", "Id": "1",
            "StartDate": "2020-01-01T00:00:00", "PublicDescription": "Schorsing"}]}}),
    );
    let err = p.to_professional(d(AS_OF)).unwrap_err();
    assert_eq!(err.problem, ImportProblem::UnknownBigNumber);
}

// ---- An unreadable measure is a dated unknown ----

#[test]
fn an_unreadable_measure_grants_nothing_on_its_days_and_a_mapping_places_it() {
    let xml = include_str!("data/import/register-unknown-measure.xml");
    let [p] = &register(xml)[..] else { panic!("one person") };
    let imported = p.to_professional(d(AS_OF)).unwrap();
    let history = imported.professional.registrations()[0].history();
    assert_eq!(
        history[1],
        StatusPeriod {
            period: Period::new(d("2019-01-01"), Some(d("2020-06-30"))).unwrap(),
            status: RegistrationStatus::UnknownMeasure
        }
    );
    assert_eq!(imported.errors[0].path, "JudgmentProvision[0].PublicDescription");
    assert!(imported.errors[0].to_string().contains("--measures"), "{}", imported.errors[0]);

    let who = with_competence(&imported.professional);
    let on = |day: &str| Context::builder(d(day), FieldOfCare::Medicine).facts(CaseFacts::ALL).build().unwrap();
    let during = decide(&who, Procedure::Surgery, &on("2020-03-01"));
    assert_eq!(during.outcome(), Outcome::Denied);
    let reason = &during.reasons()[0];
    assert_eq!(reason.unmet.code(), "unknown_measure");
    assert_eq!(
        reason.unmet.describe(Lang::En),
        "a register measure on the registration as physician from 2019-01-01 through 2020-06-30 could not be read: check the register"
    );
    assert!(during.missing().contains(&Remedy::RegisterChecked { profession: Profession::Physician }));
    // Other days are unaffected, and so are the routes that do not rest on the registration.
    assert!(decide(&who, Procedure::Surgery, &on("2020-07-01")).is_permitted());
    assert!(decide(&who, Procedure::Surgery, &on("2018-12-31")).is_permitted());
    let instructed = on("2020-03-01")
        .to_builder()
        .instruction(Instruction {
            instructor: Professional::builder("i")
                .registration(Registration::active_from(Profession::Physician, d("2000-01-01")))
                .build()
                .unwrap(),
            directions_followed: true,
            supervision_ensured: true,
        })
        .build()
        .unwrap();
    assert_eq!(decide(&who, Procedure::Injection, &instructed).route(), Some(Route::OnInstruction));

    // The caller's mapping places the description: no unknown, no error.
    let map: MeasureMap = serde_json::from_str(r#"{"hello world": "no_effect"}"#).unwrap();
    let placed = p.to_professional_with(d(AS_OF), &map).unwrap();
    assert!(placed.errors.is_empty());
    assert_eq!(placed.professional.registrations()[0].history().len(), 1);
    let options = ImportOptions::default().measures(MeasureMap::new().with("Hello world", Measure::Suspension));
    let lines = import_big_register_with(xml, d(AS_OF), None, &options);
    let [line] = staff(&lines)[..] else { panic!("one person") };
    assert_eq!(
        line.professional.registrations()[0].history()[1].status,
        RegistrationStatus::Suspended { ground: SuspensionGround::Disciplinary }
    );
}

// ---- The register's third version ----

#[test]
fn the_third_and_fourth_versions_of_one_person_read_alike_with_the_specialism_dated_in_the_third() {
    let [v3] = &register(include_str!("data/import/register-v3.xml"))[..] else { panic!("one person") };
    let [v4] = &register(include_str!("data/import/register-v4.xml"))[..] else { panic!("one person") };
    let (v3, v4) = (v3.to_professional(d(AS_OF)).unwrap(), v4.to_professional(d(AS_OF)).unwrap());
    assert_eq!(v3.professional.registrations(), v4.professional.registrations());
    assert!(v3.errors.is_empty() && v4.errors.is_empty() && v3.skipped.is_empty());
    let q =
        |i: &Imported| i.professional.qualifications().iter().map(|q| (q.qualification, q.period)).collect::<Vec<_>>();
    assert_eq!(q(&v3), [(Qualification::NurseSpecialistGeneralHealthcare, Period::starting(d("2019-04-01")))]);
    assert_eq!(q(&v4), [(Qualification::NurseSpecialistGeneralHealthcare, Period::starting(d(AS_OF)))]);
    // The dates are worth having: in 2025 the third version's nurse specialist may prescribe.
    let rule = &law::NURSE_SPECIALIST_AGZ_PRESCRIBING;
    let (_, ctx) = rule.example_case().unwrap();
    let ctx = ctx.to_builder().date(d("2025-01-06")).build().unwrap();
    assert!(decide(&with_competence(&v3.professional), rule.procedure, &ctx).is_permitted());
    assert!(!decide(&with_competence(&v4.professional), rule.procedure, &ctx).is_permitted());
    // Each registration and qualification says it came from the register, on the look-up day.
    let looked_up = Provenance::register(d(AS_OF), "29012345630");
    assert_eq!(v3.professional.registrations()[0].provenance(), Some(&looked_up));
    let record = &v3.professional.qualifications()[0];
    assert_eq!(v3.professional.provenance_of_qualification(record), Some(&looked_up));
}

// ---- Provenance, and a registration the register has not confirmed ----

#[test]
fn a_role_only_registration_imported_as_unconfirmed_waits_on_the_register() {
    let text = include_str!("../examples/data/fhir-bundle.json");
    let options = ImportOptions::default().role_only(RoleOnly::Unconfirmed);
    let lines = import_fhir_with(text, d(AS_OF), None, &options);
    let vs = &staff(&lines)[0].professional;
    let reg = &vs.registrations()[0];
    assert!(reg.is_unconfirmed());
    let wire = serde_json::to_value(reg).unwrap();
    assert_eq!(
        wire["provenance"],
        json!({"source": "fhir", "on": AS_OF, "id": "PractitionerRole/vs-de-wit-role", "unconfirmed": true})
    );
    let manual = Provenance::manual();
    let vs = vs
        .to_builder()
        .competence_from(
            Competence { procedure: Procedure::Prescribing, subdomain: None, valid: Period::starting(d("2021-03-01")) },
            Some(manual.clone()),
        )
        .build()
        .unwrap();
    // The wire form keeps it all, and reads back to the same professional.
    assert_eq!(serde_json::from_value::<Professional>(serde_json::to_value(&vs).unwrap()).unwrap(), vs);

    let rule = &law::NURSE_SPECIALIST_AGZ_PRESCRIBING;
    let (_, ctx) = rule.example_case().unwrap();
    let facts = ctx.facts().set(CaseFact::RegistrationConfirmed, FactValue::NotEstablished);
    let ctx = ctx.to_builder().date(d(AS_OF)).facts(facts).build().unwrap();
    let waiting = decide(&vs, rule.procedure, &ctx);
    assert_eq!(waiting.outcome(), Outcome::Conditional);
    assert_eq!(waiting.requires()[0].unmet.code(), "registration_unconfirmed");
    assert!(waiting.missing().contains(&Remedy::RegistrationConfirmed));
    assert_eq!(
        serde_json::to_value(Remedy::RegistrationConfirmed).unwrap(),
        json!({"code": "registration_confirmed", "request_key": "registration_confirmed"})
    );
    // Batch answers say the same.
    let answers = who_may_answers(std::slice::from_ref(&vs), rule.procedure, &ctx);
    assert_eq!(answers[0].outcome(), Outcome::Conditional);

    let confirmed = ctx.to_builder().facts(facts.with(CaseFact::RegistrationConfirmed)).build().unwrap();
    assert!(decide(&vs, rule.procedure, &confirmed).is_permitted());
    // The audit record names where what granted the answer came from.
    let record = Request::new(vs.clone(), rule.procedure, confirmed).unwrap().audit(Lang::En);
    let granted: Vec<_> =
        record.granted_by.iter().map(|g| (g.record.as_str(), g.code.as_str(), g.provenance.source)).collect();
    assert_eq!(
        granted,
        [
            ("registration", "nurse", SourceKind::Fhir),
            ("qualification", "nurse_specialist_general_healthcare", SourceKind::Fhir),
            ("competence", "prescribing", SourceKind::Manual),
        ]
    );
    // Trusted (the default), the same role grants at once.
    let trusted = import_fhir(text, d(AS_OF), None);
    assert!(!staff(&trusted)[0].professional.registrations()[0].is_unconfirmed());
}

#[test]
fn a_staff_line_with_errors_loads_as_a_staff_file_member() {
    let p = json!({"resourceType": "Practitioner", "id": "p", "name": [{"text": "N. Visser"}]});
    let lines =
        import_fhir(&fhir_bundle(p, vec![role("r2", Some("30.999")), role("r3", Some("01.000"))]), d(AS_OF), None);
    let line = serde_json::to_string(&lines[0]).unwrap();
    assert!(line.contains(r#""errors":[{"path""#), "{line}");
    let members = bevoegd::staff::parse_staff(&line).unwrap();
    assert_eq!(members[0].id, "p");
}

// ---- Imported and by hand decide alike, every day of a period ----

mod same_as_by_hand {
    use super::*;
    use proptest::prelude::*;

    fn day(offset: u32) -> Date {
        let mut x = d("2024-01-01");
        for _ in 0..offset {
            x = x.next_day().unwrap();
        }
        x
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(if std::env::var_os("CI").is_some() { 12 } else { 64 }))]

        /// A register answer of the third version (a dated specialism, a measure read or not)
        /// decides like the same nurse built by hand, on every day of a period around its dates.
        #[test]
        fn a_register_answer_decides_like_the_hand_built_one_every_day(
            specialism_from in 0u32..60, measure_from in 20u32..80, length in 0u32..30,
            readable in any::<bool>(),
        ) {
            let (q_from, m_from, m_until) = (day(specialism_from), day(measure_from), day(measure_from + length));
            let description = if readable { "Schorsing" } else { "Zie de uitspraak" };
            let answer = json!({
                "MailingName": "x",
                "ArticleRegistration": {"ArticleRegistrationExtApp": [{"ArticleRegistrationNumber": "39012345630",
                    "ArticleRegistrationStartDate": "2009-07-01T00:00:00", "ArticleRegistrationEndDate": "0001-01-01T00:00:00",
                    "ProfessionalGroupCode": "30"}]},
                "Specialism": {"SpecialismExtApp": [{"SpecialismId": "1", "ArticleRegistrationNumber": "39012345630",
                    "TypeOfSpecialismId": "76", "StartDate": format!("{q_from}T00:00:00"), "EndDate": null}]},
                "JudgmentProvision": {"JudgmentProvisionExtApp": [{"ArticleNumber": "39012345630", "Id": "1",
                    "StartDate": format!("{m_from}T09:00:00"), "EndDate": format!("{m_until}T00:00:00"),
                    "PublicDescription": description}]},
            });
            let person: Person = serde_json::from_value(answer).unwrap();
            let imported = with_competence(&person.to_professional(d(AS_OF)).unwrap().professional);
            let status = if readable {
                RegistrationStatus::Suspended { ground: SuspensionGround::Disciplinary }
            } else {
                RegistrationStatus::UnknownMeasure
            };
            let by_hand = with_competence(&Professional::builder("x")
                .registration(Registration::new(Profession::Nurse, Some("39012345630".parse().unwrap()), [
                    StatusPeriod { period: Period::new(d("2009-07-01"), m_from.previous_day()).unwrap(), status: RegistrationStatus::Active },
                    StatusPeriod { period: Period::new(m_from, Some(m_until)).unwrap(), status },
                    StatusPeriod::active_from(m_until.next_day().unwrap()),
                ]).unwrap())
                .qualification(Qualification::NurseSpecialistGeneralHealthcare, Period::starting(q_from))
                .build().unwrap());
            let (_, example) = law::NURSE_SPECIALIST_AGZ_PRESCRIBING.example_case().unwrap();
            for offset in 0..120 {
                let ctx = example.to_builder().date(day(offset)).build().unwrap();
                for p in [Procedure::Prescribing, Procedure::Injection, Procedure::Catheterisation] {
                    prop_assert_eq!(decide(&imported, p, &ctx), decide(&by_hand, p, &ctx), "day {}", day(offset));
                }
            }
        }

        /// A FHIR role (JSON or XML) decides like the same person built by hand, every day of a
        /// period around its dates.
        #[test]
        fn a_fhir_role_decides_like_the_hand_built_one_every_day(
            code in proptest::sample::select(vec!["01.000", "30.000", "30.076", "81.000"]),
            from in 0u32..40, length in 0u32..60, xml in any::<bool>(),
        ) {
            let (start, end) = (day(from), day(from + length));
            let mut r = role("r", Some(code));
            r["period"] = json!({"start": start.to_string(), "end": end.to_string()});
            let p = json!({"resourceType": "Practitioner", "id": "p", "name": [{"text": "x"}]});
            let text = fhir_bundle(p, vec![r]);
            let text = if xml {
                // The XML form, through the converter's inverse on this simple shape.
                let bundle: serde_json::Value = serde_json::from_str(&text).unwrap();
                let role = &bundle["entry"][1]["resource"];
                format!(
                    r#"<Bundle xmlns="http://hl7.org/fhir"><entry><resource><Practitioner><id value="p"/><name><text value="x"/></name></Practitioner></resource></entry><entry><resource><PractitionerRole><id value="r"/><period><start value="{}"/><end value="{}"/></period><practitioner><reference value="Practitioner/p"/></practitioner><specialty><coding><system value="{ROLE_CODE_NL}"/><code value="{code}"/></coding></specialty></PractitionerRole></resource></entry></Bundle>"#,
                    role["period"]["start"].as_str().unwrap(), role["period"]["end"].as_str().unwrap()
                )
            } else {
                text
            };
            let lines = import_fhir(&text, d(AS_OF), None);
            let imported = with_competence(&staff(&lines)[0].professional);
            let (profession, qualification) = match code {
                "01.000" => (Profession::Physician, None),
                "30.000" => (Profession::Nurse, None),
                "30.076" => (Profession::Nurse, Some(Qualification::NurseSpecialistGeneralHealthcare)),
                _ => (Profession::PhysicianAssistant, None),
            };
            let period = Period::new(start, Some(end)).unwrap();
            let mut by_hand = Professional::builder("x")
                .registration(Registration::new(profession, None, [StatusPeriod { period, status: RegistrationStatus::Active }]).unwrap());
            if let Some(q) = qualification {
                by_hand = by_hand.qualification(q, period);
            }
            let by_hand = with_competence(&by_hand.build().unwrap());
            for offset in 0..110 {
                let ctx = Context::builder(day(offset), FieldOfCare::Medicine).facts(CaseFacts::ALL).build().unwrap();
                for p in [Procedure::Surgery, Procedure::Injection, Procedure::Prescribing] {
                    prop_assert_eq!(decide(&imported, p, &ctx), decide(&by_hand, p, &ctx), "day {}", day(offset));
                }
            }
        }
    }
}
