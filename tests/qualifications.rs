//! The qualification exports of learning and HR systems (feature `qualifications`): every quirk
//! of how they write CSV, every kind of bad row named by file, line and column, the join to a
//! staff file, and that a competence read from an export decides like the same record built by
//! hand.
#![cfg(feature = "qualifications")]
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic, reason = "tests fail loudly")]

mod common;

use bevoegd::qualifications::{CodeMeaning, Mapping, join, parse_mapping, read_export};
use bevoegd::staff::parse_staff;
use bevoegd::{Competence, Date, Period, Procedure, Subdomain, decide};
use common::documented;

const STAFF: &str = include_str!("../examples/data/staff.jsonl");
const MAPPING: &str = include_str!("../examples/data/qualification-mapping.json");

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn mapping() -> Mapping {
    parse_mapping(MAPPING).unwrap()
}

#[test]
fn every_quirk_of_an_export_is_read() {
    // A byte-order mark, `;`, CRLF, Dutch dates with and without leading zeros, ISO dates, an
    // empty end date, an employee number with leading zeros, headers in another case and order,
    // a column the reader does not use, a blank line, and a last line without its line end.
    let text = "\u{feff}Einddatum;CODE;Klant;Personeelsnummer;Begindatum\r\n\
                31-12-2026;VBH-INJ;ZH;00123;1-3-2025\r\n\
                ;VBH-PUNC;ZH;00123;2025-03-01\r\n\
                \r\n\
                01-02-2027;VBH-INJ;ZH;00124;01-02-2025";
    let rows = read_export("export.csv", text.as_bytes());
    assert_eq!(rows.errors, []);
    let got: Vec<(u64, &str, &str, String)> =
        rows.rows.iter().map(|r| (r.line, r.employee.as_str(), r.code.as_str(), r.valid.to_string())).collect();
    assert_eq!(
        got,
        [
            (2, "00123", "VBH-INJ", "2025-03-01 to 2026-12-31".to_owned()),
            (3, "00123", "VBH-PUNC", "from 2025-03-01".to_owned()),
            (5, "00124", "VBH-INJ", "2025-02-01 to 2027-02-01".to_owned()),
        ]
    );
    // `,` and LF, English headers, no end column at all.
    let text = "employee_number,qualification_code,start_date\n7,VBH-INJ,2025-03-01\n";
    let rows = read_export("x.csv", text.as_bytes());
    assert_eq!((rows.errors.len(), rows.rows.len()), (0, 1));
    assert_eq!(rows.rows[0].valid, Period::starting(d("2025-03-01")));
    // Quoted fields, with the separator inside one.
    let text = "personeelsnummer;code;begindatum\n\"12;3\";\"VBH-INJ\";\"1-3-2025\"\n";
    assert_eq!(read_export("x.csv", text.as_bytes()).rows[0].employee, "12;3");
}

