//! The BIG-register importer (feature `big-register`): the SOAP XML and JSON forms, every mapping
//! row, every error kind and the quirks of real responses.
#![cfg(feature = "big-register")]
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail loudly")]

use bevoegd::big_register::*;
use bevoegd::import::*;
use bevoegd::*;

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

/// The SOAP body of a response, as the service sends it, read with quick-xml's serde support.
fn from_soap(xml: &str) -> Response {
    quick_xml::de::from_str::<Envelope>(xml).unwrap().body.result
}

const MOCK: &str = include_str!("data/import/register-mock.xml");

#[test]
fn the_public_mock_response_reads_and_converts() {
    let response = from_soap(MOCK);
    let [person] = response.people() else { panic!("one person") };
    assert_eq!(person.display_name(), "Foo van Bar");
    let imported = person.to_professional(d("2026-01-01")).unwrap();
    let reg = &imported.professional.registrations()[0];
    assert_eq!(reg.profession(), Profession::Physician);
    assert_eq!(reg.big_number().unwrap().to_string(), "12345678910");
    // "Hello world" names no measure: in the mock it is a placeholder, so the mock is read with
    // the measure placed by hand below; unplaced, it is an error naming the element.
    let _ = imported;
}

#[test]
fn a_response_with_two_people_several_registrations_nil_dates_and_a_suspension() {
    let response = from_soap(include_str!("data/import/register-two-people.xml"));
    assert_eq!(response.people().len(), 2);
    let nurse = response.people()[0].to_professional(d("2026-01-05")).unwrap();
    let p = &nurse.professional;
    assert_eq!(p.name(), "A.B. Verhoeven");
    let history = p.registrations()[0].history();
    assert_eq!(
        history,
        [
            StatusPeriod {
                period: Period::new(d("2009-07-01"), Some(d("2025-02-02"))).unwrap(),
                status: RegistrationStatus::Active
            },
            StatusPeriod {
                period: Period::new(d("2025-02-03"), Some(d("2025-05-02"))).unwrap(),
                status: RegistrationStatus::Suspended { ground: SuspensionGround::Disciplinary }
            },
            StatusPeriod { period: Period::starting(d("2025-05-03")), status: RegistrationStatus::Active },
        ]
    );
    let quals: Vec<_> = p.qualifications().iter().map(|q| (q.qualification, q.period)).collect();
    assert_eq!(
        quals,
        [
            (Qualification::NurseSpecialistGeneralHealthcare, Period::starting(d("2026-01-05"))),
            (Qualification::DiabetesNursePrescribing, Period::starting(d("2016-03-01"))),
        ]
    );
    assert!(nurse.skipped.is_empty());

    let two = response.people()[1].to_professional(d("2026-01-05")).unwrap();
    let regs = two.professional.registrations();
    assert_eq!(regs.len(), 2);
    // A decimal BIG number that lost its leading zero is read as the 11 digits it is.
    assert_eq!(regs[0].big_number().unwrap().to_string(), "09012345601");
    assert_eq!(regs[1].profession(), Profession::Dentist);
    assert_eq!(regs[1].history()[0].period, Period::new(d("2001-09-01"), Some(d("2015-08-31"))).unwrap());
    let skipped: Vec<_> = two.skipped.iter().map(|s| (s.path.as_str(), s.value.as_str())).collect();
    assert_eq!(skipped, [("Limitation[0]", ""), ("Specialism[0].TypeOfSpecialismId", "54")]);
}

#[test]
fn the_json_form_is_the_same_record() {
    let from_xml = from_soap(include_str!("data/import/register-two-people.xml"));
    let json = serde_json::to_string(&from_xml).unwrap();
    let from_json: Response = serde_json::from_str(&json).unwrap();
    assert_eq!(from_json, from_xml);
    // Numbers may arrive as JSON numbers.
    let person: Person = serde_json::from_value(serde_json::json!({
        "ArticleRegistration": {"ArticleRegistrationExtApp": [registration_json(19012345601u64, "2010-01-01T00:00:00", None, "01")]}
    }))
    .unwrap();
    assert_eq!(
        person.to_professional(d("2026-01-01")).unwrap().professional.registrations()[0].profession(),
        Profession::Physician
    );
}

