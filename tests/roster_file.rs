//! Roster files and staff files (feature `json`): the documented forms and answers, every error
//! named by its JSON path, the example week, and (feature `cli`) `bevoegd plan` and
//! `bevoegd import` answering exactly what the library answers.
#![cfg(feature = "json")]
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail loudly")]

mod common;

use bevoegd::staff::{parse_roster, parse_staff};
use bevoegd::{Date, Lang, MAX_ROSTER_CELLS, Procedure, RosterDraft, RosterFile, StaffMember};
use serde_json::{Value, json};

const DOC: &str = include_str!("../docs/wire-format.md");
const ROSTER: &str = include_str!("../examples/data/roster.json");
const STAFF: &str = include_str!("../examples/data/staff.jsonl");

/// The blocks fenced as ```` ```json <tag> ````, in order.
fn tagged(tag: &str) -> Vec<String> {
    let fence = format!("```json {tag}\n");
    DOC.split(fence.as_str()).skip(1).map(|b| b.split("\n```").next().unwrap().to_owned()).collect()
}

fn one(tag: &str) -> String {
    let blocks = tagged(tag);
    assert_eq!(blocks.len(), 1, "one ```json {tag} block in docs/wire-format.md");
    blocks[0].clone()
}

fn documented() -> (String, Vec<StaffMember>) {
    (one("roster"), parse_staff(&one("staff-line")).unwrap())
}

#[test]
fn the_documented_roster_file_gives_the_documented_answer() {
    let (roster, staff) = documented();
    let roster = parse_roster(&roster, staff).unwrap();
    let answer = serde_json::to_value(roster.answer(Lang::Nl)).unwrap();
    let documented: Value = serde_json::from_str(&one("roster-answer")).unwrap();
    assert_eq!(
        answer,
        documented,
        "docs/wire-format.md is stale for the roster file's answer; it is now:\n{}",
        serde_json::to_string_pretty(&answer).unwrap()
    );
    // A roster file written back parses to the same roster.
    let again: RosterFile = serde_json::from_value(serde_json::to_value(&roster).unwrap()).unwrap();
    assert_eq!(again, roster);
}

#[test]
fn labels_fall_back_to_the_entry_then_the_name_then_the_id() {
    let (text, staff) = documented();
    let roster = parse_roster(&text, staff).unwrap();
    let (nl, en) = (roster.labels_in(Lang::Nl), roster.labels_in(Lang::En));
    // The place: its Dutch label is the entry's own, its English one given.
    assert_eq!((nl.places["cardiology"].as_str(), en.places["cardiology"].as_str()), ("Cardiologie", "Cardiology"));
    // The procedure: the Dutch label given, the English one the procedure's own name.
    assert_eq!(nl.procedures[&Procedure::Injection], "injecties");
    assert_eq!(en.procedures[&Procedure::Injection], Procedure::Injection.name(Lang::En));
    // Staff without a label: the professional's name; a subdomain without one: its code.
    let mut v: Value = serde_json::from_str(&text).unwrap();
    v["staff"][0].as_object_mut().unwrap().remove("label");
    let roster = parse_roster(&v.to_string(), parse_staff(&one("staff-line")).unwrap()).unwrap();
    assert_eq!(roster.labels_in(Lang::En).staff["e1001"], "A. de Vries");
    assert_eq!(roster.labels_in(Lang::En).subdomains[&"cardiology".parse().unwrap()], "cardiology");
}

/// The documented roster with `change` applied, parsed with the documented staff file.
fn error_of(change: impl FnOnce(&mut Value)) -> (String, String) {
    let (text, staff) = documented();
    let mut v: Value = serde_json::from_str(&text).unwrap();
    change(&mut v);
    let e = parse_roster(&v.to_string(), staff).unwrap_err();
    (e.path, e.message)
}

