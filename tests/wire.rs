//! The wire format: the documented example, round trips of every type, the exact error for every
//! kind of bad input. (The JSON Lines command is tested end to end in `tests/cli.rs`.)
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail loudly")]

use bevoegd::law::{Citation, RULES};
use bevoegd::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

const REQUEST_OK: &str = r#"{"professional":{"name":"A","registrations":[{"profession":"physician","history":[{"period":{"from":"2015-01-01"},"status":"active"}]}],"competences":[{"procedure":"injection","valid":{"from":"2015-01-01"}}]},"procedure":"injection","context":{"date":"2025-01-06","field":"medicine"}}"#;

/// The JSON path and message of a parse failure, as the JSON Lines example reports them.
#[track_caller]
/// The error as the JSON Lines tool reports it: the path of the field itself, and the message
/// without serde_json's position.
fn parse_error<T: DeserializeOwned + std::fmt::Debug>(json: &str) -> (String, String) {
    let de = &mut serde_json::Deserializer::from_str(json);
    let err = serde_path_to_error::deserialize::<_, T>(de).unwrap_err();
    let inner = err.inner();
    let text = inner.to_string();
    let suffix = format!(" at line {} column {}", inner.line(), inner.column());
    bevoegd::error_location(&err.path().to_string(), text.strip_suffix(&suffix).unwrap_or(&text))
}

#[track_caller]
fn round_trip<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(value: &T) {
    let json = serde_json::to_string(value).unwrap();
    let back: T = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{json}: {e}"));
    assert_eq!(&back, value, "{json}");
    assert_eq!(serde_json::to_string(&back).unwrap(), json);
}

fn json_blocks(markdown: &str) -> Vec<String> {
    fenced(markdown, "```json")
}

/// The blocks of `markdown` opened by exactly the line `fence`, in order.
fn fenced(markdown: &str, fence: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in markdown.lines() {
        match (&mut current, line.trim_start()) {
            (None, l) if l == fence => current = Some(String::new()),
            (Some(_), "```") => blocks.push(current.take().unwrap()),
            (Some(text), _) => {
                text.push_str(line);
                text.push('\n');
            }
            (None, _) => {}
        }
    }
    blocks
}

/// With `BLESS` set, rewrites every answer block of `docs/wire-format.md` (the second block of
/// each pair) as this version answers its request; the requests are never touched.
fn bless_wire_format() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/wire-format.md");
    let doc = std::fs::read_to_string(path).unwrap();
    let mut out = String::new();
    let (mut inside, mut blocks, mut request) = (false, 0usize, String::new());
    let mut current = String::new();
    for line in doc.split_inclusive('\n') {
        match (inside, line.trim()) {
            (false, "```json") => {
                inside = true;
                current.clear();
                out.push_str(line);
            }
            (true, "```") => {
                inside = false;
                if blocks % 2 == 0 {
                    request = current.clone();
                    out.push_str(&current);
                } else {
                    let request: Request = serde_json::from_str(&request).unwrap();
                    out.push_str(&serde_json::to_string_pretty(&request.audit(Lang::En)).unwrap());
                    out.push('\n');
                }
                blocks += 1;
                out.push_str(line);
            }
            (true, _) => current.push_str(line),
            (false, _) => out.push_str(line),
        }
    }
    std::fs::write(path, out).unwrap();
}

#[test]
fn every_documented_request_gives_exactly_the_documented_answer() {
    if std::env::var_os("BLESS").is_some() {
        bless_wire_format();
    }
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/wire-format.md")).unwrap();
    let blocks = json_blocks(&doc);
    assert!(blocks.len() >= 2 && blocks.len().is_multiple_of(2), "requests and answers come in pairs");
    for pair in blocks.chunks(2) {
        let request: Request = serde_json::from_str(&pair[0]).unwrap_or_else(|e| panic!("{e}: {}", pair[0]));
        let documented: serde_json::Value = serde_json::from_str(&pair[1]).unwrap();
        let actual = serde_json::to_value(request.audit(Lang::En)).unwrap();
        assert_eq!(
            actual, documented,
            "docs/wire-format.md is stale for {}: regenerate the answers with `BLESS=1 cargo test --test wire`",
            pair[0]
        );
        let record: AuditRecord = serde_json::from_value(documented).unwrap();
        round_trip(&record);
        round_trip(&request);
    }
}

