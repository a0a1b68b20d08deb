//! The FHIR importer (feature `fhir`): the sample bundle, every code row, every error, FHIR's
//! rule that unknown elements are ignored, and the basis record. Every bundle is read in its JSON
//! form and in its XML form (feature `fhir-xml`), which must give the same result.
#![cfg(feature = "fhir-xml")]
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail loudly")]

use bevoegd::fhir::*;
use bevoegd::import::*;
use bevoegd::*;
use serde_json::json;

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn bundle(v: serde_json::Value) -> Bundle {
    serde_json::from_value(v).unwrap()
}

const AS_OF: &str = "2026-01-05";

#[test]
fn the_sample_bundle_converts_every_practitioner() {
    let sample: serde_json::Value = serde_json::from_str(include_str!("../examples/data/fhir-bundle.json")).unwrap();
    let out = both_forms(sample);
    // The committed XML sample is the same resources.
    let xml = xml_to_json(include_str!("../examples/data/fhir-bundle.xml")).unwrap();
    assert_eq!(import_bundle(&bundle(xml), d(AS_OF)), out);
    let ids: Vec<_> = out.iter().map(|p| p.id.as_deref()).collect();
    assert_eq!(ids, [Some("vs-de-wit"), Some("arts-van-dam"), Some("kt-bos")]);
    let vs = out[0].result.as_ref().unwrap();
    assert_eq!(vs.professional.name(), "M. de Wit");
    let reg = &vs.professional.registrations()[0];
    assert_eq!(
        (reg.profession(), reg.big_number().unwrap().to_string()),
        (Profession::Nurse, "79012345630".to_owned())
    );
    assert_eq!(reg.history()[0].period, Period::starting(d("2021-03-01")));
    assert_eq!(vs.professional.qualifications()[0].qualification, Qualification::NurseSpecialistGeneralHealthcare);

    let arts = out[1].result.as_ref().unwrap();
    assert_eq!(arts.professional.name(), "P. van Dam");
    let reg = &arts.professional.registrations()[0];
    assert_eq!(reg.profession(), Profession::Physician);
    assert_eq!(reg.history()[0].period.from(), d("2012-09-01"), "the day of a date-time in its own offset");
    assert_eq!(arts.skipped[0].path, "entry[4].resource.active", "{:?}", arts.skipped);

    let kt = out[2].result.as_ref().unwrap();
    assert_eq!(kt.professional.registrations()[0].profession(), Profession::ClinicalTechnologist);
}

/// FHIR's XML form of a resource given in its JSON form (a primitive's `_name` extensions
/// become the element's children, as the specification maps them).
fn xml_of(resource: &serde_json::Value) -> String {
    fn escaped(s: &str) -> String {
        s.replace('&', "&amp;").replace('<', "&lt;").replace('"', "&quot;")
    }
    fn children(object: &serde_json::Map<String, serde_json::Value>) -> String {
        let mut out = String::new();
        for (key, value) in object {
            if key == "resourceType" || key.starts_with('_') {
                continue;
            }
            let ext = object.get(&format!("_{key}"));
            match value {
                serde_json::Value::Array(items) => {
                    for (i, item) in items.iter().enumerate() {
                        out += &element(key, item, ext.and_then(|e| e.get(i)));
                    }
                }
                _ => out += &element(key, value, ext),
            }
        }
        out
    }
    fn element(key: &str, value: &serde_json::Value, ext: Option<&serde_json::Value>) -> String {
        let inner = ext.and_then(serde_json::Value::as_object).map(children).unwrap_or_default();
        match value {
            serde_json::Value::Null => String::new(),
            serde_json::Value::Object(o) if o.contains_key("resourceType") => {
                format!("<{key}>{}</{key}>", xml_of(value))
            }
            serde_json::Value::Object(o) => {
                let mut o = o.clone();
                let url = o.remove("url").and_then(|u| u.as_str().map(escaped));
                let attr = url.map(|u| format!(" url=\"{u}\"")).unwrap_or_default();
                format!("<{key}{attr}>{}</{key}>", children(&o))
            }
            serde_json::Value::String(s) => format!("<{key} value=\"{}\">{inner}</{key}>", escaped(s)),
            other => format!("<{key} value=\"{other}\">{inner}</{key}>"),
        }
    }
    let kind = resource["resourceType"].as_str().unwrap();
    let object = resource.as_object().unwrap();
    format!("<{kind} xmlns=\"http://hl7.org/fhir\">{}</{kind}>", children(object))
}

