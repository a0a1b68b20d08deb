//! The service's answers as types, and its OpenAPI 3.1 description (`GET /v1/openapi.json`),
//! whose schemas `schemars` generates from the same types that parse the requests and write the
//! answers: nothing in it is a hand-written schema.

use std::sync::LazyLock;

use schemars::JsonSchema;
use schemars::generate::SchemaSettings;
use serde::Serialize;
use serde_json::{Map, Value, json};

use crate::io::decision_log::LogHealth;
use crate::io::jsonl::{Answer, InputError};
use crate::io::staff::ImportLine;
use crate::io::wire::{AuditRecord, RequestForm, WhoMayAnswer, WhoMayRequest};
use crate::plan::roster_file::{RosterAnswer, RosterDraft};
use crate::types::date::Date;

/// The answer of `GET /v1/law`: the engine and law table that answer.
#[derive(Serialize, JsonSchema)]
pub(crate) struct LawAnswer {
    /// The crate version.
    pub(crate) engine_version: &'static str,
    /// The day the law table was last checked against its sources.
    pub(crate) legal_basis_as_of: Date,
    /// A stable hash of every row of the law table.
    pub(crate) law_fingerprint: &'static str,
    /// How many rows the table has.
    pub(crate) rows: usize,
    /// The rows themselves, in table order, each with its citation's Juriconnect reference (or
    /// publication) and the address of its text on the row's first day.
    pub(crate) table: Vec<crate::law::TableRow>,
}

impl LawAnswer {
    pub(crate) fn now() -> LawAnswer {
        LawAnswer {
            engine_version: env!("CARGO_PKG_VERSION"),
            legal_basis_as_of: crate::law::LEGAL_BASIS_AS_OF,
            law_fingerprint: crate::law::fingerprint(),
            rows: crate::law::RULES.len(),
            table: crate::law::table_rows(),
        }
    }
}

/// The answer of `GET /v1/health`.
#[derive(Serialize, JsonSchema)]
pub(crate) struct HealthAnswer {
    /// `ok` when every component is well, `failing` otherwise.
    pub(crate) status: &'static str,
    /// The decision log.
    pub(crate) decision_log: LogPart,
    /// The staff held (`--staff`): `stale` when its last reload failed (the service still
    /// answers, from the set it names, and the overall status stays `ok`).
    pub(crate) staff: StaffPart,
}

/// The held staff's part of the health, and the answer of `GET /v1/staff`.
#[derive(Serialize, JsonSchema)]
#[serde(untagged)]
pub(crate) enum StaffPart {
    /// Staff is held.
    On(super::held::StaffStatus),
    /// No staff is held.
    Off(StaffOff),
}

/// No staff is held (no `--staff`).
#[derive(Serialize, JsonSchema)]
pub(crate) struct StaffOff {
    /// `off`.
    pub(crate) status: &'static str,
}

/// The decision log's part of the health: its state, or that there is none.
#[derive(Serialize, JsonSchema)]
#[serde(untagged)]
pub(crate) enum LogPart {
    /// A log is kept.
    On(LogHealth),
    /// No log is kept.
    Off(LogOff),
}

/// No decision log is kept.
#[derive(Serialize, JsonSchema)]
pub(crate) struct LogOff {
    /// `off`.
    pub(crate) status: &'static str,
}

/// The routes of the service, as method and path: what [`document`] describes and the router
/// serves.
pub(crate) const ENDPOINTS: [(&str, &str); 14] = [
    ("get", "/"),
    ("get", "/page.js"),
    ("post", "/v1/decide"),
    ("post", "/v1/decide:batch"),
    ("post", "/v1/who-may"),
    ("get", "/v1/staff"),
    ("post", "/v1/plan"),
    ("post", "/v1/import/big-register"),
    ("post", "/v1/import/fhir"),
    ("get", "/v1/law"),
    ("get", "/v1/health"),
    ("get", "/v1/openapi.json"),
    ("get", "/healthz"),
    ("get", "/metrics"),
];