#[test]
fn every_type_round_trips() {
    let (who, ctx) = bevoegd::law::PHYSICIAN_ASSISTANT_CATHETERISATION.example_case().unwrap();
    round_trip(&who);
    round_trip(&ctx);
    round_trip(&Date::new(2024, 2, 29).unwrap());
    round_trip(&Period::new(Date::new(2020, 1, 1).unwrap(), None).unwrap());
    round_trip(&"12345678901".parse::<BigNumber>().unwrap());
    round_trip(&"cardiology".parse::<Subdomain>().unwrap());
    round_trip(&ProcedureSet::ALL);
    round_trip(&Lang::En);
    round_trip(&CaseFacts::ALL);
    for p in Procedure::ALL {
        round_trip(&p);
    }
    for route in [
        Route::Independent,
        Route::FunctionalIndependence,
        Route::OnInstruction,
        Route::Emergency,
        Route::NotProfessional,
    ] {
        round_trip(&route);
    }
    for rule in RULES {
        round_trip(&rule.citation);
        round_trip(&rule.conditions_source);
        // Every decision of every row's example case, permitted and then made to fail.
        let (who, ctx) = rule.example_case().unwrap();
        let request = Request::new(who.clone(), rule.procedure, ctx.clone()).unwrap();
        round_trip(&request);
        let d = request.decide().unwrap();
        round_trip(&d.report(Lang::Nl));
        round_trip(&AuditRecord::new(&d, Lang::En));
        let denied = decide(&who, rule.procedure, &ctx.to_builder().facts(CaseFacts::default()).build().unwrap());
        for reason in denied.reasons() {
            round_trip(&reason);
        }
        for remedy in denied.missing() {
            round_trip(&remedy);
        }
        round_trip(&denied.report(Lang::En));
    }
    let instruction = Instruction {
        instructor: bevoegd::law::PHYSICIAN_SURGERY.example_case().unwrap().0,
        directions_followed: true,
        supervision_ensured: false,
    };
    round_trip(&ctx.to_builder().instruction(instruction).emergency(true).professional(false).build().unwrap());
}

#[test]
fn a_citation_whose_text_does_not_match_its_parts_is_rejected() {
    let json = r#"{"instrument":"wet_big","article":"36","paragraph":5,"text":"Wet BIG art. 36 lid 6"}"#;
    assert_eq!(
        serde_json::from_str::<Citation>(json).unwrap_err().to_string(),
        "citation text `Wet BIG art. 36 lid 6` does not match its parts, which read `Wet BIG art. 36 lid 5`"
    );
}

/// A citation's identifiers are written from its parts and ignored when read: a record whose
/// `jci` or `publication` is stale (or absent, as in records made before them) reads the same.
#[test]
fn a_citation_s_identifiers_are_derived_and_ignored_when_read() {
    let c: Citation = "Wet BIG art. 36 lid 14 onder d, 4°".parse().unwrap();
    let json = serde_json::to_value(c).unwrap();
    assert_eq!(json["jci"], "jci1.3:c:BWBR0006251&artikel=36&lid=14&o=d");
    assert!(json.get("publication").is_none());
    let stale = r#"{"instrument":"wet_big","article":"36","paragraph":5,"text":"Wet BIG art. 36 lid 5","jci":"x"}"#;
    assert_eq!(serde_json::from_str::<Citation>(stale).unwrap().to_string(), "Wet BIG art. 36 lid 5");
    let amending: Citation = "Stcrt. 2020, 62422".parse().unwrap();
    let json = serde_json::to_value(amending).unwrap();
    assert_eq!((json.get("jci"), json["publication"].as_str()), (None, Some("stcrt-2020-62422")));
}