#[test]
fn zero_people_is_an_empty_list() {
    let xml = r#"<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>
        <ListHcpApprox4Result xmlns="http://services.cibg.nl/ExternalUser"><ListHcpApprox/></ListHcpApprox4Result></soap:Body></soap:Envelope>"#;
    assert!(from_soap(xml).people().is_empty());
}

fn registration_json(
    number: impl Into<serde_json::Value>,
    start: &str,
    end: Option<&str>,
    group: &str,
) -> serde_json::Value {
    serde_json::json!({
        "ArticleRegistrationNumber": number.into(),
        "ArticleRegistrationStartDate": start,
        "ArticleRegistrationEndDate": end.unwrap_or("0001-01-01T00:00:00"),
        "ProfessionalGroupCode": group,
    })
}

const NUMBER: &str = "19012345601";

fn person(group: &str, extra: serde_json::Value) -> Person {
    let mut v = serde_json::json!({
        "MailingName": "Test",
        "ArticleRegistration": {"ArticleRegistrationExtApp": [registration_json(NUMBER, "2010-01-01T00:00:00", None, group)]}
    });
    if let (Some(o), Some(e)) = (v.as_object_mut(), extra.as_object()) {
        o.extend(e.clone());
    }
    serde_json::from_value(v).unwrap()
}

fn convert(group: &str, extra: serde_json::Value) -> Result<Imported, ImportError> {
    person(group, extra).to_professional(d("2026-01-01"))
}

#[test]
fn every_professional_group_row() {
    for (code, meaning) in PROFESSIONAL_GROUPS {
        let result = convert(code, serde_json::json!({}));
        match meaning {
            GroupMeaning::Profession(p) => {
                let imported = result.unwrap();
                let regs = imported.professional.registrations();
                assert_eq!(regs[0].profession(), *p, "{code}");
            }
            GroupMeaning::NoEffect(_) => {
                // The only registration is skipped: nothing the law table knows is left.
                let err = result.unwrap_err();
                assert_eq!(err.problem, ImportProblem::NoRegistration, "{code}");
            }
            GroupMeaning::Unknown => assert_eq!(result.unwrap_err().problem, ImportProblem::ProfessionUnknown),
            _ => panic!("a meaning the test does not know"),
        }
    }
    let err = convert("77", serde_json::json!({})).unwrap_err();
    assert_eq!((err.path.as_str(), err.value.as_str()), ("ArticleRegistration[0].ProfessionalGroupCode", "77"));
    assert_eq!(err.problem, ImportProblem::UnknownProfessionalGroup);
}

fn specialism(id: u16) -> serde_json::Value {
    serde_json::json!({"Specialism": {"SpecialismExtApp1": [{"SpecialismId": 1, "ArticleRegistrationNumber": NUMBER, "TypeOfSpecialismId": id}]}})
}

#[test]
fn every_specialism_row() {
    for (id, q) in NURSE_SPECIALISMS {
        let imported = convert("30", specialism(*id)).unwrap();
        assert_eq!(imported.professional.qualifications()[0].qualification, *q, "{id}");
        assert_eq!(imported.professional.qualifications()[0].period, Period::starting(d("2026-01-01")));
    }
    for (group, ids) in OTHER_SPECIALISMS {
        for id in *ids {
            let imported = convert(group, specialism(*id)).unwrap();
            assert!(imported.professional.qualifications().is_empty());
            assert_eq!(imported.skipped[0].path, "Specialism[0].TypeOfSpecialismId", "{group}.{id}");
        }
    }
    // A nurse-specialist id on a physician's registration is not in the physicians' list.
    let err = convert("01", specialism(76)).unwrap_err();
    assert_eq!(err.problem, ImportProblem::UnknownSpecialism { group: "01".to_owned() });
    let err = convert("30", specialism(999)).unwrap_err();
    assert_eq!((err.path.as_str(), err.value.as_str()), ("Specialism[0].TypeOfSpecialismId", "999"));
    // Dated specialisms, when a response carries dates, use them.
    let dated = serde_json::json!({"Specialism": {"SpecialismExtApp1": [{"SpecialismId": 1, "ArticleRegistrationNumber": NUMBER,
        "TypeOfSpecialismId": 66, "StartDate": "2012-01-01T00:00:00", "EndDate": "2020-12-31T00:00:00"}]}});
    let q = convert("30", dated).unwrap().professional.qualifications()[0];
    assert_eq!(q.period, Period::new(d("2012-01-01"), Some(d("2020-12-31"))).unwrap());
}