/// Renames the schemas of `defs` that `taken` already holds with another content to `<name>Out`,
/// in `defs` and in every reference of `schemas`.
fn merge_defs(taken: &mut Map<String, Value>, defs: Map<String, Value>, schemas: &mut [&mut Value]) {
    let renamed: Vec<String> = defs
        .iter()
        .filter(|(name, schema)| taken.get(*name).is_some_and(|t| t != *schema))
        .map(|(n, _)| n.clone())
        .collect();
    let rename = |v: &mut Value| rewrite_refs(v, &renamed);
    let mut defs: Vec<(String, Value)> = defs.into_iter().collect();
    for (name, schema) in &mut defs {
        rename(schema);
        if renamed.contains(name) {
            name.push_str("Out");
        }
    }
    for s in schemas.iter_mut() {
        rename(s);
    }
    for (name, schema) in defs {
        taken.entry(name).or_insert(schema);
    }
}

/// Points every `$ref` to a renamed schema at its new name.
fn rewrite_refs(value: &mut Value, renamed: &[String]) {
    match value {
        Value::Object(o) => {
            if let Some(Value::String(r)) = o.get_mut("$ref")
                && r.strip_prefix("#/components/schemas/").is_some_and(|name| renamed.iter().any(|n| n == name))
            {
                r.push_str("Out");
            }
            for v in o.values_mut() {
                rewrite_refs(v, renamed);
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|v| rewrite_refs(v, renamed)),
        _ => {}
    }
}

fn schema_for<T: JsonSchema>(generator: &mut schemars::SchemaGenerator) -> Value {
    generator.subschema_for::<T>().to_value()
}

/// The OpenAPI 3.1 document, made once.
pub(crate) fn document() -> &'static Value {
    static DOCUMENT: LazyLock<Value> = LazyLock::new(build);
    &DOCUMENT
}