/// An answer lists every provision it cites once, in order of first appearance: the basis, each
/// reason's citation, the provision beside it and the instrument that changed it; with the
/// address of each text on the answer's date.
#[test]
fn an_answer_lists_every_cited_provision_once_with_its_address() {
    let rule = &law::CLINICAL_TECHNOLOGIST_EXPERIMENT_LITHOTRIPSY;
    let (kt, ctx) = rule.example_case().unwrap();
    let later = ctx.to_builder().date(Date::new(2021, 3, 1).unwrap()).build().unwrap();
    let report = decide(&kt, rule.procedure, &later).report(Lang::En);
    let mut expected: Vec<Citation> = Vec::new();
    let reasons = report
        .requires
        .iter()
        .chain(&report.independence_reasons)
        .chain(report.other_route.iter().flat_map(|o| &o.reasons));
    for c in report
        .basis
        .into_iter()
        .chain(reasons.flat_map(|r| [Some(r.citation), r.also, r.changed_by.map(|c| c.citation)].into_iter().flatten()))
    {
        if !expected.contains(&c) {
            expected.push(c);
        }
    }
    assert!(expected.iter().any(|c| c.to_string() == "Stb. 2019, 182"), "the change is cited: {expected:?}");
    assert_eq!(
        report.citations.iter().map(|c| c.text.clone()).collect::<Vec<_>>(),
        expected.iter().map(|c| c.to_string()).collect::<Vec<_>>()
    );
    for (listed, c) in report.citations.iter().zip(&expected) {
        assert_eq!(listed.url, c.url_on(report.date).map(|u| u.to_string()), "{c}");
        assert_eq!(listed.jci, c.jci().map(|j| j.to_string()), "{c}");
        assert_eq!(listed.publication.as_deref(), c.publication(), "{c}");
    }
    let stb = report.citations.iter().find(|c| c.text == "Stb. 2019, 182").unwrap();
    assert_eq!(stb.url.as_deref(), Some("https://zoek.officielebekendmakingen.nl/stb-2019-182.html"));
    round_trip(&report);
}