/// A bundle's conversion, from its JSON form and from its XML form: the same, or the test fails.
fn both_forms(bundle_json: serde_json::Value) -> Vec<PractitionerImport> {
    let from_json = import_bundle(&bundle(bundle_json.clone()), d(AS_OF));
    let from_xml = import_bundle(&bundle(xml_to_json(&xml_of(&bundle_json)).unwrap()), d(AS_OF));
    assert_eq!(from_json, from_xml, "the XML form of {bundle_json}");
    from_json
}

fn one(practitioner: serde_json::Value, roles: Vec<serde_json::Value>) -> Result<Imported, ImportError> {
    let mut entries = vec![json!({"resource": practitioner})];
    entries.extend(roles.into_iter().map(|r| json!({"resource": r})));
    let mut out = both_forms(json!({"resourceType": "Bundle", "entry": entries}));
    assert_eq!(out.len(), 1, "{out:?}");
    out.remove(0).result
}

fn practitioner(big: &str) -> serde_json::Value {
    json!({"resourceType": "Practitioner", "id": "p", "identifier": [{"system": BIG_SYSTEM, "value": big}], "name": [{"text": "X"}]})
}

fn role(system: &str, code: &str) -> serde_json::Value {
    json!({"resourceType": "PractitionerRole", "practitioner": {"reference": "Practitioner/p"}, "period": {"start": "2015-01-01"},
        "specialty": [{"coding": [{"system": system, "code": code}]}]})
}

#[test]
fn every_role_code_nl_row() {
    for (group, meaning) in PROFESSIONAL_GROUPS {
        let result = one(practitioner("19012345601"), vec![role(ROLE_CODE_NL, &format!("{group}.000"))]);
        match meaning {
            GroupMeaning::Profession(p) => {
                let imported = result.unwrap();
                assert_eq!(imported.professional.registrations()[0].profession(), *p, "{group}");
                assert_eq!(imported.professional.registrations()[0].big_number().unwrap().to_string(), "19012345601");
            }
            GroupMeaning::NoEffect(_) | GroupMeaning::Unknown => {
                assert_eq!(result.unwrap_err().problem, ImportProblem::NoRegistration, "{group}");
            }
            _ => panic!("a meaning the test does not know"),
        }
    }
    for (id, q) in NURSE_SPECIALISMS {
        let imported = one(practitioner("19012345601"), vec![role(ROLE_CODE_NL, &format!("30.{id:03}"))]).unwrap();
        assert_eq!(imported.professional.qualifications()[0].qualification, *q);
        assert_eq!(imported.professional.registrations()[0].profession(), Profession::Nurse);
    }
    for (group, ids) in OTHER_SPECIALISMS {
        for id in *ids {
            let code = format!("{group}.{id:03}");
            let imported = one(practitioner("19012345601"), vec![role(ROLE_CODE_NL, &code)]).unwrap();
            assert!(imported.professional.qualifications().is_empty());
            assert_eq!(imported.skipped[0].value, code);
        }
    }
    for (prefix, p) in VEKTIS_PREFIXES {
        let imported = one(practitioner("19012345601"), vec![role(VEKTIS_COD016, &format!("{prefix}00"))]).unwrap();
        assert_eq!(imported.professional.registrations()[0].profession(), *p);
    }
}

#[test]
fn several_roles_of_one_profession_are_one_registration() {
    let mut later = role(ROLE_CODE_NL, "01.071");
    later["period"] = json!({"start": "2018-01-01"});
    let imported =
        one(practitioner("19012345601"), vec![role(ROLE_CODE_NL, "01.015"), later, role(VEKTIS_COD016, "0101")])
            .unwrap();
    let regs = imported.professional.registrations();
    assert_eq!(regs.len(), 1);
    assert_eq!(regs[0].history(), [StatusPeriod::active_from(d("2015-01-01"))]);
}

#[test]
fn the_big_number_is_read_from_its_system_only() {
    let p = json!({"resourceType": "Practitioner", "id": "p", "identifier": [
        {"system": "http://fhir.nl/fhir/NamingSystem/uzi-nr-pers", "value": "123"},
        {"system": "http://fhir.nl/fhir/NamingSystem/agb-z", "value": "19012345601"}]});
    let imported = one(p, vec![role(ROLE_CODE_NL, "01.000")]).unwrap();
    assert_eq!(imported.professional.registrations()[0].big_number(), None);
}