#[test]
fn every_bad_row_is_named_by_file_line_and_column_and_the_rest_is_read() {
    let text = "klant;personeelsnummer;code;begindatum;einddatum\n\
                ZH;1;VBH-INJ;31-02-2025;\n\
                ZH;2;VBH-INJ;2025-3-1;\n\
                ZH;3;VBH-INJ;01-03-2025;28-02-2025\n\
                ZH;;VBH-INJ;01-03-2025;\n\
                ZH;5;;01-03-2025;\n\
                ZH;6;VBH-INJ;;\n\
                ZH;7;VBH-INJ;01-03-2025;morgen\n\
                ZH;8;VBH-INJ;01-03-2025;\n";
    let rows = read_export("export.csv", text.as_bytes());
    let errors: Vec<String> = rows.errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        errors,
        [
            "export.csv:2: `begindatum`: `31-02-2025`: day `2025-02-31` does not exist",
            "export.csv:3: `begindatum`: `2025-3-1` is not a day (dd-mm-jjjj, d-m-jjjj or jjjj-mm-dd)",
            "export.csv:4: `einddatum`: `28-02-2025` is before the start date `01-03-2025`",
            "export.csv:5: `personeelsnummer`: absent",
            "export.csv:6: `code`: absent",
            "export.csv:7: `begindatum`: absent",
            "export.csv:8: `einddatum`: `morgen` is not a day (dd-mm-jjjj, d-m-jjjj or jjjj-mm-dd)",
        ]
    );
    assert_eq!(rows.rows.iter().map(|r| r.line).collect::<Vec<_>>(), [9]);
    // The join adds unknown codes and employees, in line order with the rest.
    let staff = parse_staff(STAFF).unwrap();
    let text = "personeelsnummer;code;begindatum\nanna;VBH-INJ;1-1-2025\nnobody;VBH-INJ;1-1-2025\nanna;EHBO;1-1-2025\nanna;;1-1-2025\nanna;EHBO;2-1-2025\n";
    let joined = join(staff, read_export("e.csv", text.as_bytes()), &mapping());
    let errors: Vec<String> = joined.errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        errors,
        [
            "e.csv:3: `personeelsnummer`: no staff member has the id `nobody`",
            "e.csv:4: `code`: the code `EHBO` is not in the mapping",
            "e.csv:5: `code`: absent",
            "e.csv:6: `code`: the code `EHBO` is not in the mapping",
        ]
    );
    // Unknown codes are listed once, never guessed.
    assert_eq!(joined.unknown_codes, ["EHBO"]);
}