fn mention(kind: u16) -> serde_json::Value {
    serde_json::json!({"Mention": {"MentionExtApp": [{"MentionId": 1, "ArticleRegistrationNumber": NUMBER, "TypeOfMentionId": kind,
        "StartDate": "2015-01-01T00:00:00", "EndDate": null}]}})
}

#[test]
fn every_mention_row() {
    for (kind, q) in MENTIONS {
        let imported = convert("30", mention(*kind)).unwrap();
        match q {
            Some(q) => assert_eq!(imported.professional.qualifications()[0].qualification, *q),
            None => assert_eq!(imported.skipped[0].path, "Mention[0].TypeOfMentionId"),
        }
    }
    assert_eq!(convert("30", mention(9)).unwrap_err().problem, ImportProblem::UnknownMention);
    let err = convert("01", mention(1)).unwrap_err();
    assert_eq!(err.path, "Mention[0].ArticleRegistrationNumber");
    assert_eq!(
        err.problem,
        ImportProblem::WrongRegistration { found: Profession::Physician, needs: Profession::Nurse }
    );
}

fn judgment(description: &str, start: &str, end: Option<&str>) -> serde_json::Value {
    serde_json::json!({"ArticleNumber": NUMBER, "Id": 1, "StartDate": start, "PublicDescription": description, "EndDate": end, "Public": true})
}

fn with_judgments(items: Vec<serde_json::Value>) -> serde_json::Value {
    serde_json::json!({"JudgmentProvision": {"JudgmentProvisionExtApp": items}})
}

#[test]
fn every_measure_name() {
    let cases = [
        (
            "Schorsing van de inschrijving",
            Some(RegistrationStatus::Suspended { ground: SuspensionGround::Disciplinary }),
        ),
        ("Voorlopige schorsing", Some(RegistrationStatus::Suspended { ground: SuspensionGround::Provisional })),
        ("Voorwaardelijke schorsing van de inschrijving", Some(RegistrationStatus::ConditionalSuspension)),
        (
            "Doorhaling van de inschrijving",
            Some(RegistrationStatus::StruckOff { ground: StrikeOffGround::Disciplinary }),
        ),
        ("Bijzondere voorwaarden verbonden aan de inschrijving", Some(RegistrationStatus::ConditionsImposed)),
        ("Berisping", None),
        ("Waarschuwing", None),
        ("Geldboete", None),
    ];
    for (text, status) in cases {
        let imported =
            convert("01", with_judgments(vec![judgment(text, "2020-01-01T10:00:00", Some("2020-06-30T00:00:00"))]))
                .unwrap();
        let history = imported.professional.registrations()[0].history();
        match status {
            Some(s) => assert_eq!(history[1].status, s, "{text}"),
            None => {
                assert_eq!(history.len(), 1, "{text}");
                assert_eq!(imported.skipped[0].path, "JudgmentProvision[0]");
            }
        }
    }
    for (text, why) in [
        ("Hello world", "names no measure"),
        ("Schorsing en doorhaling", "several measures"),
        ("Gedeeltelijke ontzegging van de bevoegdheid", "partial ban"),
    ] {
        // Unplaced, the measure is a dated unknown on the registration, and an error to look at;
        // the person is kept.
        let imported = convert("01", with_judgments(vec![judgment(text, "2020-01-01T00:00:00", None)])).unwrap();
        let [err] = imported.errors.as_slice() else { panic!("{text}: one error, {:?}", imported.errors) };
        assert_eq!(err.path, "JudgmentProvision[0].PublicDescription");
        assert!(matches!(err.problem, ImportProblem::UnplacedMeasure { why: w } if w.contains(why)), "{text}: {err}");
        let history = imported.professional.registrations()[0].history();
        assert_eq!(
            history[1],
            StatusPeriod { period: Period::starting(d("2020-01-01")), status: RegistrationStatus::UnknownMeasure }
        );
    }
    // The caller's own placement takes precedence, and carries the procedures of a partial ban.
    let mut placed = judgment("Gedeeltelijke ontzegging van de bevoegdheid", "2020-01-01T00:00:00", None);
    placed["measure"] = serde_json::json!({"partial_withdrawal": {"procedures": ["anaesthesia"]}});
    let imported = convert("01", with_judgments(vec![placed])).unwrap();
    assert_eq!(
        imported.professional.registrations()[0].history()[1].status,
        RegistrationStatus::PartiallyWithdrawn { procedures: ProcedureSet::only(Procedure::Anaesthesia) }
    );
}