#[test]
fn every_error_of_a_roster_file_names_its_json_path() {
    /// What is broken, how, the path named and a part of the message.
    type Case = (&'static str, Box<dyn FnOnce(&mut Value)>, &'static str, &'static str);
    let cases: Vec<Case> = vec![
        (
            "an unknown staff id in an assignment",
            Box::new(|v| v["assignments"][1]["staff"] = "e9".into()),
            "assignments[1].staff",
            "no staff member has the id `e9`",
        ),
        (
            "a minimum for a procedure the roster does not ask about",
            Box::new(|v| v["places"][0]["minimum"] = json!({"injection": 1, "surgery": 1})),
            "places[0].minimum.surgery",
            "`surgery` is not among the roster's procedures",
        ),
        (
            "a minimum that is not a count",
            Box::new(|v| v["places"][0]["minimum"] = json!({"injection": -1})),
            "places[0].minimum.injection",
            "invalid value",
        ),
        (
            "an unknown place id in an assignment",
            Box::new(|v| v["assignments"][0]["place"] = "icu".into()),
            "assignments[0].place",
            "no place has the id `icu`",
        ),
        (
            "a staff id used twice",
            Box::new(|v| {
                let m = v["staff"][0].clone();
                v["staff"].as_array_mut().unwrap().push(m);
            }),
            "staff[2].id",
            "the id `e1001` is also `staff[0]`'s",
        ),
        (
            "a place id used twice",
            Box::new(|v| {
                let p = v["places"][0].clone();
                v["places"].as_array_mut().unwrap().push(p);
            }),
            "places[1].id",
            "the id `cardiology` is also `places[0]`'s",
        ),
        ("an empty id", Box::new(|v| v["places"][0]["id"] = "".into()), "places[0].id", "must not be empty"),
        (
            "a place context with a date",
            Box::new(|v| v["places"][0]["context"]["date"] = "2025-03-10".into()),
            "places[0].context.date",
            "a place's context has no date",
        ),
        (
            "an invalid place context",
            Box::new(|v| v["places"][0]["context"]["specialism"] = "diabetes_nurse_prescribing".into()),
            "places[0].context.specialism",
            "is not a nurse-specialist category",
        ),
        (
            "an assignment before the roster",
            Box::new(|v| v["assignments"][0]["from"] = "2025-03-09".into()),
            "assignments[0].from",
            "within the roster's, `2025-03-10` through `2025-03-12`",
        ),
        (
            "an assignment after the roster",
            Box::new(|v| v["assignments"][0]["through"] = "2025-03-13".into()),
            "assignments[0].through",
            "within the roster's",
        ),
        (
            "an assignment ending before it starts",
            Box::new(|v| v["assignments"][0]["through"] = "2025-03-09".into()),
            "assignments[0].through",
            "before it starts",
        ),
        (
            "a roster ending before it starts",
            Box::new(|v| v["through"] = "2025-03-01".into()),
            "through",
            "before it starts",
        ),
        (
            "a roster before the law table's coverage",
            Box::new(|v| v["from"] = "2009-01-01".into()),
            "from",
            "before `2010-11-01`",
        ),
        (
            "a procedure listed twice",
            Box::new(|v| v["procedures"] = json!(["injection", "puncture", "injection"])),
            "procedures[2]",
            "`injection` is listed twice",
        ),
        ("an unknown procedure", Box::new(|v| v["procedures"] = json!(["injektion"])), "procedures[0]", "injektion"),
        (
            "a label for an unknown staff id",
            Box::new(|v| v["labels"]["staff"] = json!({"e9": {"nl": "X"}})),
            "labels.staff.e9",
            "no staff member has the id `e9`",
        ),
        (
            "a label for an unknown place id",
            Box::new(|v| v["labels"]["places"] = json!({"icu": {"nl": "X"}})),
            "labels.places.icu",
            "no place has the id `icu`",
        ),
        ("an unknown field", Box::new(|v| v["asignments"] = json!([])), "asignments", "unknown field `asignments`"),
        (
            "a member without a professional",
            Box::new(|v| v["staff"][1]["id"] = "e1003".into()),
            "staff[1].professional",
            "absent: give the professional here, or in a staff file",
        ),
        (
            "a professional given twice",
            Box::new(|v| v["staff"][1]["professional"] = v["staff"][0]["professional"].clone()),
            "staff[1].professional",
            "gives a professional under this id too",
        ),
        (
            "one BIG number under two ids",
            Box::new(|v| {
                let mut m = v["staff"][0].clone();
                m["id"] = "e1009".into();
                v["staff"].as_array_mut().unwrap().push(m);
            }),
            "staff[2].professional.registrations[0].big_number",
            "one person under two ids",
        ),
        (
            "too many cells",
            Box::new(|v| {
                v["through"] = "9999-12-31".into();
                v["procedures"] = json!([
                    "surgery",
                    "obstetrics",
                    "endoscopy",
                    "catheterisation",
                    "injection",
                    "puncture",
                    "anaesthesia",
                    "ionising_radiation",
                    "elective_cardioversion",
                    "defibrillation",
                    "electroconvulsive_therapy",
                    "lithotripsy",
                    "assisted_reproduction",
                    "prescribing"
                ]);
                v.as_object_mut().unwrap().remove("assignments");
            }),
            ".",
            "at most 1000000 cells and pairs and 4000000 colleague pairs",
        ),
    ];
    for (what, change, path, message) in cases {
        let (p, m) = error_of(change);
        assert_eq!(p, path, "{what}: {m}");
        assert!(m.contains(message), "{what}: {m}");
    }
}

#[test]
fn a_roster_of_too_many_pairs_is_refused_before_anything_is_allocated_for_them() {
    // 1,001 staff × 1,000 places, one day, no procedures: more pairs than a roster may have.
    let nurse = json!({"name": "x", "registrations": [{"profession": "nurse", "history": [{"period": {"from": "2015-01-01"}, "status": "active"}]}]});
    let staff: Vec<Value> = (0..1001).map(|i| json!({"id": format!("s{i}"), "professional": nurse})).collect();
    let places: Vec<Value> =
        (0..1000).map(|i| json!({"id": format!("p{i}"), "context": {"field": "medicine"}})).collect();
    let text =
        json!({"staff": staff, "places": places, "procedures": [], "from": "2025-01-01", "through": "2025-01-01"})
            .to_string();
    let e = parse_roster(&text, Vec::new()).unwrap_err();
    assert_eq!(e.path, ".");
    assert!(e.message.contains("1001000 staff-place pairs"), "{}", e.message);
    assert_eq!(MAX_ROSTER_CELLS, 1_000_000);
}

#[test]
fn a_staff_file_is_json_lines_or_an_array_and_names_the_bad_line() {
    let lines: Vec<&str> = STAFF.lines().collect();
    let from_lines = parse_staff(STAFF).unwrap();
    let array = format!("[{}]", lines.join(",\n"));
    assert_eq!(parse_staff(&array).unwrap(), from_lines);
    // A byte-order mark and blank lines are fine.
    assert_eq!(parse_staff(&format!("\u{feff}{}\n\n{}", lines[0], lines[1])).unwrap().len(), 2);
    // A bad line is named with the path inside it.
    let bad = format!("{}\n{}\n", lines[0], lines[1].replace("\"physician\"", "\"fysician\""));
    let e = parse_staff(&bad).unwrap_err();
    assert_eq!((e.place, e.at), ("line", 2));
    assert!(e.error.path.starts_with("professional.registrations[0]"), "{e}");
    // Two members with one id: the second is named, and the first.
    let twice = format!("{}\n{}\n", lines[0], lines[0]);
    let e = parse_staff(&twice).unwrap_err();
    assert_eq!(e.to_string(), "line 2: `id`: the id `anna` is also line 1's");
    // The importers' `skipped` is read and not used; any other field is an error.
    let with_skipped =
        lines[0].replacen('{', r#"{"skipped": [{"path": "Specialism[0]", "value": "2", "why": "no effect"}], "#, 1);
    assert_eq!(parse_staff(&with_skipped).unwrap(), parse_staff(lines[0]).unwrap());
    assert!(parse_staff(&lines[0].replacen('{', r#"{"skiped": [], "#, 1)).is_err());
}

#[test]
fn held_staff_is_one_person_per_id_and_its_version_changes_with_what_can_change_an_answer() {
    use bevoegd::staff::HeldStaff;
    let members = parse_staff(STAFF).unwrap();
    let held = HeldStaff::new(members.clone()).unwrap();
    assert_eq!(held, HeldStaff::parse(STAFF).unwrap());
    assert_eq!(held.len(), 13);
    assert_eq!(held.iter().map(|(id, _)| id).collect::<Vec<_>>(), held.ids().collect::<Vec<_>>());
    assert_eq!(**held.get("fleur").unwrap(), members[5].professional);
    // Built in Rust, two members are named by position.
    let e = HeldStaff::new(vec![members[0].clone(), members[1].clone(), members[0].clone()]).unwrap_err();
    assert_eq!(e.to_string(), "member 3: `id`: the id `anna` is also member 1's");
    let mut twin = members[1].clone();
    twin.id = "anna-2".into();
    twin.professional = members[0].professional.clone();
    let e = HeldStaff::new(vec![members[0].clone(), twin]).unwrap_err();
    assert!(e.to_string().starts_with("member 2: `professional.registrations[0].big_number`"), "{e}");
    // A label changes no answer and no version; a professional's change does, and so does an id.
    let relabelled = STAFF.replacen(r#"{"id": "anna", "#, r#"{"id": "anna", "label": "Dr. A.", "#, 1);
    assert_ne!(relabelled, STAFF);
    assert_eq!(HeldStaff::parse(&relabelled).unwrap().version(), held.version());
    let renamed = STAFF.replacen("Anna de Vries", "Anna de Vries-Bos", 1);
    assert_ne!(HeldStaff::parse(&renamed).unwrap().version(), held.version());
    let other_id = STAFF.replacen(r#""id": "anna""#, r#""id": "anna-1""#, 1);
    assert_ne!(HeldStaff::parse(&other_id).unwrap().version(), held.version());
    assert!(HeldStaff::parse("").unwrap().is_empty());
}

#[test]
fn the_example_week_plans_with_its_staff_file() {
    let draft: RosterDraft = serde_json::from_str(ROSTER).unwrap();
    let roster = draft.with_staff(parse_staff(STAFF).unwrap()).unwrap();
    assert_eq!(roster.staff().len(), 13);
    assert_eq!(roster.procedures().len(), 14);
    let plan = roster.plan();
    // One place each, every day of the week: 13 × 14 cells, each with spans over seven days.
    assert_eq!(plan.cells.len(), 13 * 14);
    assert_eq!(roster.cells(), 13 * 14 * 7);
    for cell in &plan.cells {
        assert_eq!(cell.spans.first().unwrap().from, roster.from());
        assert_eq!(cell.spans.last().unwrap().until, roster.through());
    }
    // Without the staff file the roster names who is missing.
    let draft: RosterDraft = serde_json::from_str(ROSTER).unwrap();
    assert_eq!(draft.check().unwrap_err().path, "staff[0].professional");
}

/// The example week as a planner reads it (issue 25): the medicine unknown makes prescribing
/// conditional on the classes that permit; an instruction is possible only on days a colleague
/// who may give it works on the ward, and named; a performer under a measure and a ward with
/// nobody to instruct are warned about.
#[test]
fn the_example_week_answers_what_a_planner_needs() {
    let draft: RosterDraft = serde_json::from_str(ROSTER).unwrap();
    let roster = draft.with_staff(parse_staff(STAFF).unwrap()).unwrap();
    let answer = roster.answer(Lang::En);
    let plan = &answer.plan;
    let day = |d| Date::new(2025, 3, d).unwrap();
    // Julia, a diabetes nurse: prescribing depends on the medicine (and the diagnosis).
    let julia = plan.on("julia", "cardiology", Procedure::Prescribing, day(10)).unwrap();
    assert_eq!(julia.outcome, bevoegd::Outcome::Conditional);
    let ward = &roster.places().iter().find(|p| p.id == "cardiology").unwrap().context;
    let julia_member = roster.staff().iter().find(|m| m.id == "julia").unwrap();
    let d = bevoegd::decide(&julia_member.professional, Procedure::Prescribing, ward);
    assert_eq!(d.required_drugs(), bevoegd::DrugSet::of(&[bevoegd::DrugClass::BloodGlucoseRegulating]));
    // Ivo works in the emergency department with Bram (suspended through 03-15) and Cor (struck
    // off): an instruction is possible only on 03-16, Bram's first day back.
    let ivo = plan.cell("ivo", "emergency_department", Procedure::Injection).unwrap();
    let days: Vec<(Date, Date, Vec<String>)> = ivo
        .on_instruction
        .iter()
        .map(|o| {
            (
                o.from,
                o.until,
                plan.instructors_on("ivo", "emergency_department", Procedure::Injection, o.from)
                    .iter()
                    .map(|s| (*s).to_owned())
                    .collect(),
            )
        })
        .collect();
    assert_eq!(days, [(day(16), day(16), vec!["bram".to_owned()])]);
    // Cor could act on Bram's instruction that day, with the strike-off warned about.
    let cor = plan.cell("cor", "emergency_department", Procedure::Puncture).unwrap();
    let [o] = cor.on_instruction.as_slice() else { panic!("{:?}", cor.on_instruction) };
    assert!(matches!(&o.warnings[..], [bevoegd::Warning::Measure { staff, .. }] if staff == "cor"), "{o:?}");
    // The gaps: an instruction for Bram, whom nobody on the ward may instruct on the first day.
    let gap = answer.gaps.iter().find(|g| g.remedy == bevoegd::Remedy::Instruction).unwrap();
    let bram = gap.opens.iter().find(|o| o.staff == "bram").unwrap();
    let codes: Vec<&str> = bram.warnings.iter().map(bevoegd::Warning::code).collect();
    assert_eq!(codes, ["measure", "no_instructor_there"]);
    let words: Vec<String> = bram.warnings.iter().map(|w| w.describe(Lang::Nl, &roster.labels_in(Lang::Nl))).collect();
    assert!(words[0].starts_with("Bram: registratie als arts geschorst van "), "{words:?}");
    assert_eq!(words[1], "op 2025-03-10 werkt in Spoedeisende hulp niemand die de opdracht mag geven");
}

#[test]
fn a_roster_built_in_rust_equals_the_one_parsed() {
    let (text, staff) = documented();
    let parsed = parse_roster(&text, staff).unwrap();
    let built = RosterFile::new(
        parsed.staff().to_vec(),
        parsed.places().to_vec(),
        parsed.procedures().to_vec(),
        parsed.from(),
        parsed.through(),
    )
    .unwrap()
    .with_assignments(parsed.assignments().unwrap().to_vec())
    .unwrap()
    .with_labels(parsed.labels().clone())
    .unwrap();
    assert_eq!(built, parsed);
    assert_eq!(built.plan(), parsed.plan());
    let day = Date::new(2025, 3, 12).unwrap();
    assert!(built.plan().on("e1001", "cardiology", Procedure::Injection, day).is_none());
}

#[cfg(feature = "cli")]
mod command {
    use super::*;

    fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
        crate::common::run_bevoegd(args, stdin)
    }

    fn data(file: &str) -> String {
        format!("{}/examples/data/{file}", env!("CARGO_MANIFEST_DIR"))
    }

    #[test]
    fn plan_answers_what_the_library_answers() {
        let roster = parse_roster(ROSTER, parse_staff(STAFF).unwrap()).unwrap();
        for (lang, arg) in [(Lang::Nl, "nl"), (Lang::En, "en")] {
            let (code, out, err) = run(&["plan", "--lang", arg, "--staff", &data("staff.jsonl")], ROSTER);
            assert_eq!(code, 0, "{err}");
            let got: Value = serde_json::from_str(&out).unwrap();
            assert_eq!(got, serde_json::to_value(roster.answer(lang)).unwrap());
        }
        // From a file, indented: the same document.
        let (code, out, _) = run(&["plan", &data("roster.json"), "--staff", &data("staff.jsonl"), "--pretty"], "");
        assert_eq!(code, 0);
        assert!(out.lines().count() > 100);
        assert_eq!(
            serde_json::from_str::<Value>(&out).unwrap(),
            serde_json::to_value(roster.answer(Lang::Nl)).unwrap()
        );
        // With a risk window: where each cell stands, as the library says; a window too long is
        // a usage error.
        let (code, out, err) = run(&["plan", "--staff", &data("staff.jsonl"), "--risk-window", "60"], ROSTER);
        assert_eq!(code, 0, "{err}");
        let got: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(got, serde_json::to_value(roster.answer_with_risk_window(Lang::Nl, 60)).unwrap());
        assert!(got["plan"]["cells"].as_array().unwrap().iter().all(|c| c["standing"].is_array()));
        let (code, _, err) = run(&["plan", "--staff", &data("staff.jsonl"), "--risk-window", "3661"], ROSTER);
        assert_eq!(code, 2);
        assert!(err.contains("at most 3660 days"), "{err}");
        // With the hospital's mapping, a renewal runs for its code's usual validity.
        let (code, out, err) =
            run(&["plan", "--staff", &data("staff.jsonl"), "--mapping", &data("qualification-mapping.json")], ROSTER);
        assert_eq!(code, 0, "{err}");
        let got: Value = serde_json::from_str(&out).unwrap();
        let mapping = bevoegd::qualifications::parse_mapping(
            &std::fs::read_to_string(data("qualification-mapping.json")).unwrap(),
        )
        .unwrap();
        let expected = roster.clone().with_validity(mapping.validity()).unwrap().answer(Lang::Nl);
        assert_eq!(got, serde_json::to_value(&expected).unwrap());
        assert_eq!(got["renewals"][0]["months"], 24);
        // As the roster page: the library's page; a bad roster still answers JSON.
        let (code, out, err) =
            run(&["plan", "--format", "html", "--lang", "en", "--staff", &data("staff.jsonl")], ROSTER);
        assert_eq!(code, 0, "{err}");
        assert_eq!(out, roster.page(Lang::En).unwrap());
        let (code, out, _) = run(&["plan", "--format", "html"], "{}");
        assert_eq!(code, 1);
        assert!(out.starts_with("{\"error\""), "{out}");
    }

    #[test]
    fn plan_refuses_a_bad_roster_with_its_path_and_exit_1() {
        // Without the staff file the members have no professional.
        let (code, out, err) = run(&["plan"], ROSTER);
        assert_eq!(code, 1);
        let answer: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(answer["error"]["path"], "staff[0].professional");
        assert!(err.contains("staff[0].professional"), "{err}");
        // A staff file with a bad line: exit 1, the file and line named.
        let dir = std::env::temp_dir().join(format!("bevoegd-plan-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let bad = dir.join("staff.jsonl");
        std::fs::write(&bad, "{\"id\": \"x\"}\n").unwrap();
        let (code, out, err) = run(&["plan", "--staff", bad.to_str().unwrap()], ROSTER);
        assert_eq!((code, out.as_str()), (1, ""));
        assert!(err.contains("staff.jsonl: line 1") && err.contains("professional"), "{err}");
        // Too large an input, and one that is not UTF-8.
        let (code, _, err) = run(&["plan", "--max-bytes", "10"], ROSTER);
        assert_eq!(code, 1);
        assert!(err.contains("larger than 10 bytes"), "{err}");
        std::fs::write(&bad, b"{\"staff\": \xff}").unwrap();
        let (code, _, err) = run(&["plan", bad.to_str().unwrap()], "");
        assert_eq!(code, 1);
        assert!(err.contains("not valid UTF-8"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn import_writes_the_librarys_staff_lines_and_the_errors_on_standard_error() {
        let day = Date::new(2026, 1, 5).unwrap();
        for (source, file) in [("big-register", "big-register.xml"), ("fhir", "fhir-bundle.json")] {
            let text = std::fs::read_to_string(data(file)).unwrap();
            let lines = if source == "fhir" {
                bevoegd::staff::import_fhir(&text, day, None)
            } else {
                bevoegd::staff::import_big_register(&text, day, None)
            };
            let (code, out, err) = run(&["import", source, "--looked-up-on", "2026-01-05", &data(file)], "");
            assert_eq!(code, 0, "{source}: {err}");
            let expected: Vec<Value> = lines.iter().map(|l| serde_json::to_value(l).unwrap()).collect();
            let got: Vec<Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
            assert_eq!(got, expected, "{source}");
            // What import writes, plan reads as a staff file.
            assert_eq!(parse_staff(&out).unwrap().len(), got.len());
        }
        // The documented line is the register example's first.
        let (_, out, _) = run(
            &["import", "big-register", "--looked-up-on", "2026-01-05"],
            &std::fs::read_to_string(data("big-register.xml")).unwrap(),
        );
        let first: Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
        assert_eq!(first, serde_json::from_str::<Value>(&one("import-line")).unwrap());
    }

    #[test]
    fn import_fails_on_a_staff_line_with_errors_reads_a_measure_mapping_xml_and_role_only() {
        let dir = std::env::temp_dir().join(format!("bevoegd-import-rules-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let unknown = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/import/register-unknown-measure.xml"),
        )
        .unwrap();
        // The person is placed with an unknown measure: the line is written, and the run fails.
        let (code, out, _) = run(&["import", "big-register", "--looked-up-on", "2026-01-05"], &unknown);
        assert_eq!(code, 1);
        let line: Value = serde_json::from_str(out.trim()).unwrap();
        assert_eq!(line["errors"][0]["path"], "JudgmentProvision[0].PublicDescription");
        assert_eq!(line["professional"]["registrations"][0]["history"][1]["status"], "unknown_measure");
        // Placed by the caller's mapping: nothing left unplaced, exit 0.
        let map = dir.join("measures.json");
        std::fs::write(&map, r#"{"Hello world": "no_effect"}"#).unwrap();
        let (code, out, err) = run(
            &["import", "big-register", "--looked-up-on", "2026-01-05", "--measures", map.to_str().unwrap()],
            &unknown,
        );
        assert_eq!(code, 0, "{err}");
        assert_eq!(serde_json::from_str::<Value>(out.trim()).unwrap()["errors"], serde_json::json!([]));
        std::fs::write(&map, r#"{"Hello world": "maybe"}"#).unwrap();
        let (code, _, err) = run(
            &["import", "big-register", "--looked-up-on", "2026-01-05", "--measures", map.to_str().unwrap()],
            &unknown,
        );
        assert_eq!(code, 2, "{err}");
        assert!(err.contains("--measures") && err.contains("maybe"), "{err}");
        // FHIR XML gives the JSON's lines; --role-only unconfirmed marks the role-only registrations.
        let (code, from_xml, err) =
            run(&["import", "fhir", "--looked-up-on", "2026-01-05", &data("fhir-bundle.xml")], "");
        assert_eq!(code, 0, "{err}");
        let (_, from_json, _) = run(&["import", "fhir", "--looked-up-on", "2026-01-05", &data("fhir-bundle.json")], "");
        assert_eq!(from_xml, from_json);
        let (code, out, _) = run(
            &[
                "import",
                "fhir",
                "--looked-up-on",
                "2026-01-05",
                "--role-only",
                "unconfirmed",
                &data("fhir-bundle.json"),
            ],
            "",
        );
        assert_eq!(code, 0);
        for line in out.lines() {
            let v: Value = serde_json::from_str(line).unwrap();
            assert_eq!(v["professional"]["registrations"][0]["provenance"]["unconfirmed"], true, "{line}");
        }
    }

    #[test]
    fn import_maps_ids_and_lists_what_it_cannot_place_with_exit_1() {
        let dir = std::env::temp_dir().join(format!("bevoegd-import-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let ids = dir.join("ids.csv");
        std::fs::write(&ids, "source_id,staff_id\n39012345630,e0042\n").unwrap();
        let xml = std::fs::read_to_string(data("big-register.xml")).unwrap();
        let (code, out, err) =
            run(&["import", "big-register", "--looked-up-on", "2026-01-05", "--ids", ids.to_str().unwrap()], &xml);
        // The first person is mapped; the second is not in the map: an error line, exit 1.
        assert_eq!(code, 1);
        let got: Vec<Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0]["id"], "e0042");
        let errors: Vec<Value> = err.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(errors.len(), 1, "{err}");
        assert_eq!(errors[0]["error"]["path"], "ListHcpApprox4[1]");
        assert!(errors[0]["error"]["message"].as_str().unwrap().contains("`09012345601` is not in the `--ids` file"));
        // A bad map is a usage error naming the file and line.
        std::fs::write(&ids, "source_id,staff_id\n1,a\n1,b\n").unwrap();
        let (code, _, err) =
            run(&["import", "big-register", "--looked-up-on", "2026-01-05", "--ids", ids.to_str().unwrap()], &xml);
        assert_eq!(code, 2);
        assert!(err.contains("line 3") && err.contains("listed twice"), "{err}");
        std::fs::write(&ids, "bron,medewerker\n1,a\n").unwrap();
        let (code, _, err) =
            run(&["import", "fhir", "--looked-up-on", "2026-01-05", "--ids", ids.to_str().unwrap()], "{}");
        assert_eq!(code, 2);
        assert!(err.contains("source_id,staff_id"), "{err}");
        // A person who cannot be placed: the element and why, from the document's root.
        let json = r#"{"ListHcpApprox":{"ListHcpApprox4":[{"ArticleRegistration":{"ArticleRegistrationExtApp":[
            {"ArticleRegistrationNumber":"19012345601","ArticleRegistrationStartDate":"2010-01-01T00:00:00",
             "ArticleRegistrationEndDate":"0001-01-01T00:00:00","ProfessionalGroupCode":"77"}]}}]}}"#;
        let (code, out, err) = run(&["import", "big-register", "--looked-up-on", "2026-01-05"], json);
        assert_eq!((code, out.as_str()), (1, ""));
        assert_eq!(
            serde_json::from_str::<Value>(err.trim()).unwrap(),
            serde_json::from_str::<Value>(&one("import-error")).unwrap()
        );
        // Input that is no answer at all: one error line.
        let (code, _, err) = run(&["import", "big-register", "--looked-up-on", "2026-01-05"], "<html>");
        assert_eq!(code, 1);
        assert!(err.contains("not a `ListHcpApprox4` SOAP answer"), "{err}");
        let (code, _, err) = run(
            &["import", "fhir", "--looked-up-on", "2026-01-05"],
            "[{\"resourceType\": \"Practitioner\", \"name\": 3}]",
        );
        assert_eq!(code, 1);
        let e: Value = serde_json::from_str(err.trim()).unwrap();
        assert_eq!(e["error"]["path"], "entry[0].resource.name");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn fhir_resources_come_as_a_bundle_an_array_one_resource_or_ndjson() {
        let day = Date::new(2026, 1, 5).unwrap();
        let bundle: Value = serde_json::from_str(&std::fs::read_to_string(data("fhir-bundle.json")).unwrap()).unwrap();
        let resources: Vec<Value> = bundle["entry"].as_array().unwrap().iter().map(|e| e["resource"].clone()).collect();
        let from_bundle = bevoegd::staff::import_fhir(&bundle.to_string(), day, None);
        let array = bevoegd::staff::import_fhir(&Value::from(resources.clone()).to_string(), day, None);
        let ndjson: String = resources.iter().map(|r| format!("{r}\n")).collect();
        let from_ndjson = bevoegd::staff::import_fhir(&ndjson, day, None);
        let values = |lines: &[bevoegd::staff::ImportLine]| -> Vec<Value> {
            lines.iter().map(|l| serde_json::to_value(l).unwrap()).collect()
        };
        assert_eq!(values(&array), values(&from_ndjson));
        // Out of a bundle, a role that refers to its practitioner by the entry's `fullUrl` cannot be
        // resolved: an error line naming the reference, never a silent loss; the other people are
        // the bundle's.
        let staff = |lines: &[bevoegd::staff::ImportLine]| -> Vec<Value> {
            values(lines).into_iter().filter(|v| v.get("id").is_some()).collect()
        };
        assert!(staff(&array).iter().all(|p| staff(&from_bundle).contains(p)));
        assert!(
            values(&array)
                .iter()
                .any(|v| v["error"]["path"].as_str().is_some_and(|p| p.ends_with(".practitioner.reference")))
        );
        let practitioner = resources.iter().find(|r| r["resourceType"] == "Practitioner").unwrap();
        let single = bevoegd::staff::import_fhir(&practitioner.to_string(), day, None);
        assert_eq!(single.len(), 1);
    }

    #[test]
    fn the_whole_path_without_rust_register_answer_to_staff_file_to_plan() {
        let dir = std::env::temp_dir().join(format!("bevoegd-path-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let (code, staff, _) =
            run(&["import", "big-register", "--looked-up-on", "2026-01-05", &data("big-register.xml")], "");
        assert_eq!(code, 0);
        let file = dir.join("staff.jsonl");
        std::fs::write(&file, &staff).unwrap();
        let roster = json!({
            "from": "2026-01-05", "through": "2026-01-11", "procedures": ["prescribing", "injection"],
            "places": [{"id": "diabetes", "context": {"field": "medicine", "subdomain": "diabetes_care"}}]
        });
        let (code, out, err) = run(&["plan", "--staff", file.to_str().unwrap()], &roster.to_string());
        assert_eq!(code, 0, "{err}");
        let answer: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(answer["plan"]["cells"].as_array().unwrap().len(), 2 * parse_staff(&staff).unwrap().len());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

#[test]
fn a_place_with_more_colleague_pairs_than_allowed_is_refused_naming_them() {
    // 600 physicians at one place, 14 procedures: 600 × 600 × 14 colleague pairs, more than the
    // gaps may list; the same staff over six places of 100 is planned.
    let physician = json!({"name": "x", "registrations": [{"profession": "physician", "history": [{"period": {"from": "2015-01-01"}, "status": "active"}]}]});
    let staff: Vec<Value> = (0..600).map(|i| json!({"id": format!("d{i}"), "professional": physician})).collect();
    let all: Vec<&str> = Procedure::ALL.iter().map(|p| p.code()).collect();
    let one = json!({"staff": staff, "places": [{"id": "ward", "context": {"field": "medicine"}}], "procedures": all, "from": "2025-01-01", "through": "2025-01-01"});
    let e = parse_roster(&one.to_string(), Vec::new()).unwrap_err();
    assert_eq!(e.path, ".");
    assert!(e.message.contains("5040000 colleague pairs"), "{}", e.message);
    const { assert!(5_040_000 > bevoegd::MAX_ROSTER_COLLEAGUE_PAIRS) };
    let mut six = one.clone();
    six["places"] = (0..6).map(|j| json!({"id": format!("w{j}"), "context": {"field": "medicine"}})).collect();
    six["assignments"] =
        (0..600).map(|i| json!({"staff": format!("d{i}"), "place": format!("w{}", i % 6), "from": "2025-01-01", "through": "2025-01-01"})).collect();
    assert_eq!(parse_roster(&six.to_string(), Vec::new()).unwrap().plan().cells.len(), 600 * 14);
}

#[test]
fn a_hospitals_roster_costs_what_it_assigns_not_staff_times_places() {
    // 20,000 staff and 500 places (10,000,000 possible pairs), each person assigned to one place:
    // 20,000 pairs, planned; the same without assignments (everyone everywhere) is refused.
    let nurse = json!({"name": "x", "registrations": [{"profession": "nurse", "history": [{"period": {"from": "2015-01-01"}, "status": "active"}]}]});
    let staff: Vec<Value> = (0..20_000).map(|i| json!({"id": format!("s{i}"), "professional": nurse})).collect();
    let places: Vec<Value> =
        (0..500).map(|j| json!({"id": format!("w{j}"), "context": {"field": "medicine"}})).collect();
    let assignments: Vec<Value> = (0..20_000)
        .map(|i| json!({"staff": format!("s{i}"), "place": format!("w{}", i % 500), "from": "2025-01-01", "through": "2025-01-01"}))
        .collect();
    let mut roster = json!({"staff": staff, "places": places, "procedures": ["injection"], "from": "2025-01-01", "through": "2025-01-01", "assignments": assignments});
    let planned = parse_roster(&roster.to_string(), Vec::new()).unwrap();
    assert_eq!(planned.plan().cells.len(), 20_000);
    roster.as_object_mut().unwrap().remove("assignments");
    let e = parse_roster(&roster.to_string(), Vec::new()).unwrap_err();
    assert!(e.message.contains("10000000 staff-place pairs"), "{}", e.message);
}

/// Where a cell stands on `day`, worked out by deciding every day of the window one by one.
fn standing_by_brute_force(
    who: &bevoegd::Professional,
    procedure: Procedure,
    place: &bevoegd::Context,
    day: Date,
    window: u32,
) -> (bevoegd::Standing, Option<Date>) {
    use bevoegd::{Outcome, Standing, Unmet, decide};
    let on = |d: Date| place.to_builder().date(d).build().unwrap();
    let may = |d: Date| matches!(decide(who, procedure, &on(d)).outcome(), Outcome::Permitted | Outcome::Conditional);
    if may(day) {
        let mut d = day;
        for _ in 0..window {
            d = d.next_day().unwrap();
            if !may(d) {
                return (Standing::AtRisk, Some(d));
            }
        }
        return (Standing::OnSchedule, None);
    }
    let decision = decide(who, procedure, &on(day));
    let lapsed =
        decision.reasons().iter().any(|r| matches!(r.unmet, Unmet::CompetenceExpired { .. } | Unmet::StruckOff { .. }));
    (if lapsed { Standing::Lapsed } else { Standing::Never }, None)
}

#[test]
fn where_each_cell_stands_equals_deciding_every_day() {
    use bevoegd::Standing;
    let draft: RosterDraft = serde_json::from_str(ROSTER).unwrap();
    let roster = draft.with_staff(parse_staff(STAFF).unwrap()).unwrap();
    let mut seen = std::collections::BTreeSet::new();
    let mut windows = vec![0, 1, 3, 60];
    if std::env::var("CI").is_err() {
        windows.push(400);
    }
    for window in windows {
        let answer = roster.answer_with_risk_window(Lang::En, window);
        // The plan is the same as without a window.
        let plain = roster.answer(Lang::En);
        assert_eq!(answer.plan.cells.len(), plain.plan.cells.len());
        for (cell, plain_cell) in answer.plan.cells.iter().zip(&plain.plan.cells) {
            assert_eq!(cell.spans, plain_cell.spans);
            assert!(plain_cell.standing.is_empty());
            let who = &roster.staff().iter().find(|m| m.id == cell.staff).unwrap().professional;
            let place = &roster.places().iter().find(|p| p.id == cell.place).unwrap().context;
            // The standing covers exactly the days the answers cover.
            let days = |from: Date, until: Date| until.days_since(from) + 1;
            assert_eq!(
                cell.standing.iter().map(|s| days(s.from, s.until)).sum::<i64>(),
                cell.spans.iter().map(|s| days(s.from, s.until)).sum::<i64>()
            );
            for s in &cell.standing {
                let mut day = s.from;
                loop {
                    let expected = standing_by_brute_force(who, cell.procedure, place, day, window);
                    assert_eq!(
                        (s.standing, s.changes_on),
                        expected,
                        "{} {} {:?} {day} window {window}",
                        cell.staff,
                        cell.place,
                        cell.procedure
                    );
                    assert_eq!(s.because.is_some(), s.standing == Standing::AtRisk);
                    seen.insert(format!("{:?}", s.standing));
                    if day == s.until {
                        break;
                    }
                    day = day.next_day().unwrap();
                }
            }
        }
    }
    // The example week has every standing: the comparison covered them all.
    assert_eq!(seen.len(), 4, "{seen:?}");
}

#[test]
fn the_documented_standing_is_the_example_week_s() {
    let draft: RosterDraft = serde_json::from_str(ROSTER).unwrap();
    let roster = draft.with_staff(parse_staff(STAFF).unwrap()).unwrap();
    let answer = serde_json::to_value(roster.answer_with_risk_window(Lang::Nl, 60)).unwrap();
    let doc: Value = serde_json::from_str(&one("standing")).unwrap();
    let cell = answer["plan"]["cells"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["staff"] == doc["staff"] && c["place"] == doc["place"] && c["procedure"] == doc["procedure"])
        .unwrap();
    assert_eq!(cell["standing"], doc["standing"]);
}

#[test]
fn a_shortfall_is_the_first_day_fewer_than_the_minimum_may_act_independently() {
    let draft: RosterDraft = serde_json::from_str(ROSTER).unwrap();
    let roster = draft.with_staff(parse_staff(STAFF).unwrap()).unwrap();
    // Against the cells themselves, day by day, for minimums of 0 to 3 at every place.
    for minimum in 0..4 {
        let mut v = serde_json::to_value(&roster).unwrap();
        let procedures = v["procedures"].clone();
        for place in v["places"].as_array_mut().unwrap() {
            let m: serde_json::Map<String, Value> = procedures
                .as_array()
                .unwrap()
                .iter()
                .map(|p| (p.as_str().unwrap().to_owned(), json!(minimum)))
                .collect();
            place["minimum"] = Value::Object(m);
        }
        let with: RosterFile = serde_json::from_value(v).unwrap();
        let answer = with.answer(Lang::En);
        let mut expected = Vec::new();
        for place in with.places() {
            for &procedure in with.procedures() {
                let mut day = with.from();
                loop {
                    let independent = answer
                        .plan
                        .cells
                        .iter()
                        .filter(|c| c.place == place.id && c.procedure == procedure)
                        .filter_map(|c| c.spans.iter().find(|s| s.from <= day && day <= s.until))
                        .filter(|s| {
                            s.outcome == bevoegd::Outcome::Permitted && s.route == Some(bevoegd::Route::Independent)
                        })
                        .count();
                    if (independent as u32) < minimum {
                        expected.push((place.id.clone(), procedure, day, independent as u32));
                        break;
                    }
                    if day == with.through() {
                        break;
                    }
                    day = day.next_day().unwrap();
                }
            }
        }
        let got: Vec<_> =
            answer.shortfalls.iter().map(|s| (s.place.clone(), s.procedure, s.from, s.independent)).collect();
        assert_eq!(got, expected, "minimum {minimum}");
        assert!(answer.shortfalls.iter().all(|s| s.minimum == minimum));
        if minimum == 0 {
            assert!(got.is_empty());
        }
    }
    // In Rust: a place's minimum, 1 when not said.
    let place = bevoegd::Place::new("ward", roster.places()[0].context.clone()).with_minimum(Procedure::Injection, 3);
    assert_eq!((place.minimum_for(Procedure::Injection), place.minimum_for(Procedure::Surgery)), (3, 1));
}

#[test]
fn the_renewal_advised_is_the_best_single_renewal_by_replanning_the_whole_roster() {
    let draft: RosterDraft = serde_json::from_str(ROSTER).unwrap();
    let roster = draft.with_staff(parse_staff(STAFF).unwrap()).unwrap();
    let answer = roster.answer(Lang::En);
    assert!(!answer.renewals.is_empty(), "the example week has a renewal to advise");
    let base = serde_json::to_value(&roster).unwrap();
    // Renewing one record: from the day after its last, for as many days as it ran.
    let renew = |from: Date, until: Date| {
        let start = until.next_day().unwrap();
        let mut end = start;
        for _ in 0..until.days_since(from) {
            end = end.next_day().unwrap();
        }
        (start, end)
    };
    for short in &answer.shortfalls {
        let mut best: Option<(Option<Date>, String)> = None;
        for (i, member) in roster.staff().iter().enumerate() {
            for (r, c) in member.professional.competences().iter().enumerate() {
                let Some(until) = c.valid.until() else { continue };
                if c.procedure != short.procedure || until >= roster.through() {
                    continue;
                }
                let (start, end) = renew(c.valid.from(), until);
                let mut v = base.clone();
                let mut record = serde_json::to_value(c).unwrap();
                record["valid"] = json!({"from": start.to_string(), "until": end.to_string()});
                v["staff"][i]["professional"]["competences"].as_array_mut().unwrap().push(record);
                let renewed: RosterFile = serde_json::from_value(v).unwrap();
                let after = renewed.answer(Lang::En);
                let short_from = after
                    .shortfalls
                    .iter()
                    .find(|s| s.place == short.place && s.procedure == short.procedure)
                    .map(|s| s.from);
                let gain = |d: Option<Date>| d.unwrap_or(Date::MAX);
                if gain(short_from) > short.from && best.as_ref().is_none_or(|(b, _)| gain(short_from) > gain(*b)) {
                    best = Some((short_from, format!("{} {r}", member.id)));
                }
            }
        }
        let advised = answer.renewals.iter().find(|a| a.place == short.place && a.procedure == short.procedure);
        match (&best, advised) {
            (None, None) => {}
            (Some((short_from, who)), Some(a)) => {
                assert_eq!(&a.short_from, short_from, "{} {:?}: best is {who}", short.place, short.procedure);
            }
            _ => panic!("{} {:?}: brute force {best:?}, advised {advised:?}", short.place, short.procedure),
        }
    }
}

#[test]
fn the_documented_renewal_is_the_example_week_s() {
    let draft: RosterDraft = serde_json::from_str(ROSTER).unwrap();
    let roster = draft.with_staff(parse_staff(STAFF).unwrap()).unwrap();
    let answer = serde_json::to_value(roster.answer(Lang::Nl)).unwrap();
    let doc: Value = serde_json::from_str(&one("renewal")).unwrap();
    assert!(answer["renewals"].as_array().unwrap().contains(&doc), "{}", answer["renewals"]);
}

/// The example week with `delegations` added.
fn with_delegations(delegations: Value) -> Result<RosterFile, String> {
    let mut v: Value = serde_json::from_str(ROSTER).unwrap();
    v["delegations"] = delegations;
    parse_roster(&v.to_string(), parse_staff(STAFF).unwrap()).map_err(|e| format!("{}: {}", e.path, e.message))
}

#[test]
fn a_delegation_answers_its_days_under_its_instruction_as_deciding_every_day_does() {
    use bevoegd::{Change, Instruction, Outcome, decide};
    let delegations = json!([
        {"instructor": "anna", "performer": "kees", "procedures": ["puncture", "catheterisation", "ionising_radiation", "injection"],
         "place": "interventional_radiology", "from": "2025-03-11", "through": "2025-03-13", "supervision": true, "can_intervene": true},
        {"instructor": "anna", "performer": "hanna", "procedures": ["injection", "surgery"],
         "place": "interventional_radiology", "from": "2025-03-10", "through": "2025-03-16"},
        {"instructor": "bram", "performer": "ivo", "procedures": ["puncture", "injection"],
         "place": "emergency_department", "from": "2025-03-12", "through": "2025-03-16", "supervision": true, "can_intervene": false},
        {"instructor": "anna", "performer": "ivo", "procedures": ["injection"],
         "place": "emergency_department", "from": "2025-03-14", "through": "2025-03-16", "supervision": true}
    ]);
    let roster = with_delegations(delegations.clone()).unwrap();
    assert_eq!(roster.delegations().len(), 4);
    let plan = roster.plan();
    let member = |id: &str| &roster.staff().iter().find(|m| m.id == id).unwrap().professional;
    let mut outcomes = std::collections::BTreeSet::new();
    for cell in &plan.cells {
        let who = member(&cell.staff);
        let place = &roster.places().iter().find(|p| p.id == cell.place).unwrap().context;
        for (n, span) in cell.spans.iter().enumerate() {
            let mut day = span.from;
            loop {
                let ctx = place.to_builder().date(day).build().unwrap();
                // The delegations running for this cell today.
                let running: Vec<(usize, &Value)> = delegations
                    .as_array()
                    .unwrap()
                    .iter()
                    .enumerate()
                    .filter(|(_, d)| {
                        d["performer"] == cell.staff.as_str()
                            && d["place"] == cell.place.as_str()
                            && d["procedures"].as_array().unwrap().contains(&json!(cell.procedure))
                            && d["from"].as_str().unwrap() <= day.to_string().as_str()
                            && day.to_string().as_str() <= d["through"].as_str().unwrap()
                    })
                    .collect();
                let rank = |o: Outcome| match o {
                    Outcome::Permitted => 2,
                    Outcome::Conditional => 1,
                    _ => 0,
                };
                let mut expected: Option<(Outcome, Option<bevoegd::Route>)> = None;
                if running.is_empty() {
                    let d = decide(who, cell.procedure, &ctx);
                    expected = Some((d.outcome(), d.route().or(d.conditional_route())));
                }
                for (_, d) in &running {
                    let answer = {
                        let supervision = match (
                            d.get("supervision").and_then(Value::as_bool),
                            d.get("can_intervene").and_then(Value::as_bool),
                        ) {
                            (Some(false), _) | (_, Some(false)) => Some(false),
                            (Some(true), Some(true)) => Some(true),
                            _ => None,
                        };
                        let under = |directions: bool, supervised: bool| {
                            let instruction = Instruction {
                                instructor: member(d["instructor"].as_str().unwrap()).clone(),
                                directions_followed: directions,
                                supervision_ensured: supervised,
                            };
                            decide(who, cell.procedure, &ctx.to_builder().instruction(instruction).build().unwrap())
                        };
                        let (hoped, feared) =
                            (under(true, supervision.unwrap_or(true)), under(false, supervision.unwrap_or(false)));
                        if feared.is_permitted() {
                            (feared.outcome(), feared.route())
                        } else if matches!(hoped.outcome(), Outcome::Permitted | Outcome::Conditional) {
                            (Outcome::Conditional, hoped.route().or(hoped.conditional_route()))
                        } else {
                            (hoped.outcome(), None)
                        }
                    };
                    // Several delegations on one day: the best answer, the first listed on a tie.
                    if expected.is_none_or(|(o, _)| rank(answer.0) > rank(o)) {
                        expected = Some(answer);
                    }
                }
                let expected = expected.unwrap();
                assert_eq!(
                    (span.outcome, span.route),
                    expected,
                    "{} {} {:?} {day}",
                    cell.staff,
                    cell.place,
                    cell.procedure
                );
                outcomes.insert(format!("{:?} {}", span.outcome, running.is_empty()));
                if day == span.until {
                    break;
                }
                day = day.next_day().unwrap();
            }
            // A span that starts where a delegation starts or ends says so.
            let starts_or_ends =
                cell.delegated.iter().any(|d| d.from == span.from || d.until.next_day() == Some(span.from));
            if n > 0 && starts_or_ends {
                assert_eq!(span.because, Some(Change::Delegation), "{} {:?} {}", cell.staff, cell.procedure, span.from);
            }
        }
    }
    // The delegation's days are marked on its cells.
    let kees = plan.cells.iter().find(|c| c.staff == "kees" && c.procedure == bevoegd::Procedure::Puncture).unwrap();
    assert_eq!(kees.delegated.len(), 1);
    assert_eq!((kees.delegated[0].delegation, kees.delegated[0].instructor.as_str()), (0, "anna"));
    assert_eq!(
        (kees.delegated[0].from.to_string(), kees.delegated[0].until.to_string()),
        ("2025-03-11".to_owned(), "2025-03-13".to_owned())
    );
    // Delegated days gave conditional answers (directions are not known before the act) and
    // denials (a suspended instructor, intervention not ensured).
    assert!(outcomes.contains("Conditional false"), "{outcomes:?}");
    assert!(outcomes.contains("Denied false"), "{outcomes:?}");
}

#[test]
fn every_error_of_a_delegation_names_its_field() {
    let base = json!({"instructor": "anna", "performer": "kees", "procedures": ["puncture"], "place": "interventional_radiology", "from": "2025-03-11", "through": "2025-03-13"});
    let cases: Vec<(&str, Value, &str)> = vec![
        ("instructor", json!("nobody"), "delegations[0].instructor: no staff member has the id `nobody`"),
        ("performer", json!("nobody"), "delegations[0].performer: no staff member has the id `nobody`"),
        ("performer", json!("anna"), "delegations[0].performer: the performer is the instructor"),
        ("place", json!("icu"), "delegations[0].place: no place has the id `icu`"),
        ("through", json!("2025-03-10"), "delegations[0].through: "),
        ("through", json!("2025-03-17"), "delegations[0].through: "),
        ("from", json!("2025-03-09"), "delegations[0].from: "),
        ("supervision", json!("yes"), "delegations[0].supervision: invalid type"),
    ];
    for (field, value, words) in cases {
        let mut d = base.clone();
        d[field] = value;
        let e = with_delegations(json!([d])).unwrap_err();
        assert!(e.starts_with(words), "{field}: {e}");
    }
    let mut asked = base.clone();
    asked["procedures"] = json!(["puncture", "injection", "puncture"]);
    assert!(with_delegations(json!([asked])).is_ok());
    let mut v: Value = serde_json::from_str(ROSTER).unwrap();
    v["procedures"] = json!(["puncture"]);
    let mut not_asked = base;
    not_asked["procedures"] = json!(["puncture", "injection"]);
    v["delegations"] = json!([not_asked]);
    let e = parse_roster(&v.to_string(), parse_staff(STAFF).unwrap()).unwrap_err();
    assert_eq!(e.path, "delegations[0].procedures[1]");
    // In Rust, and written back: the same roster.
    let roster = with_delegations(json!([])).unwrap();
    let day = Date::new(2025, 3, 11).unwrap();
    let d = bevoegd::Delegation::new("anna", "kees", vec![Procedure::Puncture], "interventional_radiology", day, day)
        .ensuring(true, true);
    let with = roster.with_delegations(vec![d.clone()]).unwrap();
    assert_eq!(with.delegations(), [d]);
    let again: RosterFile = serde_json::from_value(serde_json::to_value(&with).unwrap()).unwrap();
    assert_eq!(again, with);
}

#[test]
fn a_renewal_runs_for_the_usual_validity_when_the_roster_or_the_mapping_gives_one() {
    let mut v: Value = serde_json::from_str(ROSTER).unwrap();
    v["validity"] = json!([{"procedure": "anaesthesia", "months": 24}, {"procedure": "injection", "subdomain": "cardiology", "months": 12}]);
    let roster = parse_roster(&v.to_string(), parse_staff(STAFF).unwrap()).unwrap();
    assert_eq!(roster.validity().len(), 2);
    let answer = roster.answer(Lang::En);
    let daan = answer.renewals.iter().find(|r| r.staff == "daan").unwrap();
    assert_eq!(daan.months, Some(24));
    assert_eq!(
        (daan.renewed.from().to_string(), daan.renewed.until().map(|d| d.to_string())),
        ("2025-01-01".to_owned(), Some("2026-12-31".to_owned()))
    );
    // The same renewal made by hand and planned again moves the shortfall as the advice says.
    let mut again = v.clone();
    let mut members = parse_staff(STAFF).unwrap();
    let j = members.iter().position(|m| m.id == "daan").unwrap();
    members[j].professional = members[j]
        .professional
        .to_builder()
        .competence(bevoegd::Competence { procedure: Procedure::Anaesthesia, subdomain: None, valid: daan.renewed })
        .build()
        .unwrap();
    again.as_object_mut().unwrap().remove("validity");
    let renewed = parse_roster(&again.to_string(), members).unwrap().answer(Lang::En);
    let short = renewed
        .shortfalls
        .iter()
        .find(|s| s.place == "dental_clinic" && s.procedure == Procedure::Anaesthesia)
        .map(|s| s.from);
    assert_eq!(short, daan.short_from);
    // Errors name the entry.
    for (validity, path) in [
        (json!([{"procedure": "anaesthesia", "months": 0}]), "validity[0].months"),
        (
            json!([{"procedure": "anaesthesia", "months": 12}, {"procedure": "anaesthesia", "months": 24}]),
            "validity[1]",
        ),
    ] {
        let mut bad = v.clone();
        bad["validity"] = validity;
        assert_eq!(parse_roster(&bad.to_string(), parse_staff(STAFF).unwrap()).unwrap_err().path, path);
    }
}

/// Regression: a later delegation whose answer is worse never undoes an earlier, better one on
/// the same day (each splice used to forget which days an earlier delegation had answered).
#[test]
fn a_worse_later_delegation_does_not_undo_a_better_earlier_one() {
    let roster = with_delegations(json!([
        {"instructor": "anna", "performer": "ivo", "procedures": ["injection"],
         "place": "emergency_department", "from": "2025-03-14", "through": "2025-03-16", "supervision": true, "can_intervene": true},
        {"instructor": "cor", "performer": "ivo", "procedures": ["injection"],
         "place": "emergency_department", "from": "2025-03-13", "through": "2025-03-16", "supervision": true, "can_intervene": true}
    ]))
    .unwrap();
    let plan = roster.plan();
    for d in 14..=16 {
        let day = Date::new(2025, 3, d).unwrap();
        let span = plan.on("ivo", "emergency_department", Procedure::Injection, day).unwrap();
        // Conditional: whether the directions will be followed is not known before the act.
        assert_eq!(span.outcome, bevoegd::Outcome::Conditional, "{day}: {span:?}");
        assert_eq!(span.route, Some(bevoegd::Route::OnInstruction), "{day}: {span:?}");
    }
    // Cor, struck off, may not instruct: the day only under Cor's delegation is denied.
    let cor_only =
        plan.on("ivo", "emergency_department", Procedure::Injection, Date::new(2025, 3, 13).unwrap()).unwrap();
    assert_eq!(cor_only.outcome, bevoegd::Outcome::Denied);
}

/// A staff member whose authority an order restricts to one place: permitted at that place,
/// conditional where the place's context does not say where it is, and where it is another place
/// only on a colleague's instruction, with the restriction warned about beside it.
#[test]
fn a_restriction_by_place_is_read_against_each_place_of_the_roster() {
    let physician = |name: &str, restrictions: Value| {
        json!({
            "name": name,
            "registrations": [{
                "profession": "physician",
                "history": [{ "period": { "from": "2009-09-01" }, "status": "active" }],
                "restrictions": restrictions
            }],
            "competences": [{ "procedure": "injection", "valid": { "from": "2009-09-01" } }]
        })
    };
    let only_a = json!([{
        "period": { "from": "2025-01-01" },
        "ground": "order",
        "scope": { "only_place": { "place": { "system": "agb", "value": "A" } } }
    }]);
    let roster = json!({
        "from": "2025-03-10",
        "through": "2025-03-12",
        "procedures": ["injection"],
        "places": [
            { "id": "theatre", "context": { "field": "medicine", "place": { "system": "agb", "value": "A" } } },
            { "id": "clinic", "context": { "field": "medicine", "place": { "system": "agb", "value": "B" } } },
            { "id": "ward", "context": { "field": "medicine" } }
        ],
        "staff": [
            { "id": "kim", "professional": physician("K. Smit", only_a) },
            { "id": "jan", "professional": physician("J. Bakker", json!([])) }
        ],
        "assignments": [
            { "staff": "kim", "place": "theatre", "from": "2025-03-10", "through": "2025-03-12" },
            { "staff": "kim", "place": "clinic", "from": "2025-03-10", "through": "2025-03-12" },
            { "staff": "kim", "place": "ward", "from": "2025-03-10", "through": "2025-03-12" },
            { "staff": "jan", "place": "clinic", "from": "2025-03-10", "through": "2025-03-12" }
        ]
    });
    let draft: RosterDraft = serde_json::from_value(roster).unwrap();
    let roster = draft.check().unwrap();
    let answer = roster.answer(Lang::En);
    let plan = &answer.plan;
    let day = Date::new(2025, 3, 11).unwrap();
    let outcome = |place: &str| plan.on("kim", place, Procedure::Injection, day).unwrap().outcome;
    assert_eq!(outcome("theatre"), bevoegd::Outcome::Permitted);
    assert_eq!(outcome("ward"), bevoegd::Outcome::Conditional);
    assert_eq!(outcome("clinic"), bevoegd::Outcome::Denied);
    // At the clinic, Jan may instruct her; the restriction is warned about beside it.
    let clinic = plan.cell("kim", "clinic", Procedure::Injection).unwrap();
    let [o] = clinic.on_instruction.as_slice() else { panic!("{:?}", clinic.on_instruction) };
    let codes: Vec<&str> = o.warnings.iter().map(bevoegd::Warning::code).collect();
    assert_eq!(codes, ["scoped_measure"]);
    let words = o.warnings[0].describe(Lang::En, &roster.labels_in(Lang::En));
    assert_eq!(
        words,
        "K. Smit: authority as physician restricted by an order to the place agb|A since 2025-01-01 (Wet BIG art. 9 lid \
         1 onder a); acting on instruction is open to anyone (Wet BIG art. 35 lid 1 onder a), but whether to deploy K. \
         Smit so is the employer's decision"
    );
}