#[test]
fn errors_name_the_element() {
    // A role that cannot be read is left out; when it was the practitioner's only one, nothing
    // is left and the conversion fails with its error.
    let cases: Vec<(serde_json::Value, Vec<serde_json::Value>, &str, ImportProblem)> = vec![
        (
            practitioner("19012345601"),
            vec![role(ROLE_CODE_NL, "1.15")],
            "entry[1].resource.specialty[0].coding[0].code",
            ImportProblem::Malformed { expected: "PP.SSS" },
        ),
        (
            practitioner("19012345601"),
            vec![role(ROLE_CODE_NL, "30.999")],
            "entry[1].resource.specialty[0].coding[0].code",
            ImportProblem::UnknownCode,
        ),
        (
            practitioner("19012345601"),
            vec![role(ROLE_CODE_NL, "77.000")],
            "entry[1].resource.specialty[0].coding[0].code",
            ImportProblem::UnknownCode,
        ),
        (
            practitioner("19012345601"),
            vec![role(VEKTIS_COD016, "0800")],
            "entry[1].resource.specialty[0].coding[0].code",
            ImportProblem::UnknownCode,
        ),
        (
            practitioner("19012345601"),
            vec![role(VEKTIS_COD016, "32")],
            "entry[1].resource.specialty[0].coding[0].code",
            ImportProblem::Malformed { expected: "four digits" },
        ),
        // A role coded only in another system grants nothing: skipped, and nothing is left.
        (
            practitioner("19012345601"),
            vec![role("http://snomed.info/sct", "309343006")],
            "entry[0].resource",
            ImportProblem::NoRegistration,
        ),
        (practitioner("19012345601"), vec![], "entry[0].resource", ImportProblem::NoRegistration),
    ];
    for (p, roles, path, problem) in cases {
        let err = one(p, roles).unwrap_err();
        assert_eq!((err.path.as_str(), &err.problem), (path, &problem), "{err}");
    }
    let mut partial = role(ROLE_CODE_NL, "01.000");
    partial["period"] = json!({"start": "2015"});
    let err = one(practitioner("19012345601"), vec![partial]).unwrap_err();
    assert_eq!((err.path.as_str(), err.value.as_str()), ("entry[1].resource.period.start", "2015"));
    let mut reversed = role(ROLE_CODE_NL, "01.000");
    reversed["period"] = json!({"start": "2015-01-01", "end": "2014-01-01"});
    assert!(matches!(
        one(practitioner("19012345601"), vec![reversed]).unwrap_err().problem,
        ImportProblem::InconsistentDates(_)
    ));
}

#[test]
fn roles_that_belong_to_nobody_are_errors_of_their_own() {
    let out = both_forms(json!({"resourceType": "Bundle", "entry": [
        {"resource": practitioner("19012345601")},
        {"resource": role(ROLE_CODE_NL, "01.000")},
        {"resource": {"resourceType": "PractitionerRole", "specialty": [{"coding": [{"system": ROLE_CODE_NL, "code": "01.000"}]}]}},
        {"resource": {"resourceType": "PractitionerRole", "practitioner": {"reference": "Practitioner/nobody"}}},
    ]}));
    assert_eq!(out.len(), 3);
    assert!(out[0].result.is_ok());
    let errors: Vec<_> = out[1..].iter().map(|p| (p.id.clone(), p.result.clone().unwrap_err())).collect();
    assert_eq!(errors[0].0, None);
    assert_eq!(
        (errors[0].1.path.as_str(), &errors[0].1.problem),
        ("entry[2].resource.practitioner", &ImportProblem::Missing)
    );
    assert_eq!(
        (errors[1].1.path.as_str(), &errors[1].1.problem),
        ("entry[3].resource.practitioner.reference", &ImportProblem::UnresolvedReference)
    );
}

#[test]
fn unknown_elements_and_extensions_are_ignored_and_qualifications_count() {
    let p = json!({"resourceType": "Practitioner", "id": "p", "active": true, "gender": "female",
        "extension": [{"url": "http://nictiz.nl/fhir/StructureDefinition/x", "valueString": "y"}],
        "modifierExtension": [], "_birthDate": {"extension": []},
        "name": [{"family": "Jansen", "_family": {"extension": [{"url": "u", "valueString": "v"}]}, "given": ["A."]}],
        "qualification": [{"code": {"coding": [{"system": ROLE_CODE_NL, "code": "81.000"}]}, "period": {"start": "2019-02-01"}}]});
    let imported = one(p, vec![]).unwrap();
    assert_eq!(imported.professional.name(), "A. Jansen");
    assert_eq!(imported.professional.registrations()[0].profession(), Profession::PhysicianAssistant);
}