#[test]
fn a_strike_off_outlasts_the_registration_it_ended() {
    let mut p = person("01", with_judgments(vec![judgment("Doorhaling", "2020-03-31T11:00:00", None)]));
    p.article_registration.items[0].article_registration_end_date = Some("2020-03-31T00:00:00".into());
    let history = p.to_professional(d("2026-01-01")).unwrap().professional.registrations()[0].history().to_vec();
    assert_eq!(history[1].period, Period::starting(d("2020-03-31")));
    let ctx = Context::builder(d("2024-01-01"), FieldOfCare::Medicine).build().unwrap();
    let who = p.to_professional(d("2026-01-01")).unwrap().professional;
    assert!(
        decide(&who, Procedure::Injection, &ctx).reasons().iter().any(|r| matches!(r.unmet, Unmet::StruckOff { .. }))
    );
}

#[test]
fn limitations() {
    let limitation = |kind: u16| {
        serde_json::json!({"Limitation": {"LimitationExtApp": [{"LimitationId": 1, "ArticleRegistrationNumber": NUMBER,
            "CompetenceRegistrationId": 0, "TypeLimitationId": kind, "StartDate": "2015-01-01T00:00:00", "EndDate": null,
            "ExpirationEndDate": null, "MonthsValid": 0, "YearsValid": 0}]}})
    };
    for (kind, needs_measure) in LIMITATIONS {
        let result = convert("01", limitation(*kind));
        let imported = result.unwrap();
        if *needs_measure {
            let err = &imported.errors[0];
            assert_eq!(err.path, "Limitation[0].TypeLimitationId");
            assert!(matches!(err.problem, ImportProblem::UnplacedMeasure { .. }));
            assert_eq!(
                imported.professional.registrations()[0].history()[1].status,
                RegistrationStatus::UnknownMeasure
            );
        } else {
            assert_eq!(imported.skipped[0].path, "Limitation[0]");
            assert!(imported.errors.is_empty());
        }
    }
    let unknown_kind = convert("01", limitation(42)).unwrap();
    assert!(matches!(unknown_kind.errors[0].problem, ImportProblem::UnplacedMeasure { .. }));
    let mut placed = limitation(4);
    placed["Limitation"]["LimitationExtApp"][0]["measure"] = serde_json::json!("conditions");
    let history = convert("01", placed).unwrap().professional.registrations()[0].history().to_vec();
    assert_eq!(
        history[1],
        StatusPeriod { period: Period::starting(d("2015-01-01")), status: RegistrationStatus::ConditionsImposed }
    );
}