/// A request with `professional` and `context` spliced in.
fn request(professional: &str, procedure: &str, context: &str) -> String {
    format!(r#"{{"professional":{professional},"procedure":"{procedure}","context":{context}}}"#)
}

const PHYSICIAN: &str = r#"{"name":"A","registrations":[{"profession":"physician","history":[{"period":{"from":"2015-01-01"},"status":"active"}]}]}"#;
const CONTEXT: &str = r#"{"date":"2025-01-06","field":"medicine"}"#;

#[test]
fn every_kind_of_bad_input_gets_its_exact_error() {
    let cases: Vec<(String, &str, &str)> = vec![
        (
            request(PHYSICIAN, "injection", r#"{"date":"2025-02-30","field":"medicine"}"#),
            "context.date",
            "day `2025-02-30` does not exist",
        ),
        (
            request(PHYSICIAN, "injection", r#"{"date":"6-1-2025","field":"medicine"}"#),
            "context.date",
            "date `6-1-2025` is not of the form YYYY-MM-DD",
        ),
        (
            request(
                r#"{"name":"A","registrations":[{"profession":"physician","history":[{"period":{"from":"2015-01-01","until":"2014-01-01"},"status":"active"}]}]}"#,
                "injection",
                CONTEXT,
            ),
            "professional.registrations[0].history[0].period",
            "period ends on `2014-01-01`, before it starts on `2015-01-01`",
        ),
        (
            request(
                r#"{"name":"A","registrations":[{"profession":"physician","history":[{"period":{"from":"2015-01-01"},"status":"active"},{"period":{"from":"2020-01-01","until":"2020-02-01"},"status":{"suspended":{"ground":"disciplinary"}}}]}]}"#,
                "injection",
                CONTEXT,
            ),
            "professional.registrations[0].history[1]",
            "status period `from 2015-01-01` overlaps status period `2020-01-01 to 2020-02-01`",
        ),
        (
            request(
                r#"{"name":"A","registrations":[{"profession":"physician","big_number":"1234567890","history":[{"period":{"from":"2015-01-01"},"status":"active"}]}]}"#,
                "injection",
                CONTEXT,
            ),
            "professional.registrations[0].big_number",
            "BIG number `1234567890` must be exactly 11 digits",
        ),
        (
            request(
                r#"{"name":"A","registrations":[{"profession":"clinical_technologist_title","history":[{"period":{"from":"2016-01-01","until":"2020-06-30"},"status":"active"}]},{"profession":"clinical_technologist","history":[{"period":{"from":"2019-01-01"},"status":"active"}]}]}"#,
                "injection",
                CONTEXT,
            ),
            "professional.registrations[1].history[0].period.from",
            "the `clinical_technologist` register opened on `2020-07-01`; record the days before as the experiment title",
        ),
        (
            request(
                r#"{"name":"A","registrations":[{"profession":"physician_assistant_title","history":[{"period":{"from":"2019-01-01"},"status":"active"}]}]}"#,
                "injection",
                CONTEXT,
            ),
            "professional.registrations[0].history[0].period.from",
            "the `physician_assistant_title` title of the experiment was no longer given from `2018-09-01`, when the register opened",
        ),
        (
            request(PHYSICIAN, "injections", CONTEXT),
            "procedure",
            "unknown variant `injections`, expected one of `surgery`, `obstetrics`, `endoscopy`, `catheterisation`, `injection`, `puncture`, `anaesthesia`, `ionising_radiation`, `elective_cardioversion`, `defibrillation`, `electroconvulsive_therapy`, `lithotripsy`, `assisted_reproduction`, `prescribing`, `not_reserved`",
        ),
        (
            request(
                r#"{"name":"A","registrations":[{"profession":"physician","history":[{"period":{"from":"2015-01-01"},"status":"active"}]}],"competences":[{"procedure":"tattooing","valid":{"from":"2015-01-01"}}]}"#,
                "injection",
                CONTEXT,
            ),
            "professional.competences[0].procedure",
            "unknown variant `tattooing`, expected one of `surgery`, `obstetrics`, `endoscopy`, `catheterisation`, `injection`, `puncture`, `anaesthesia`, `ionising_radiation`, `elective_cardioversion`, `defibrillation`, `electroconvulsive_therapy`, `lithotripsy`, `assisted_reproduction`, `prescribing`",
        ),
        (
            request(
                PHYSICIAN,
                "injection",
                r#"{"date":"2025-01-06","field":"medicine","instruction":{"directions_followed":true,"supervision_ensured":true}}"#,
            ),
            "context.instruction",
            "missing field `instructor`",
        ),
        (
            request(
                PHYSICIAN,
                "injection",
                r#"{"date":"2025-01-06","field":"medicine","facts":{"routine":true,"rutine":true}}"#,
            ),
            "context.facts.rutine",
            "unknown field `rutine`, expected one of `limited_complexity`, `routine`, `risks_overseeable`, `complex_technical_medical_act`, `radiation_requirements_met`, `diagnosis_by_physician`, `registration_conditions_met`, `registration_confirmed`",
        ),
        (
            request(
                r#"{"name":"A","registrations":[{"profession":"physician","history":[{"period":{"from":"2015-01-01"},"status":"active"}]},{"profession":"physician","history":[{"period":{"from":"2016-01-01"},"status":"active"}]}]}"#,
                "injection",
                CONTEXT,
            ),
            "professional.registrations[1]",
            "profession `physician` is registered twice; put every status in one history",
        ),
        (
            request(
                r#"{"name":"A","registrations":[{"profession":"midwife","history":[{"period":{"from":"2015-01-01"},"status":"active"}]}],"qualifications":[{"qualification":"ambulance_nurse","period":{"from":"2016-01-01"}}]}"#,
                "injection",
                CONTEXT,
            ),
            "professional.qualifications[0]",
            "qualification `ambulance_nurse` needs a `nurse` registration",
        ),
        (
            request(PHYSICIAN, "injection", r#"{"date":"2009-01-06","field":"medicine"}"#),
            "context.date",
            "date `2009-01-06` is before `2010-11-01`, the first day the law table covers",
        ),
        (
            request(PHYSICIAN, "injection", r#"{"date":"2025-01-06","field":"medicine","technique":"venepuncture"}"#),
            "context.technique",
            "technique `venepuncture` is a form of `puncture`, not of `injection`",
        ),
        (
            request(
                PHYSICIAN,
                "injection",
                r#"{"date":"2025-01-06","field":"medicine","specialism":"ambulance_nurse"}"#,
            ),
            "context.specialism",
            "`ambulance_nurse` is not a nurse-specialist category",
        ),
        (
            request(PHYSICIAN, "injection", r#"{"date":"2025-01-06","field":"medicine","subdomain":"Cardiology"}"#),
            "context.subdomain",
            "subdomain `Cardiology` must start with a-z and hold only a-z, 0-9 and _",
        ),
        (
            request(r#"{"name":"A","registrations":[{"profession":"physician","history":[]}]}"#, "injection", CONTEXT),
            "professional.registrations[0].history",
            "a registration needs at least one status period",
        ),
        (
            request(
                PHYSICIAN,
                "injection",
                r#"{"date":"2025-01-06","field":"medicine","protocols":[{"subdomain":"icu","procedures":["surgery","surgery"]}]}"#,
            ),
            "context.protocols[0].procedures",
            "procedure `surgery` is listed twice",
        ),
        // Restrictions by patient group or place, and what the context says of them.
        (
            request(
                PHYSICIAN,
                "injection",
                r#"{"date":"2025-01-06","field":"medicine","facts":{"patient_group":true}}"#,
            ),
            "context.facts.patient_group",
            "unknown field `patient_group`, expected one of `limited_complexity`, `routine`, `risks_overseeable`, `complex_technical_medical_act`, `radiation_requirements_met`, `diagnosis_by_physician`, `registration_conditions_met`, `registration_confirmed`",
        ),
        (
            request(
                PHYSICIAN,
                "injection",
                r#"{"date":"2025-01-06","field":"medicine","patient_groups":{"elderly":true}}"#,
            ),
            "context.patient_groups.elderly",
            "unknown field `elderly`, expected one of `minors`, `women`, `men`",
        ),
        (
            request(
                PHYSICIAN,
                "injection",
                r#"{"date":"2025-01-06","field":"medicine","place":{"system":" ","value":"1"}}"#,
            ),
            "context.place",
            "place `system` must not be empty",
        ),
        (
            request(
                r#"{"name":"A","registrations":[{"profession":"physician","history":[{"period":{"from":"2015-01-01"},"status":{"restricted":{"procedures":["surgery"],"ground":"partial_withdrawal"}}}]}]}"#,
                "injection",
                CONTEXT,
            ),
            "professional.registrations[0].history[0].status.restricted.ground",
            "record a partial withdrawal of whole procedures as `partially_withdrawn`, and one that reaches a group of patients or a place under `restrictions`",
        ),
        (
            request(
                r#"{"name":"A","registrations":[{"profession":"physician","history":[{"period":{"from":"2015-01-01"},"status":"active"}],"restrictions":[{"period":{"from":"2020-01-01"},"ground":"order","procedures":[],"scope":{"patient_group":{"group":"minors"}}}]}]}"#,
                "injection",
                CONTEXT,
            ),
            "professional.registrations[0].restrictions[0].procedures",
            "a restriction's `procedures`, when given, must name at least one procedure (leave it out for all)",
        ),
        (
            request(
                r#"{"name":"A","registrations":[{"profession":"physician","history":[{"period":{"from":"2015-01-01"},"status":"active"}],"restrictions":[{"period":{"from":"2020-01-01"},"ground":"order","scope":{"ward":"x"}}]}]}"#,
                "injection",
                CONTEXT,
            ),
            "professional.registrations[0].restrictions[0].scope",
            "unknown variant `ward`, expected one of `patient_group`, `only_place`, `not_place`",
        ),
    ];
    let mut wrong = Vec::new();
    for (json, path, message) in cases {
        let got = parse_error::<Request>(&json);
        if got != (path.to_owned(), message.to_owned()) {
            wrong.push(format!("{json}\n  got:      {got:?}\n  expected: {:?}", (path, message)));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_date_after_the_legal_basis_is_answered_as_a_forecast() {
    use bevoegd::law::{FORECAST_HORIZON_DAYS, LEGAL_BASIS_AS_OF, forecast_note_needed};
    let after = LEGAL_BASIS_AS_OF.next_day().unwrap();
    let answer_on = |day: Date| {
        let json = REQUEST_OK.replace("2025-01-06", &day.to_string());
        serde_json::to_value(serde_json::from_str::<Request>(&json).unwrap().audit(Lang::Nl)).unwrap()
    };
    // The day after the check: a forecast, said in the field; the note only past the horizon (or
    // past a change the table knows of).
    let answer = answer_on(after);
    assert_eq!(answer["decision"]["forecast"], true);
    assert_eq!(answer["decision"]["outcome"], "permitted");
    let opens_with_note =
        |a: &serde_json::Value| a["decision"]["explanation"][0].as_str().unwrap().starts_with("let op: ");
    assert_eq!(opens_with_note(&answer), forecast_note_needed(after));
    let far = (0..=FORECAST_HORIZON_DAYS).fold(LEGAL_BASIS_AS_OF, |d, _| d.next_day().unwrap());
    let answer = answer_on(far);
    assert!(opens_with_note(&answer));
    assert_eq!(answer["decision"]["forecast"], true);
    // Before the check day: the answer holds on past it, no longer cut there, and says where its
    // forecast begins.
    let before = answer_on(LEGAL_BASIS_AS_OF);
    assert!(before["decision"].get("holds_until").is_none(), "{}", before["decision"]["holds_until"]);
    assert_eq!(before["decision"]["forecast_from"], after.to_string());
    // On or before that day the field is absent: answers before it are unchanged.
    let on = serde_json::to_value(serde_json::from_str::<Request>(REQUEST_OK).unwrap().audit(Lang::Nl)).unwrap();
    assert!(on["decision"].get("forecast").is_none());
}

#[test]
fn an_act_that_is_not_reserved_is_answered_as_such() {
    let json = REQUEST_OK.replace(r#""procedure":"injection","context""#, r#""procedure":"not_reserved","context""#);
    let request: Request = serde_json::from_str(&json).unwrap();
    assert!(request.decide().is_none());
    let answer = serde_json::to_value(request.audit(Lang::En)).unwrap();
    assert_eq!(answer["decision"]["outcome"], "not_reserved");
    assert_eq!(answer["decision"]["procedure"], "not_reserved");
    assert_eq!(answer["decision"]["basis"]["text"], "Wet BIG art. 36");
    assert!(answer["decision"]["route"].is_null());
    // A technique belongs to a reserved procedure, so it cannot go with an act that is not reserved.
    let with_technique = json.replace(r#""field":"medicine""#, r#""field":"medicine","technique":"venepuncture""#);
    let err = serde_json::from_str::<Request>(&with_technique).unwrap_err().to_string();
    assert!(err.contains("not of `not_reserved`"), "{err}");
}

/// The blocks fenced as ```` ```json <tag> ````, in order.
fn tagged_blocks(doc: &str, tag: &str) -> Vec<String> {
    fenced(doc, &format!("```json {tag}"))
}

/// The roster of the README and of `docs/wire-format.md`: a physician assistant whose competence
/// record ends mid-span, and a physician, in one cardiology ward before any case is known.
type Staff = Vec<(String, Professional)>;
type Places = Vec<(String, Context)>;

fn documented_roster() -> (Staff, Places) {
    let cardiology: Subdomain = "cardiology".parse().unwrap();
    let since = Date::new(2019, 1, 1).unwrap();
    let pa = Professional::builder("F. de Boer")
        .registration(Registration::active_from(Profession::PhysicianAssistant, since))
        .trained_in(cardiology)
        .competence(Competence {
            procedure: Procedure::Catheterisation,
            subdomain: Some(cardiology),
            valid: Period::new(since, Some(Date::new(2025, 3, 12).unwrap())).unwrap(),
        })
        .build()
        .unwrap();
    let physician = Professional::builder("A. de Vries")
        .registration(Registration::active_from(Profession::Physician, since))
        .build()
        .unwrap();
    let ward = Context::builder(Date::new(2025, 3, 10).unwrap(), FieldOfCare::Medicine)
        .subdomain(cardiology)
        .protocol(Protocol { subdomain: cardiology, procedures: ProcedureSet::only(Procedure::Catheterisation) })
        .facts(CaseFacts::UNKNOWN)
        .build()
        .unwrap();
    (vec![("69012345606".to_owned(), pa), ("19012345601".to_owned(), physician)], vec![("cardiology".to_owned(), ward)])
}

#[test]
fn the_documented_roster_plan_and_gaps_are_exact() {
    let (staff, places) = documented_roster();
    let roster = Roster {
        staff: &staff,
        places: &places,
        procedures: &[Procedure::Catheterisation],
        from: Date::new(2025, 3, 10).unwrap(),
        through: Date::new(2025, 4, 6).unwrap(),
        assigned: None,
    };
    let doc = include_str!("../docs/wire-format.md");
    let plan = roster.plan().unwrap();
    let gaps = roster.gaps().unwrap();
    for (tag, actual) in
        [("plan", serde_json::to_value(&plan).unwrap()), ("gaps", serde_json::to_value(&gaps).unwrap())]
    {
        let blocks = tagged_blocks(doc, tag);
        assert_eq!(blocks.len(), 1, "one ```json {tag} block");
        let documented: serde_json::Value = serde_json::from_str(&blocks[0]).unwrap();
        assert_eq!(
            actual,
            documented,
            "docs/wire-format.md is stale for the roster's {tag}; it is now:\n{}",
            serde_json::to_string_pretty(&actual).unwrap()
        );
    }
    round_trip(&plan);
    round_trip(&gaps);
}