#[test]
fn the_basis_record_names_the_role_or_qualification_that_granted() {
    let sample: serde_json::Value = serde_json::from_str(include_str!("../examples/data/fhir-bundle.json")).unwrap();
    let out = both_forms(sample);
    let mut vs = Professional::builder("vs");
    let imported = &out[0].result.as_ref().unwrap().professional;
    for r in imported.registrations() {
        vs = vs.registration(r.clone());
    }
    for q in imported.qualifications() {
        vs = vs.qualification(q.qualification, q.period);
    }
    let vs = vs
        .competence(Competence {
            procedure: Procedure::Prescribing,
            subdomain: None,
            valid: Period::starting(d("2021-03-01")),
        })
        .build()
        .unwrap();
    // The row's own example context (specialism, subdomain, protocol), on the day of reading.
    let (_, example) = law::NURSE_SPECIALIST_AGZ_PRESCRIBING.example_case().unwrap();
    let ctx = example.to_builder().date(d(AS_OF)).build().unwrap();
    let decision = decide(&vs, Procedure::Prescribing, &ctx);
    assert!(decision.is_permitted(), "{:?}", decision.explanation(Lang::En));
    let record = BasisRecord::of(&decision).unwrap();
    assert_eq!(
        serde_json::to_value(&record).unwrap(),
        json!({"procedure": "prescribing", "date": AS_OF, "route": "independent", "rule": "nurse_specialist_agz_prescribing",
            "citation": "Regeling zelfstandige bevoegdheid verpleegkundig specialisten art. 2",
            "citation_jci": "jci1.3:c:BWBR0041163&artikel=2",
            "citation_url": format!("https://wetten.overheid.nl/jci1.3:c:BWBR0041163&artikel=2&z={AS_OF}&g={AS_OF}"),
            "granted_by_role": {"system": ROLE_CODE_NL, "code": "30.076"}})
    );
    // A denial has no basis.
    let nobody = Professional::builder("n")
        .registration(Registration::active_from(Profession::Nurse, d("2020-01-01")))
        .build()
        .unwrap();
    assert_eq!(BasisRecord::of(&decide(&nobody, Procedure::Surgery, &ctx)), None);
}

mod same_as_by_hand {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(if std::env::var_os("CI").is_some() { 48 } else { 256 }))]

        /// A practitioner with a role decides like the same person built by hand.
        #[test]
        fn a_converted_practitioner_decides_like_the_hand_built_one(
            code in proptest::sample::select(vec!["01.000", "01.015", "02.000", "03.000", "30.000", "30.069", "30.076", "81.000", "82.000", "97.000"]),
            start in 2011u16..2026, probe in 2011u16..2027,
        ) {
            let mut r = role(ROLE_CODE_NL, code);
            r["period"] = json!({"start": format!("{start}-03-01")});
            let converted = one(practitioner("19012345601"), vec![r]).unwrap().professional;
            let from = Date::new(start, 3, 1).unwrap();
            let (profession, qualification) = match code {
                "01.000" | "01.015" => (Profession::Physician, None),
                "02.000" => (Profession::Dentist, None),
                "03.000" => (Profession::Midwife, None),
                "30.000" => (Profession::Nurse, None),
                "30.069" => (Profession::Nurse, Some(Qualification::NurseSpecialistMentalHealth)),
                "30.076" => (Profession::Nurse, Some(Qualification::NurseSpecialistGeneralHealthcare)),
                "81.000" => (Profession::PhysicianAssistant, None),
                "82.000" => (Profession::ClinicalTechnologist, None),
                _ => (Profession::Radiographer, None),
            };
            let all = |mut b: ProfessionalBuilder| {
                for p in Procedure::ALL {
                    b = b.competence(Competence { procedure: p, subdomain: None, valid: Period::starting(d("2010-11-01")) });
                }
                b.build().unwrap()
            };
            let mut by_hand = Professional::builder("X").registration(
                Registration::new(profession, Some("19012345601".parse().unwrap()), [StatusPeriod::active_from(from)]).unwrap(),
            );
            if let Some(q) = qualification {
                by_hand = by_hand.qualification(q, Period::starting(from));
            }
            let by_hand = all(by_hand);
            let mut again = Professional::builder("X");
            for r in converted.registrations() { again = again.registration(r.clone()); }
            for q in converted.qualifications() { again = again.qualification(q.qualification, q.period); }
            let converted = all(again);
            let ctx = Context::builder(Date::new(probe, 6, 15).unwrap(), FieldOfCare::Medicine).facts(CaseFacts::ALL).build().unwrap();
            for p in Procedure::ALL {
                prop_assert_eq!(decide(&converted, p, &ctx), decide(&by_hand, p, &ctx));
            }
        }
    }
}