#[test]
fn bad_dates_and_numbers_name_the_element() {
    let cases: Vec<(serde_json::Value, &str, &str)> = vec![
        (
            with_judgments(vec![judgment("Schorsing", "2020-01-01T00:00:00+01:00", None)]),
            "JudgmentProvision[0].StartDate",
            "time zone",
        ),
        (
            with_judgments(vec![judgment("Schorsing", "2009-01-01T00:00:00", None)]),
            "JudgmentProvision[0].StartDate",
            "before the registration",
        ),
        (
            with_judgments(vec![judgment("Schorsing", "2020-01-01T00:00:00", Some("2019-01-01T00:00:00"))]),
            "JudgmentProvision[0].EndDate",
            "before it starts",
        ),
        (
            with_judgments(vec![
                judgment("Schorsing", "2020-01-01T00:00:00", Some("2020-12-31T00:00:00")),
                judgment("Doorhaling", "2020-06-01T00:00:00", None),
            ]),
            "JudgmentProvision[1].StartDate",
            "overlaps",
        ),
        (
            with_judgments(vec![judgment("Schorsing", "0001-01-01T00:00:00", None)]),
            "JudgmentProvision[0].StartDate",
            "required",
        ),
    ];
    for (extra, path, says) in cases {
        let err = convert("01", extra).unwrap_err();
        assert_eq!(err.path, path, "{err}");
        let text = format!("{}", err.problem)
            + if matches!(err.problem, ImportProblem::MalformedDateTime) { " time zone" } else { "" };
        assert!(text.contains(says), "{path}: {err}");
    }
    let mut unknown = judgment("Schorsing", "2020-01-01T00:00:00", None);
    unknown["ArticleNumber"] = serde_json::json!("29999999901");
    let err = convert("01", with_judgments(vec![unknown])).unwrap_err();
    assert_eq!(
        (err.path.as_str(), err.problem.clone()),
        ("JudgmentProvision[0].ArticleRegistrationNumber", ImportProblem::UnknownBigNumber)
    );
    let mut p = person("01", serde_json::json!({}));
    p.article_registration.items[0].article_registration_number = "12-34".into();
    assert_eq!(p.to_professional(d("2026-01-01")).unwrap_err().problem, ImportProblem::MalformedBigNumber);
    p.article_registration.items[0].article_registration_number = NUMBER.into();
    p.article_registration.items[0].article_registration_end_date = Some("2005-01-01T00:00:00".into());
    let err = p.to_professional(d("2026-01-01")).unwrap_err();
    assert_eq!(err.path, "ArticleRegistration[0].ArticleRegistrationEndDate");
}

#[test]
fn a_re_registration_of_one_profession_is_one_history() {
    let p: Person = serde_json::from_value(serde_json::json!({"ArticleRegistration": {"ArticleRegistrationExtApp": [
        registration_json("19012345601", "2005-01-01T00:00:00", Some("2012-12-31T00:00:00"), "01"),
        registration_json("49012345601", "2016-01-01T00:00:00", None, "01"),
    ]}}))
    .unwrap();
    let who = p.to_professional(d("2026-01-01")).unwrap().professional;
    let reg = &who.registrations()[0];
    assert_eq!(reg.history().len(), 2);
    assert_eq!(reg.big_number().unwrap().to_string(), "49012345601", "the later registration's number");
}

mod same_as_by_hand {
    use super::*;
    use proptest::prelude::*;