#[test]
fn a_file_that_cannot_be_read_says_why_and_how_to_fix_it() {
    // Windows-1252: `é` is one byte 0xE9.
    let mut bytes = b"personeelsnummer;code;begindatum\n1;VBH-INJ;1-3-2025\n2;".to_vec();
    bytes.extend_from_slice(&[b'V', 0xE9, b';']);
    bytes.extend_from_slice(b"1-3-2025\n3;VBH-INJ;1-3-2025\n");
    let rows = read_export("excel.csv", &bytes);
    assert_eq!(rows.rows.len(), 2);
    assert_eq!(rows.errors.len(), 1);
    let e = &rows.errors[0];
    assert_eq!(e.line, 3);
    assert!(e.message.contains("not UTF-8") && e.message.contains("CSV UTF-8") && e.message.contains("iconv"), "{e}");
    // No header, or a header without a needed column: one error at line 1.
    assert!(read_export("e.csv", b"").errors[0].to_string().starts_with("e.csv:1: the file is empty"));
    let e = &read_export("e.csv", b"naam;code;begindatum\nA;X;1-1-2025\n").errors[0];
    assert_eq!((e.line, e.column.as_deref()), (1, None));
    assert!(e.message.contains("no employee number column") && e.message.contains("`personeelsnummer`"), "{e}");
    // A bad mapping names its field.
    let e = parse_mapping(r#"{"codes": {"X": {"procedure": "injektion"}}}"#).unwrap_err();
    assert_eq!(e.path, "codes.X.procedure");
}

#[test]
fn the_join_adds_each_row_to_its_person_and_the_competence_decides_as_one_built_by_hand() {
    let staff = parse_staff(STAFF).unwrap();
    let export = include_str!("../examples/data/qualifications.csv");
    let joined = join(staff.clone(), read_export("qualifications.csv", export.as_bytes()), &mapping());
    assert_eq!(joined.errors, []);
    assert_eq!(joined.staff.len(), staff.len());
    for (before, after) in staff.iter().zip(&joined.staff) {
        assert_eq!((&before.id, &before.label), (&after.id, &after.label));
        let added = after.professional.competences().len() - before.professional.competences().len();
        let expected = match before.id.as_str() {
            "fleur" => 2,
            "julia" | "lotte" => 1,
            _ => 0,
        };
        // Fleur's first record is one she already had (deduplicated): one record more.
        let expected = if before.id == "fleur" { expected - 1 } else { expected };
        assert_eq!(added, expected, "{}", before.id);
    }
    // Julia's injection record, read from the export, decides on every day like the same record
    // added by hand.
    let julia = &staff.iter().find(|m| m.id == "julia").unwrap().professional;
    // The record says where it came from: the export's file and line.
    let by_hand = julia
        .to_builder()
        .competence_from(
            Competence { procedure: Procedure::Injection, subdomain: None, valid: Period::starting(d("2024-05-01")) },
            Some(bevoegd::Provenance::export(None, "qualifications.csv:4")),
        )
        .build()
        .unwrap();
    let read = &joined.staff.iter().find(|m| m.id == "julia").unwrap().professional;
    assert_eq!(read, &by_hand);
    let mut day = d("2024-04-28");
    while day <= d("2024-05-03") {
        let ctx = bevoegd::Context::builder(day, bevoegd::FieldOfCare::Medicine).build().unwrap();
        for p in Procedure::ALL {
            assert_eq!(decide(read, p, &ctx), decide(&by_hand, p, &ctx), "{day} {p:?}");
        }
        day = day.next_day().unwrap();
    }
    // A code with a subdomain gives a record limited to it.
    let fleur = &joined.staff.iter().find(|m| m.id == "fleur").unwrap().professional;
    let cardiology: Subdomain = "cardiology".parse().unwrap();
    assert!(fleur.competences().iter().any(|c| c.procedure == Procedure::Injection
        && c.subdomain.as_ref() == Some(&cardiology)
        && c.valid == Period::new(d("2025-03-13"), Some(d("2027-03-12"))).unwrap()));
    // The mapping's own type builds in Rust too.
    let mut m = Mapping::default();
    m.codes.insert("X".into(), CodeMeaning::new(Procedure::Puncture));
    assert_eq!(serde_json::to_value(&m).unwrap(), serde_json::json!({"codes": {"X": {"procedure": "puncture"}}}));
}

#[cfg(feature = "cli")]
#[test]
fn the_command_prints_the_staff_file_with_the_competences_and_the_errors_apart() {
    let dir = std::env::temp_dir().join(format!("bevoegd-quals-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let export = dir.join("export.csv");
    std::fs::write(
        &export,
        format!("{}ZH;nobody;VBH-INJ;1-1-2025;\n", include_str!("../examples/data/qualifications.csv")),
    )
    .unwrap();
    let report = dir.join("report.jsonl");
    let run = |args: &[&str]| {
        let base = [
            "import",
            "qualifications",
            "--mapping",
            "examples/data/qualification-mapping.json",
            "--staff",
            "examples/data/staff.jsonl",
        ];
        common::run_bevoegd(&[&base[..], args].concat(), "")
    };
    let (code, stdout, stderr) = run(&[export.to_str().unwrap()]);
    assert_eq!(code, 1, "one row was bad");
    let lines: Vec<serde_json::Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    // The staff file again, equal to the library's join.
    let library = join(
        parse_staff(STAFF).unwrap(),
        read_export(export.to_str().unwrap(), &std::fs::read(&export).unwrap()),
        &mapping(),
    );
    assert_eq!(lines, library.lines().map(|l| serde_json::to_value(l).unwrap()).collect::<Vec<_>>());
    // Each record added names the file, line and code it came from.
    let fleur = lines.iter().find(|l| l["id"] == "fleur").unwrap();
    let sources: Vec<(u64, &str)> = fleur["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["line"].as_u64().unwrap(), s["code"].as_str().unwrap()))
        .collect();
    assert_eq!(sources, [(2, "VBH-INJ-CARD"), (3, "VBH-INJ-CARD")]);
    assert_eq!(fleur["sources"][1]["file"], export.to_str().unwrap());
    assert_eq!(
        fleur["sources"][1]["record"]["valid"],
        serde_json::json!({"from": "2025-03-13", "until": "2027-03-12"})
    );
    assert!(lines.iter().find(|l| l["id"] == "anna").unwrap().get("sources").is_none());
    let first: serde_json::Value = serde_json::from_str(stderr.lines().next().unwrap()).unwrap();
    assert_eq!(first["error"]["line"], 6);
    assert_eq!(first["error"]["column"], "personeelsnummer");
    assert!(stderr.contains("5 rows read, 1 errors"), "{stderr}");
    // The output is a staff file.
    let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
    assert_eq!(parse_staff(&text).unwrap(), library.staff);
    // `--report` takes the error lines; standard error keeps the summary.
    let (code, _, stderr) = run(&["--report", report.to_str().unwrap(), export.to_str().unwrap()]);
    assert_eq!(code, 1);
    let written = std::fs::read_to_string(&report).unwrap();
    assert_eq!(written.lines().count(), 1);
    assert!(!stderr.contains("\"error\""));
    // A good export exits 0.
    assert_eq!(run(&["examples/data/qualifications.csv"]).0, 0);
}

#[test]
fn the_documented_mapping_and_error_line_are_what_the_reader_reads_and_writes() {
    let doc_mapping = &documented("qualification-mapping")[0];
    let m: Mapping = serde_json::from_value(doc_mapping.clone()).unwrap();
    assert_eq!(m.codes.len(), 2);
    // Every documented code is in the example mapping, meaning the same.
    let example = mapping();
    for (code, meaning) in &m.codes {
        assert_eq!(example.codes.get(code), Some(meaning), "{code}");
    }
    let text = "klant;personeelsnummer;code;begindatum;einddatum\nZH;julia;VBH-INJ;1-5-2024;\nZH;00124;VBH-INJ;01-03-2025;28-02-2025\n";
    let rows = read_export("export.csv", text.as_bytes());
    let line = bevoegd::qualifications::ErrorLine::from(rows.errors[0].clone());
    assert_eq!(serde_json::to_value(line).unwrap(), documented("qualification-error")[0]);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 256, failure_persistence: None, ..Default::default() })]
    /// A competence read from an export, in any of the date forms, decides on every day like the
    /// same record built by hand.
    #[test]
    fn a_competence_read_from_an_export_decides_like_one_built_by_hand(
        member in 0usize..13,
        code in proptest::sample::select(vec!["VBH-INJ", "VBH-INJ-CARD", "VBH-PUNC", "VBH-CATH", "VBH-ANES"]),
        start in (2011u16..2030, 1u8..=12, 1u8..=28),
        length in proptest::option::of(0u32..900),
        form in 0usize..3,
        days in proptest::collection::vec(0u32..1200, 4),
    ) {
        let staff = parse_staff(STAFF).unwrap();
        let m = mapping();
        let from = Date::new(start.0, start.1, start.2).unwrap();
        let until = length.map(|n| (0..n).fold(from, |d, _| d.next_day().unwrap()));
        let write = |d: Date| match form {
            0 => d.to_string(),
            1 => format!("{:02}-{:02}-{}", d.day(), d.month(), d.year()),
            _ => format!("{}-{}-{}", d.day(), d.month(), d.year()),
        };
        let id = staff[member].id.clone();
        let text = format!(
            "personeelsnummer;code;begindatum;einddatum\r\n{id};{code};{};{}\r\n",
            write(from),
            until.map(write).unwrap_or_default()
        );
        let joined = join(staff.clone(), read_export("e.csv", text.as_bytes()), &m);
        proptest::prop_assert_eq!(&joined.errors, &Vec::new());
        let meaning = &m.codes[code];
        let record = Competence { procedure: meaning.procedure, subdomain: meaning.subdomain, valid: Period::new(from, until).unwrap() };
        let by_hand = staff[member].professional.to_builder()
            .competence_from(record, Some(bevoegd::Provenance::export(None, "e.csv:2"))).build().unwrap();
        let read = &joined.staff[member].professional;
        proptest::prop_assert_eq!(read, &by_hand);
        for n in days {
            let day = (0..n).fold(from, |d, _| d.next_day().unwrap());
            let ctx = bevoegd::Context::builder(day, bevoegd::FieldOfCare::Medicine).build().unwrap();
            proptest::prop_assert_eq!(decide(read, meaning.procedure, &ctx), decide(&by_hand, meaning.procedure, &ctx));
        }
    }
}