fn build() -> Value {
    let settings = |s: SchemaSettings| s.with(|s| s.definitions_path = "/components/schemas".into());
    // What is read, with the rules of reading (fields with defaults are optional) ...
    let mut reading = settings(SchemaSettings::draft2020_12()).for_deserialize().into_generator();
    let request = schema_for::<RequestForm>(&mut reading);
    let who_may = schema_for::<WhoMayRequest>(&mut reading);
    let roster = schema_for::<RosterDraft>(&mut reading);
    // ... and what is written, with the rules of writing.
    let mut writing = settings(SchemaSettings::draft2020_12()).for_serialize().into_generator();
    let mut audit = schema_for::<AuditRecord>(&mut writing);
    let mut line = schema_for::<Answer>(&mut writing);
    let mut who_may_answer = schema_for::<WhoMayAnswer>(&mut writing);
    let mut law = schema_for::<LawAnswer>(&mut writing);
    let mut health = schema_for::<HealthAnswer>(&mut writing);
    let mut staff = schema_for::<StaffPart>(&mut writing);
    let mut error = schema_for::<InputError>(&mut writing);
    let mut planned = schema_for::<RosterAnswer>(&mut writing);
    let mut imported = schema_for::<ImportLine>(&mut writing);
    let mut components = reading.take_definitions(true);
    merge_defs(
        &mut components,
        writing.take_definitions(true),
        &mut [
            &mut audit,
            &mut line,
            &mut who_may_answer,
            &mut law,
            &mut health,
            &mut staff,
            &mut error,
            &mut planned,
            &mut imported,
        ],
    );

    let error_answer = |why: &str| json!({"description": why, "content": {"application/json": {"schema": error}}});
    let lang = json!({
        "name": "lang", "in": "query", "required": false,
        "description": "The language of the explanations; the default is the server's `--lang`.",
        "schema": {"type": "string", "enum": ["nl", "en"]}
    });
    let request_id = json!({
        "name": "x-request-id", "in": "header", "required": false,
        "description": "The caller's request id (1 to 128 visible ASCII characters), echoed in the answer and written in the decision log; the service makes one when it is absent.",
        "schema": {"type": "string", "maxLength": 128}
    });
    let limits = |answers: &mut Map<String, Value>| {
        answers.insert("413".into(), error_answer("The body is larger than `--max-body-bytes`."));
        answers.insert("429".into(), error_answer("Too many requests in flight (`--max-concurrent`)."));
        answers.insert(
            "503".into(),
            error_answer("Not answered within `--timeout-ms`, or its audit record could not be written."),
        );
    };
    let mut decide = Map::new();
    decide.insert(
        "200".into(),
        json!({"description": "The audit record of the answer.", "content": {"application/json": {"schema": audit}}}),
    );
    decide.insert("400".into(), error_answer("The request does not parse, names both `professional` and `staff_id`, or an id that is not held; `path` names the field."));
    limits(&mut decide);
    let mut batch = Map::new();
    batch.insert("200".into(), json!({
        "description": "JSON Lines, streamed: exactly one answer line per request line, in order. A batch cut short (body limit, `--max-batch-lines`, `--batch-timeout-ms`, shutdown) ends with an error line whose `line` is the first request not answered.",
        "content": {"application/x-ndjson": {"schema": line}}
    }));
    limits(&mut batch);
    let mut who = Map::new();
    who.insert("200".into(), json!({"description": "Per person, the route (or null) and the whole answer.", "content": {"application/json": {"schema": who_may_answer}}}));
    who.insert("400".into(), error_answer("The body does not parse, names both `staff` and `staff_ids`, or an id that is not held; `path` names the field."));
    limits(&mut who);
    let mut plan = Map::new();
    plan.insert("200".into(), json!({"description": "The plan (every cell's spans, the coverage), the gaps and the labels; with `Accept: text/html`, the roster page (one self-contained HTML file, as `bevoegd plan --format html` writes it).", "content": {"application/json": {"schema": planned}, "text/html": {"schema": {"type": "string"}}}}));
    plan.insert("400".into(), error_answer("`risk_window` is not a number of days up to 3660, or the roster file does not parse or does not hold together (an unknown id in an assignment, an id used twice, a place's context with a date, more cells than a roster may have, ...); `path` names the field."));
    limits(&mut plan);
    let mut import = Map::new();
    import.insert("200".into(), json!({
        "description": "JSON Lines: a staff line per person placed, an error line `{\"error\": {\"path\", \"message\"}}` per record that could not be placed, in source order.",
        "content": {"application/x-ndjson": {"schema": imported}}
    }));
    import.insert("400".into(), error_answer("`looked_up_on` is absent or not a day, or the body is not UTF-8."));
    limits(&mut import);
    let looked_up_on = json!({
        "name": "looked_up_on", "in": "query", "required": true,
        "description": "The day the source was looked up (YYYY-MM-DD): a specialism or role without dates holds from that day.",
        "schema": {"type": "string", "format": "date"}
    });
    let text =
        |what: &str, media: &str| json!({"description": what, "content": {media: {"schema": {"type": "string"}}}});
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "bevoegd",
            "version": env!("CARGO_PKG_VERSION"),
            "summary": "May this professional perform this reserved procedure? (Dutch Wet BIG art. 35-39)",
            "description": format!("Law table checked against its sources on {}; fingerprint {}.", crate::law::LEGAL_BASIS_AS_OF, crate::law::fingerprint()),
            "license": {"name": "MIT OR Apache-2.0", "identifier": "MIT OR Apache-2.0"}
        },
        "paths": {
            "/": {"get": {
                "operationId": "page", "summary": "The planner's page: pick a roster file and see its plan",
                "parameters": [lang],
                "responses": {"200": text("The page (its script is `/page.js`; the plan is asked of `POST /v1/plan` with `Accept: text/html`).", "text/html")}
            }},
            "/page.js": {"get": {
                "operationId": "pageScript", "summary": "The script of the planner's page",
                "responses": {"200": text("The script.", "text/javascript")}
            }},
            "/v1/decide": {"post": {
                "operationId": "decide", "summary": "Decide one request",
                "parameters": [lang, request_id],
                "requestBody": {"required": true, "content": {"application/json": {"schema": request}}},
                "responses": decide
            }},
            "/v1/decide:batch": {"post": {
                "operationId": "decideBatch", "summary": "Decide JSON Lines, one request per line",
                "parameters": [lang, request_id],
                "requestBody": {"required": true, "description": "One request (the schema) per line.", "content": {"application/x-ndjson": {"schema": request}}},
                "responses": batch
            }},
            "/v1/who-may": {"post": {
                "operationId": "whoMay", "summary": "Who of a staff may perform a procedure in a context",
                "parameters": [lang, request_id],
                "requestBody": {"required": true, "content": {"application/json": {"schema": who_may}}},
                "responses": who
            }},
            "/v1/staff": {"get": {
                "operationId": "staff", "summary": "The staff held: its version, count and when it was loaded",
                "responses": {"200": {"description": "The staff held (`status` `ok` or `stale`), or `{\"status\": \"off\"}` without `--staff`.", "content": {"application/json": {"schema": staff}}}}
            }},
            "/v1/plan": {"post": {
                "operationId": "plan", "summary": "Plan a roster file: who may do what, where, on which days",
                "parameters": [lang, request_id, {
                    "name": "risk_window", "in": "query", "required": false,
                    "description": "Also say where each cell stands on each day (`standing`): at risk when the person may act but not from a day within this many days on, lapsed, or never.",
                    "schema": {"type": "integer", "minimum": 0, "maximum": crate::plan::standing::MAX_RISK_WINDOW_DAYS}
                }],
                "requestBody": {"required": true, "content": {"application/json": {"schema": roster}}},
                "responses": plan
            }},
            "/v1/import/big-register": {"post": {
                "operationId": "importBigRegister", "summary": "Staff lines from a BIG-register `ListHcpApprox4` (or `ListHcpApprox3`) answer; measure descriptions placed by the service's `--import-measures` mapping first",
                "parameters": [looked_up_on, request_id],
                "requestBody": {"required": true, "content": {
                    "application/xml": {"schema": {"type": "string", "description": "The SOAP answer, as the register sends it."}},
                    "application/json": {"schema": {"type": "object", "description": "The answer's JSON form (`ListHcpApprox`)."}}
                }},
                "responses": import.clone()
            }},
            "/v1/import/fhir": {"post": {
                "operationId": "importFhir", "summary": "Staff lines from FHIR R4 Practitioner and PractitionerRole resources (JSON or XML)",
                "parameters": [looked_up_on, {
                    "name": "role_only", "in": "query", "required": false,
                    "description": "What a registration known only from a role is worth: `trusted` (the default), or `unconfirmed`, which marks it so in its provenance; its answers then wait on `registration_confirmed` in a request's `facts`.",
                    "schema": {"type": "string", "enum": ["trusted", "unconfirmed"], "default": "trusted"}
                }, request_id],
                "requestBody": {"required": true, "content": {
                    "application/fhir+json": {"schema": {"type": "object", "description": "A Bundle, one resource, or an array of resources."}},
                    "application/fhir+xml": {"schema": {"type": "string", "description": "A Bundle or one resource in FHIR's XML form."}},
                    "application/x-ndjson": {"schema": {"type": "object", "description": "One resource per line."}}
                }},
                "responses": import
            }},
            "/v1/law": {"get": {
                "operationId": "law", "summary": "The engine and law table that answer",
                "responses": {"200": {"description": "The engine and its law table.", "content": {"application/json": {"schema": law}}}}
            }},
            "/v1/health": {"get": {
                "operationId": "health", "summary": "The state of each component",
                "responses": {
                    "200": {"description": "Every component is well.", "content": {"application/json": {"schema": health}}},
                    "503": {"description": "A component fails (the decision log cannot be written).", "content": {"application/json": {"schema": health}}}
                }
            }},
            "/v1/openapi.json": {"get": {
                "operationId": "openapi", "summary": "This document",
                "responses": {"200": {"description": "The OpenAPI 3.1 document.", "content": {"application/json": {"schema": {"type": "object"}}}}}
            }},
            "/healthz": {"get": {
                "operationId": "healthz", "summary": "Liveness, in plain text",
                "responses": {"200": text("`ok` (followed by why, when the held staff is stale)", "text/plain"), "503": text("Why the service fails.", "text/plain")}
            }},
            "/metrics": {"get": {
                "operationId": "metrics", "summary": "Prometheus metrics (absent here with `--metrics-listen`)",
                "responses": {"200": text("The OpenMetrics text format.", "application/openmetrics-text")}
            }}
        },
        "components": {"schemas": components}
    })
}