    fn day(offset: u32) -> Date {
        let mut x = d("2011-01-01");
        for _ in 0..offset {
            x = x.next_day().unwrap();
        }
        x
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(if std::env::var_os("CI").is_some() { 48 } else { 256 }))]

        /// A register record with a suspension decides like the same person built by hand.
        #[test]
        fn a_converted_professional_decides_like_the_hand_built_one(
            group in proptest::sample::select(vec![("01", Profession::Physician), ("02", Profession::Dentist),
                ("03", Profession::Midwife), ("30", Profession::Nurse), ("81", Profession::PhysicianAssistant),
                ("82", Profession::ClinicalTechnologist)]),
            start in 0u32..3000, gap in 1u32..2000, length in 0u32..400, probe in 0u32..5500,
        ) {
            let (code, profession) = group;
            let (from, s_from, s_until) = (day(start), day(start + gap), day(start + gap + length));
            let register = serde_json::json!({
                "ArticleRegistration": {"ArticleRegistrationExtApp": [registration_json(NUMBER, &format!("{from}T00:00:00"), None, code)]},
                "JudgmentProvision": {"JudgmentProvisionExtApp": [judgment("Schorsing", &format!("{s_from}T08:30:00"), Some(&format!("{s_until}T00:00:00")))]},
            });
            let person: Person = serde_json::from_value(register).unwrap();
            let converted = person.to_professional(d("2026-01-01")).unwrap().professional;
            let mut by_hand = Professional::builder("x").registration(
                Registration::new(profession, Some(NUMBER.parse().unwrap()), [
                    StatusPeriod { period: Period::new(from, s_from.previous_day()).unwrap(), status: RegistrationStatus::Active },
                    StatusPeriod { period: Period::new(s_from, Some(s_until)).unwrap(), status: RegistrationStatus::Suspended { ground: SuspensionGround::Disciplinary } },
                    StatusPeriod::active_from(s_until.next_day().unwrap()),
                ]).unwrap(),
            );
            for p in Procedure::ALL {
                by_hand = by_hand.competence(Competence { procedure: p, subdomain: None, valid: Period::starting(d("2010-11-01")) });
            }
            let by_hand = by_hand.build().unwrap();
            let mut converted_b = Professional::builder("x");
            for r in converted.registrations() { converted_b = converted_b.registration(r.clone()); }
            for p in Procedure::ALL {
                converted_b = converted_b.competence(Competence { procedure: p, subdomain: None, valid: Period::starting(d("2010-11-01")) });
            }
            let converted = converted_b.build().unwrap();
            let ctx = Context::builder(day(probe), FieldOfCare::Medicine).facts(CaseFacts::ALL).build().unwrap();
            for p in Procedure::ALL {
                prop_assert_eq!(decide(&converted, p, &ctx), decide(&by_hand, p, &ctx));
            }
        }
    }
}

/// The README's table of professional group codes says what `PROFESSIONAL_GROUPS` does.
#[test]
fn the_readme_lists_every_group_as_the_table_keeps_or_skips_it() {
    let readme = include_str!("../README.md");
    let start = readme.find("| codes | groups | kept as a registration |").unwrap();
    let table: Vec<&str> = readme[start..].lines().skip(2).take_while(|l| l.starts_with('|')).collect();
    let codes = |row: &str| -> Vec<String> {
        let first = row.split('|').nth(1).unwrap();
        let words: Vec<&str> = first.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let two = |w: &str| w.len() == 2 && w.bytes().all(|b| b.is_ascii_digit());
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            if two(words[i]) {
                if words.get(i + 1) == Some(&"to") && words.get(i + 2).is_some_and(|w| two(w)) {
                    let (a, b): (u8, u8) = (words[i].parse().unwrap(), words[i + 2].parse().unwrap());
                    out.extend((a..=b).map(|n| format!("{n:02}")));
                    i += 3;
                    continue;
                }
                out.push(words[i].to_owned());
            }
            i += 1;
        }
        out
    };
    let [kept, skipped, unknown] = table.as_slice() else { panic!("three rows: {table:?}") };
    let of = |f: fn(&GroupMeaning) -> bool| -> Vec<String> {
        PROFESSIONAL_GROUPS.iter().filter(|(_, m)| f(m)).map(|(c, _)| (*c).to_owned()).collect()
    };
    assert_eq!(codes(kept), of(|m| matches!(m, GroupMeaning::Profession(_))));
    assert_eq!(codes(skipped), of(|m| matches!(m, GroupMeaning::NoEffect(_))));
    assert_eq!(codes(unknown), of(|m| matches!(m, GroupMeaning::Unknown)));
    // And the names in the kept row are the professions the codes become, in order.
    let names: Vec<&str> = kept.split('|').nth(2).unwrap().split(',').map(str::trim).collect();
    let professions: Vec<String> = PROFESSIONAL_GROUPS
        .iter()
        .filter_map(|(_, m)| match m {
            GroupMeaning::Profession(p) => Some(p.code().replace('_', " ")),
            _ => None,
        })
        .collect();
    assert_eq!(names, professions);
}
